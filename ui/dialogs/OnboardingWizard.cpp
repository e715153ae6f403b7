#include "ui/dialogs/OnboardingWizard.h"

#include "services/client/AccountClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Look.h"
#include "ui/dialogs/CountryNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace mikro::ui {

namespace {

/// A wizard page whose Next is enabled while `problem()` is empty; the problem shows under the
/// fields once the person has typed something.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> problem, QLabel *message)
        : m_problem(std::move(problem))
        , m_message(message)
    {
    }
    [[nodiscard]] bool isComplete() const override { return m_problem().isEmpty(); }
    void recheck(bool typed)
    {
        if (m_message) {
            m_message->setText(typed ? m_problem() : QString());
            m_message->setVisible(!m_message->text().isEmpty());
        }
        emit completeChanged();
    }

private:
    std::function<QString()> m_problem;
    QLabel *m_message;
};

QLabel *fieldMessage(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1;")
                             .arg(look::toneText(look::Tone::Bad, parent->palette()).name()));
    label->hide();
    return label;
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

} // namespace

OnboardingWizard::OnboardingWizard(
    client::AccountClient &account, const domain::UserProfile &partial, QWidget *parent)
    : QWizard(parent)
    , m_account(account)
    , m_osm(new QLineEdit)
    , m_email(new QLineEdit)
    , m_emailAgain(new QLineEdit)
    , m_country(new QComboBox)
    , m_city(new QLineEdit)
    , m_terms(new QCheckBox)
    , m_saving(new QLabel)
    , m_banner(new Banner)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Set up your Mikro account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setModal(true);
    m_osm->setObjectName(QStringLiteral("osmUsername"));
    m_email->setObjectName(QStringLiteral("paymentEmail"));
    m_emailAgain->setObjectName(QStringLiteral("paymentEmailAgain"));
    m_country->setObjectName(QStringLiteral("country"));
    m_city->setObjectName(QStringLiteral("city"));
    m_terms->setObjectName(QStringLiteral("acceptTerms"));
    m_saving->setObjectName(QStringLiteral("savingLine"));
    m_osm->setText(partial.osmUsername);
    m_email->setText(partial.paymentEmail);
    m_emailAgain->setText(partial.paymentEmail);
    m_city->setText(partial.city);
    setPage(Welcome, welcomePage());
    setPage(OsmUsername, osmPage());
    setPage(PaymentEmail, emailPage());
    setPage(Location, locationPage());
    setPage(Terms, termsPage());
    setPage(Review, reviewPage());
    const QList<Country> countries = countryNames(QLocale());
    for (const Country &c : countries)
        m_country->addItem(c.shown, c.stored);
    if (const auto chosen = findCountry(countries, partial.country))
        m_country->setCurrentIndex(m_country->findData(chosen->stored));
    else
        m_country->setCurrentIndex(-1);
    setButtonText(QWizard::FinishButton, tr("Finish setup"));
    button(QWizard::FinishButton)->setStyleSheet(look::primaryButtonStyle());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == Review)
            refreshReview();
    });
    resize(620, 480);
}

QWizardPage *OnboardingWizard::welcomePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Welcome to Mikro"));
    auto *text = new QLabel(tr("Before your first task, Mikro needs four things from you.\n\n"
                               "Your OpenStreetMap username links your Tasking Manager work to "
                               "you, so that it is credited to you.\n"
                               "Your payment email is where your payouts are sent.\n"
                               "Your country and city, and your acceptance of the terms of "
                               "service."));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    return page;
}

QWizardPage *OnboardingWizard::osmPage()
{
    m_osmMessage = fieldMessage(this, QStringLiteral("osmMessage"));
    auto *page = new CheckedPage(
        [this]() -> QString {
            const QString name = m_osm->text().trimmed();
            if (name.isEmpty())
                return tr("Enter your OSM username.");
            if (name.size() > MaxOsmUsername)
                return tr("An OSM username has at most %1 characters.").arg(MaxOsmUsername);
            return {};
        },
        m_osmMessage);
    page->setTitle(tr("OpenStreetMap username"));
    auto *create
        = new QLabel(QStringLiteral("<a href=\"https://www.openstreetmap.org/user/new\">%1</a>")
                         .arg(tr("Create an OpenStreetMap account").toHtmlEscaped()));
    create->setOpenExternalLinks(true);
    auto *check = new QPushButton(tr("Check on openstreetmap.org"));
    check->setObjectName(QStringLiteral("checkOsm"));
    connect(check, &QPushButton::clicked, this, [this] {
        const QString name = m_osm->text().trimmed();
        if (!name.isEmpty())
            QDesktopServices::openUrl(QUrl(QStringLiteral("https://www.openstreetmap.org/user/")
                + QString::fromUtf8(QUrl::toPercentEncoding(name))));
    });
    auto *form = new QFormLayout(page);
    form->addRow(tr("OSM username"), m_osm);
    form->addRow(QString(), m_osmMessage);
    form->addRow(QString(), hint(tr("Exactly as on openstreetmap.org")));
    form->addRow(QString(), check);
    form->addRow(QString(), create);
    connect(m_osm, &QLineEdit::textEdited, page, [page] { page->recheck(true); });
    return page;
}

QWizardPage *OnboardingWizard::emailPage()
{
    m_emailMessage = fieldMessage(this, QStringLiteral("emailMessage"));
    auto *page = new CheckedPage(
        [this]() -> QString {
            const QString email = m_email->text().trimmed();
            if (!isPaymentEmail(email))
                return tr("Enter an email such as name@example.com.");
            if (m_emailAgain->text().trimmed() != email)
                return tr("The two emails are not the same.");
            return {};
        },
        m_emailMessage);
    page->setTitle(tr("Payment email"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Payment email"), m_email);
    form->addRow(tr("Repeat payment email"), m_emailAgain);
    form->addRow(QString(), m_emailMessage);
    form->addRow(
        QString(), hint(tr("Your payouts (for example Payoneer or PayPal) are sent here")));
    for (QLineEdit *edit : { m_email, m_emailAgain })
        connect(edit, &QLineEdit::textEdited, page, [page] { page->recheck(true); });
    return page;
}

QWizardPage *OnboardingWizard::locationPage()
{
    m_locationMessage = fieldMessage(this, QStringLiteral("locationMessage"));
    auto *page = new CheckedPage(
        [this]() -> QString {
            if (m_country->currentIndex() < 0
                || m_country->currentText() != m_country->itemText(m_country->currentIndex()))
                return tr("Choose your country from the list.");
            const QString city = m_city->text().trimmed();
            if (city.isEmpty())
                return tr("Enter your city.");
            if (city.size() > MaxCity)
                return tr("A city has at most %1 characters.").arg(MaxCity);
            return {};
        },
        m_locationMessage);
    page->setTitle(tr("Where you are"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Country"), m_country);
    form->addRow(tr("City"), m_city);
    form->addRow(QString(), m_locationMessage);
    connect(m_country, &QComboBox::currentIndexChanged, page, [page] { page->recheck(true); });
    connect(m_country, &QComboBox::editTextChanged, page, [page] { page->recheck(true); });
    connect(m_city, &QLineEdit::textEdited, page, [page] { page->recheck(true); });
    return page;
}

QWizardPage *OnboardingWizard::termsPage()
{
    auto *page = new CheckedPage(
        [this] { return m_terms->isChecked() ? QString() : tr("Accept the terms to go on."); },
        nullptr);
    page->setTitle(tr("Terms of service"));
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("termsText"));
    text->setReadOnly(true);
    text->setPlainText(
        tr("Mikro records the OpenStreetMap tasks you map and validate in the Tasking Manager "
           "for your organisation, and the checklists you complete, and pays you for them at the "
           "rates your organisation sets.\n\n"
           "1. Your OSM username, payment email, country and city are kept by your organisation "
           "to credit and pay your work. Admins of your organisation see them.\n"
           "2. Earnings are credited when a task is validated; a task invalidated later takes its "
           "credit back. Payouts are made to your payment email after an admin approves your "
           "request.\n"
           "3. Work must follow the OpenStreetMap contributor terms and your organisation's "
           "instructions. Work that does not may be left unpaid.\n"
           "4. You can change your details on the Account page at any time; a new OSM username "
           "is credited from the next sync."));
    m_terms->setText(tr("I have read and accept the terms of service"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text, 1);
    layout->addWidget(m_terms);
    connect(m_terms, &QCheckBox::toggled, page, [page] { page->recheck(true); });
    return page;
}

QWizardPage *OnboardingWizard::reviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Review"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    // Each answer with "Change", which goes back to its page (UI.md §1.3).
    const QList<std::tuple<PageId, QString, QString>> rows {
        { OsmUsername, tr("OSM username"), QStringLiteral("reviewOsm") },
        { PaymentEmail, tr("Payment email"), QStringLiteral("reviewEmail") },
        { Location, tr("Where you are"), QStringLiteral("reviewLocation") },
        { Terms, tr("Terms of service"), QStringLiteral("reviewTerms") },
    };
    for (const auto &[target, label, name] : rows) {
        auto *value = new QLabel;
        value->setObjectName(name);
        value->setTextFormat(Qt::PlainText);
        auto *change = new QPushButton(tr("Change"));
        change->setObjectName(QStringLiteral("change") + name.mid(6));
        change->setAccessibleName(tr("Change %1").arg(label));
        const PageId goal = target;
        connect(change, &QPushButton::clicked, this, [this, goal] {
            while (currentId() != goal && currentId() != Welcome)
                back();
        });
        auto *row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(change);
        form->addRow(label, row);
        m_reviewValues << value;
    }
    layout->addLayout(form);
    layout->addStretch();
    m_saving->hide();
    layout->addWidget(m_saving);
    return page;
}

void OnboardingWizard::refreshReview()
{
    const domain::OnboardingForm f = form();
    const QStringList values { f.osmUsername, f.paymentEmail,
        tr("%1, %2").arg(f.city, m_country->currentText()), tr("Accepted") };
    for (qsizetype i = 0; i < m_reviewValues.size() && i < values.size(); ++i)
        m_reviewValues[i]->setText(values[i]);
}

domain::OnboardingForm OnboardingWizard::form() const
{
    return { m_osm->text().trimmed(), m_email->text().trimmed(), m_city->text().trimmed(),
        m_country->currentData().toString(), m_terms->isChecked(), {} };
}

bool OnboardingWizard::isPaymentEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.size() <= MaxEmail && shape.match(text).hasMatch();
}

void OnboardingWizard::setSaving(bool saving)
{
    m_busy = saving;
    m_saving->setText(saving ? tr("Saving…") : QString());
    m_saving->setVisible(saving);
    for (const auto which : { QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton })
        button(which)->setEnabled(!saving);
    for (QPushButton *change :
        findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^change"))))
        change->setEnabled(!saving);
}

void OnboardingWizard::accept()
{
    if (m_busy)
        return;
    setSaving(true);
    m_banner->hide();
    core::whenReady(m_account.onboard(form()), this, [this](const core::Result<void> &done) {
        setSaving(false);
        if (done.ok()) {
            QWizard::accept();
            return;
        }
        const core::Error &e = done.error();
        if (e.code == "duplicate" && e.field == QLatin1String("osm_username")) {
            while (currentId() != OsmUsername)
                back();
            m_osmMessage->setText(tr("This OSM username is linked to another Mikro account. If it "
                                     "is yours, contact an admin."));
            m_osmMessage->show();
            return;
        }
        m_banner->showMessage(Banner::Level::Error, e.message, e.diagnostic, tr("Try again"));
    });
    connect(
        m_banner, &Banner::actionTriggered, this, &OnboardingWizard::accept, Qt::UniqueConnection);
}

void OnboardingWizard::reject()
{
    if (m_busy)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Leave setup and sign out?"),
        tr("Mikro needs these answers before you can work. Your answers so far are not saved."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmLeave"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *leave = box->addButton(tr("Sign out"), QMessageBox::DestructiveRole);
    QPushButton *stay = box->addButton(tr("Stay"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    connect(box, &QMessageBox::finished, this, [this, box, leave] {
        if (box->clickedButton() != leave)
            return;
        emit signOutRequested();
        QWizard::reject();
    });
    box->open();
}

} // namespace mikro::ui
