#include "ui/pages/AccountPage.h"

#include "models/StatusWords.h"
#include "services/client/AccountClient.h"
#include "services/client/Backend.h"
#include "services/client/Session.h"
#include "services/core/WhenReady.h"
#include "ui/common/Look.h"
#include "ui/dialogs/CountryNames.h"
#include "ui/dialogs/OnboardingWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

QGroupBox *group(const QString &objectName, QFormLayout *&form)
{
    auto *box = new QGroupBox;
    box->setObjectName(objectName);
    form = new QFormLayout(box);
    return box;
}

} // namespace

AccountPage::AccountPage(const PageContext &context, QWidget *parent)
    : Page(context, { client::ChangeFeed::Area::Account }, parent)
    , m_signedInAs(new QLabel)
    , m_keychain(new QLabel)
    , m_signOut(new QPushButton)
{
    setObjectName(QStringLiteral("accountPage"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(group(QStringLiteral("profileGroup"), m_profile));
    for (const char *name : { "name", "email", "role", "organisation", "osmUsername",
             "paymentEmail", "country", "city", "terms" })
        addField(m_profile, QString::fromLatin1(name));
    m_profile->addRow(buildEditor());
    layout->addWidget(group(QStringLiteral("statisticsGroup"), m_statistics));
    for (const char *name : { "tasksMapped", "tasksValidated", "paidTotal", "payableTotal" })
        addField(m_statistics, QString::fromLatin1(name));
    layout->addWidget(group(QStringLiteral("pointsGroup"), m_points));
    for (const char *name : { "mappingPoints", "validationPoints", "projectPoints" })
        addField(m_points, QString::fromLatin1(name));
    QFormLayout *sessionForm = nullptr;
    layout->addWidget(group(QStringLiteral("sessionGroup"), sessionForm));
    m_signedInAs->setObjectName(QStringLiteral("signedInAs"));
    m_keychain->setObjectName(QStringLiteral("keychainState"));
    m_keychain->setWordWrap(true);
    m_signOut->setObjectName(QStringLiteral("accountSignOut"));
    sessionForm->addRow(m_signedInAs);
    sessionForm->addRow(m_keychain);
    auto *signOutRow = new QHBoxLayout;
    signOutRow->addWidget(m_signOut);
    signOutRow->addStretch();
    sessionForm->addRow(signOutRow);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    contentLayout()->addWidget(scroll);
    connect(m_signOut, &QPushButton::clicked, this, &AccountPage::signOutRequested);
    connect(&session(), &client::Session::changed, this, &AccountPage::showSession);
    retranslateUi();
}

QWidget *AccountPage::buildEditor()
{
    m_edit = new QPushButton;
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_editor = new QWidget;
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    m_osmEdit = new QLineEdit;
    m_osmEdit->setObjectName(QStringLiteral("osmUsernameEdit"));
    m_emailEdit = new QLineEdit;
    m_emailEdit->setObjectName(QStringLiteral("paymentEmailEdit"));
    m_emailAgain = new QLineEdit;
    m_emailAgain->setObjectName(QStringLiteral("paymentEmailAgain"));
    m_countryEdit = new QComboBox;
    m_countryEdit->setObjectName(QStringLiteral("countryEdit"));
    m_countryEdit->setEditable(true);
    m_countryEdit->setInsertPolicy(QComboBox::NoInsert);
    m_countries = countryNames(QLocale());
    for (const Country &c : std::as_const(m_countries))
        m_countryEdit->addItem(c.shown, c.stored);
    m_cityEdit = new QLineEdit;
    m_cityEdit->setObjectName(QStringLiteral("cityEdit"));
    m_editMessage = new QLabel;
    m_editMessage->setObjectName(QStringLiteral("editMessage"));
    m_editMessage->setWordWrap(true);
    m_editMessage->setTextFormat(Qt::PlainText);
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setStyleSheet(look::primaryButtonStyle());
    auto *cancel = new QPushButton;
    cancel->setObjectName(QStringLiteral("cancelEdit"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);
    buttons->addStretch();
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *editor : { static_cast<QWidget *>(m_osmEdit), static_cast<QWidget *>(m_emailEdit),
             static_cast<QWidget *>(m_emailAgain), static_cast<QWidget *>(m_countryEdit),
             static_cast<QWidget *>(m_cityEdit) })
        form->addRow(new QLabel, editor); // labelled in retranslateUi()
    form->addRow(m_editMessage);
    form->addRow(buttons);
    m_editor->hide();
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, Qt::AlignLeft);
    layout->addWidget(m_editor);
    connect(m_edit, &QPushButton::clicked, this, [this] { setEditing(true); });
    connect(cancel, &QPushButton::clicked, this, [this] { setEditing(false); });
    connect(m_save, &QPushButton::clicked, this, &AccountPage::save);
    for (QLineEdit *edit : { m_osmEdit, m_emailEdit, m_emailAgain, m_cityEdit })
        connect(edit, &QLineEdit::textEdited, this, [this] {
            qobject_cast<QFormLayout *>(m_editor->layout())
                ->setRowVisible(
                    m_emailAgain, m_emailEdit->text().trimmed() != session().person().paymentEmail);
            m_editMessage->setText(editProblem());
            m_save->setEnabled(m_editMessage->text().isEmpty());
        });
    return holder;
}

void AccountPage::setEditing(bool editing)
{
    m_editing = editing;
    const domain::UserProfile &p = session().person();
    m_osmEdit->setText(p.osmUsername);
    m_emailEdit->setText(p.paymentEmail);
    m_emailAgain->clear();
    qobject_cast<QFormLayout *>(m_editor->layout())->setRowVisible(m_emailAgain, false);
    const auto country = findCountry(m_countries, p.country);
    m_countryEdit->setCurrentIndex(country ? m_countryEdit->findData(country->stored) : -1);
    m_cityEdit->setText(p.city);
    m_editMessage->clear();
    m_save->setEnabled(true);
    m_editor->setVisible(editing);
    m_edit->setVisible(!editing);
    if (editing)
        m_osmEdit->setFocus();
}

QString AccountPage::editProblem() const
{
    const QString osm = m_osmEdit->text().trimmed();
    if (osm.isEmpty() || osm.size() > OnboardingWizard::MaxOsmUsername)
        return tr("Enter your OSM username (at most %1 characters).")
            .arg(OnboardingWizard::MaxOsmUsername);
    const QString email = m_emailEdit->text().trimmed();
    if (!OnboardingWizard::isPaymentEmail(email))
        return tr("Enter a payment email such as name@example.com.");
    if (email != session().person().paymentEmail && m_emailAgain->text().trimmed() != email)
        return tr("Repeat the new payment email.");
    if (m_countryEdit->currentIndex() < 0
        || m_countryEdit->currentText() != m_countryEdit->itemText(m_countryEdit->currentIndex()))
        return tr("Choose your country from the list.");
    const QString city = m_cityEdit->text().trimmed();
    if (city.isEmpty() || city.size() > OnboardingWizard::MaxCity)
        return tr("Enter your city (at most %1 characters).").arg(OnboardingWizard::MaxCity);
    return {};
}

void AccountPage::confirmAll(QStringList questions, std::function<void()> then)
{
    if (questions.isEmpty()) {
        then();
        return;
    }
    const QString question = questions.takeFirst();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change your details?"), question,
        QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDetails"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this,
        [this, questions, then = std::move(then)](int answer) mutable {
            if (answer == QMessageBox::Ok)
                confirmAll(questions, std::move(then));
        });
    box->open();
}

void AccountPage::save()
{
    if (const QString problem = editProblem(); !problem.isEmpty()) {
        m_editMessage->setText(problem);
        return;
    }
    const domain::UserProfile &p = session().person();
    domain::ProfileChange change;
    QStringList questions;
    const QString osm = m_osmEdit->text().trimmed();
    if (osm != p.osmUsername) {
        change.osmUsername = osm;
        questions << tr("Tasking Manager work is credited by username. From the next sync, tasks "
                        "by '%1' are credited to you; earnings already credited stay.")
                         .arg(osm);
    }
    const QString email = m_emailEdit->text().trimmed();
    if (email != p.paymentEmail) {
        change.paymentEmail = email;
        questions << tr("Future payouts, including your pending request, go to %1.").arg(email);
    }
    if (m_countryEdit->currentData().toString() != p.country)
        change.country = m_countryEdit->currentData().toString();
    if (m_cityEdit->text().trimmed() != p.city)
        change.city = m_cityEdit->text().trimmed();
    confirmAll(questions, [this, change] {
        m_save->setEnabled(false);
        m_editMessage->setText(tr("Saving…"));
        core::whenReady(backend().account().updateDetails(change), this,
            [this](const core::Result<QString> &done) {
                m_save->setEnabled(true);
                if (!done.ok()) {
                    m_editMessage->setText(done.error().message);
                    return;
                }
                setEditing(false);
                emit statusMessage(done.value().isEmpty()
                        ? tr("Your details were saved")
                        : tr("Your details were saved; the OSM username '%1' waits for an "
                             "admin's approval")
                              .arg(done.value()));
            });
    });
}

QLabel *AccountPage::addField(QFormLayout *form, const QString &objectName)
{
    auto *label = new QLabel;
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setBuddy(value);
    form->addRow(label, value);
    m_fields << std::pair(label, value);
    return value;
}

QString AccountPage::title() const
{
    return tr("Account");
}

void AccountPage::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    showSession();
}

QString AccountPage::fieldText(const QString &objectName) const
{
    for (const auto &[label, value] : m_fields)
        if (value->objectName() == objectName)
            return value->text();
    return {};
}

void AccountPage::load()
{
    core::whenReady(backend().account().details(), this,
        [this](const core::Result<client::AccountDetails> &details) {
            if (!details.ok()) {
                failed(details.error());
                return;
            }
            session().adopt(details.value()); // shows it through Session::changed
            loaded();
        });
}

void AccountPage::showSession()
{
    const client::Session &s = session();
    const domain::UserProfile &p = s.person();
    const domain::UserFigures &f = s.figures();
    const QLocale locale;
    const QString notGiven = tr("Not given");
    const auto orNot = [&](const QString &text) { return text.isEmpty() ? notGiven : text; };
    const QList<std::pair<const char *, QString>> values {
        { "name", orNot(p.fullName()) },
        { "email", orNot(p.email) },
        { "role", models::roleWord(p.role) },
        { "organisation",
            s.hasOrganisation() ? orNot(s.organisationName()) : tr("No organisation yet") },
        { "osmUsername", orNot(p.osmUsername) },
        { "paymentEmail", orNot(p.paymentEmail) },
        { "country",
            orNot(findCountry(m_countries, p.country)
                      .value_or(Country { {}, p.country, {} })
                      .shown) },
        { "city", orNot(p.city) },
        { "terms",
            p.termsAcceptedAt
                ? tr("Accepted on %1")
                      .arg(locale.toString(p.termsAcceptedAt->toLocalTime(), QLocale::ShortFormat))
                : tr("Not accepted yet") },
        { "tasksMapped", locale.toString(f.tasksMapped) },
        { "tasksValidated", locale.toString(f.tasksValidated) },
        { "paidTotal", core::formatMoney(f.paid, s.currency(), locale) },
        { "payableTotal", core::formatMoney(f.payable, s.currency(), locale) },
        { "mappingPoints", locale.toString(p.mapperPoints) },
        { "validationPoints", locale.toString(p.validatorPoints) },
        { "projectPoints", locale.toString(p.specialProjectPoints) },
    };
    for (const auto &[name, text] : values)
        for (const auto &[label, value] : m_fields)
            if (value->objectName() == QLatin1String(name))
                value->setText(text);
    m_signedInAs->setText(tr("Signed in as %1").arg(orNot(p.email)));
    m_keychain->setText(m_keychainAvailable
            ? tr("Your sign-in is remembered in the system keychain.")
            : tr("Kept in memory only: the system keychain isn't available."));
    m_keychain->setStyleSheet(m_keychainAvailable
            ? QString()
            : QStringLiteral("color: %1;").arg(look::toneText(look::Tone::Warn, palette()).name()));
}

void AccountPage::retranslateUi()
{
    const QStringList labels { tr("Name"), tr("Email (from your sign-in account)"), tr("Role"),
        tr("Organisation"), tr("OSM username"), tr("Payment email"), tr("Country"), tr("City"),
        tr("Terms of service"), tr("Tasks mapped"), tr("Tasks validated"), tr("Paid"),
        tr("Payable"), tr("Mapping"), tr("Validation"), tr("Project") };
    for (qsizetype i = 0; i < m_fields.size() && i < labels.size(); ++i)
        m_fields[i].first->setText(labels[i]);
    findChild<QGroupBox *>(QStringLiteral("profileGroup"))->setTitle(tr("Profile"));
    findChild<QGroupBox *>(QStringLiteral("statisticsGroup"))->setTitle(tr("Statistics"));
    findChild<QGroupBox *>(QStringLiteral("pointsGroup"))->setTitle(tr("Training points"));
    findChild<QGroupBox *>(QStringLiteral("sessionGroup"))->setTitle(tr("Session"));
    m_signOut->setText(tr("Sign out"));
    m_edit->setText(tr("Edit"));
    m_save->setText(tr("Save"));
    m_editor->findChild<QPushButton *>(QStringLiteral("cancelEdit"))->setText(tr("Cancel"));
    auto *editorForm = qobject_cast<QFormLayout *>(m_editor->layout());
    const QStringList editorLabels { tr("OSM username"), tr("Payment email"),
        tr("Repeat payment email"), tr("Country"), tr("City") };
    for (int row = 0; row < editorLabels.size(); ++row)
        if (auto *label
            = qobject_cast<QLabel *>(editorForm->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(editorLabels[row]);
    showSession();
}

void AccountPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

} // namespace mikro::ui
