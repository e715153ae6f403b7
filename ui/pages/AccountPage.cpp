#include "ui/pages/AccountPage.h"

#include "services/client/AccountClient.h"
#include "services/client/Backend.h"
#include "services/client/Session.h"
#include "services/core/WhenReady.h"
#include "ui/common/Look.h"
#include "ui/shell/RoleWords.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

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
    sessionForm->addRow(m_signOut);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    contentLayout()->addWidget(scroll);
    connect(m_signOut, &QPushButton::clicked, this, &AccountPage::signOutRequested);
    connect(&session(), &client::Session::changed, this, &AccountPage::showSession);
    retranslateUi();
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
        { "role", roleWord(p.role) },
        { "organisation",
            s.hasOrganisation() ? orNot(s.organisationName()) : tr("No organisation yet") },
        { "osmUsername", orNot(p.osmUsername) },
        { "paymentEmail", orNot(p.paymentEmail) },
        { "country", orNot(p.country) },
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
    showSession();
}

void AccountPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

} // namespace mikro::ui
