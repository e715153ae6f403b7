#include "ui/pages/UsersPage.h"

#include "models/ItemRoles.h"
#include "models/StatusWords.h"
#include "models/people/UsersModel.h"
#include "services/client/Backend.h"
#include "services/client/PeopleClient.h"
#include "services/client/ReconciliationClient.h"
#include "services/client/Session.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Confirm.h"
#include "ui/common/CsvFile.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/AdjustmentDialog.h"
#include "ui/dialogs/ChangeRoleDialog.h"
#include "ui/dialogs/PersonLedgerDialog.h"
#include "ui/pages/PersonWorkPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;
using Activity = models::UsersModel::Activity;

UsersPage::UsersPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::People, Area::Payouts, Area::Reconciliation }, parent)
    , m_model(new models::UsersModel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("usersTable")))
    , m_work(new PersonWorkPanel(context.backend.people(), QString()))
    , m_people(new FigureCard(QStringLiteral("peopleCard")))
    , m_validators(new FigureCard(QStringLiteral("validatorsCard")))
    , m_admins(new FigureCard(QStringLiteral("adminsCard")))
    , m_withoutOsm(new FigureCard(QStringLiteral("withoutOsmCard")))
    , m_deactivated(new FigureCard(QStringLiteral("deactivatedCard")))
    , m_roleFilter(new QComboBox)
    , m_statusFilter(new QComboBox)
    , m_changeRole(new QPushButton)
    , m_adjust(new QPushButton)
    , m_copyEmail(new QPushButton)
    , m_ledger(new QPushButton)
    , m_activity(new QPushButton)
    , m_export(new QPushButton)
{
    setObjectName(QStringLiteral("usersPage"));
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_adjust->setObjectName(QStringLiteral("adjustPersonButton"));
    m_copyEmail->setObjectName(QStringLiteral("copyEmailButton"));
    m_ledger->setObjectName(QStringLiteral("personLedgerButton"));
    m_activity->setObjectName(QStringLiteral("activityButton"));
    m_export->setObjectName(QStringLiteral("exportUsersButton"));
    for (int i = 0; i < 4; ++i)
        m_roleFilter->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_statusFilter->addItem(QString());
    m_table->setSearchable(true);
    m_table->setStatusColumn(models::UsersModel::Status);
    m_table->sortBy(models::UsersModel::Name, Qt::AscendingOrder);

    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_people, m_validators, m_admins, m_withoutOsm, m_deactivated };
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], 0, i);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_statusFilter);
    filters->addStretch();
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { m_changeRole, m_adjust, m_ledger, m_copyEmail, m_activity })
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_export);
    contentLayout()->addLayout(cards);
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_table, 3);
    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_work, 2);

    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_table, &RecordTable::currentRowChanged, this, [this] {
        updateActions();
        const domain::PersonSummary *p = current();
        m_work->showPerson(p ? p->id : QString());
    });
    connect(m_table, &RecordTable::activated, this, &UsersPage::changeRole);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_adjust, &QPushButton::clicked, this, &UsersPage::adjust);
    connect(m_copyEmail, &QPushButton::clicked, this, &UsersPage::copyEmail);
    connect(m_ledger, &QPushButton::clicked, this, &UsersPage::showLedger);
    connect(m_activity, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_export, &QPushButton::clicked, this, &UsersPage::exportCsv);
    retranslateUi();
    updateActions();
}

QString UsersPage::title() const
{
    return tr("Users");
}

void UsersPage::load()
{
    core::whenReady(backend().people().people(true), this,
        [this](const core::Result<QList<domain::PersonSummary>> &people) {
            if (!people.ok()) {
                failed(people.error());
                return;
            }
            const domain::PersonSummary *shown = current();
            const QString selected = !m_wanted.isEmpty() ? m_wanted : shown ? shown->id : QString();
            m_wanted.clear();
            m_model->setPeople(people.value(), session().currency());
            m_work->setCurrency(session().currency());
            showPeople();
            selectPerson(selected);
            // Their work may have changed with what made the page read again.
            const domain::PersonSummary *now = current();
            m_work->showPerson(now ? now->id : QString(), true);
            m_table->fitColumnsOnce();
            updateActions();
            loaded();
        });
}

bool UsersPage::selectPerson(const QString &userId)
{
    if (!hasLoaded() || isLoading())
        m_wanted = userId;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->personAt(row).id == userId)
            return m_table->selectId(m_model->index(row, 0).data(models::IdRole).toLongLong());
    return false;
}

void UsersPage::showPeople()
{
    int active = 0;
    int validators = 0;
    int admins = 0;
    int withoutOsm = 0;
    int deactivated = 0;
    for (const domain::PersonSummary &p : m_model->everyone()) {
        if (!p.active) {
            ++deactivated;
            continue;
        }
        ++active;
        validators += p.role == domain::Role::Validator ? 1 : 0;
        admins += p.role == domain::Role::Admin ? 1 : 0;
        withoutOsm += p.osmUsername.isEmpty() ? 1 : 0;
    }
    const QLocale locale;
    m_people->setValue(locale.toString(active));
    m_validators->setValue(locale.toString(validators));
    m_admins->setValue(locale.toString(admins));
    m_withoutOsm->setValue(locale.toString(withoutOsm));
    m_withoutOsm->setAccent(withoutOsm > 0);
    m_deactivated->setValue(locale.toString(deactivated));
}

void UsersPage::applyFilter()
{
    const int role = m_roleFilter->currentIndex();
    const std::optional<domain::Role> only
        = role <= 0 ? std::nullopt : std::optional(domain::Role(role - 1));
    const Activity activity = m_statusFilter->currentIndex() == 1 ? Activity::Deactivated
        : m_statusFilter->currentIndex() == 2                     ? Activity::All
                                                                  : Activity::Active;
    m_model->setFilter(only, activity);
    updateActions();
}

const domain::PersonSummary *UsersPage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_model->rowCount() ? &m_model->personAt(row) : nullptr;
}

void UsersPage::updateActions()
{
    const domain::PersonSummary *p = current();
    const bool self = p && p->id == session().person().id;
    for (QPushButton *b : { m_changeRole, m_adjust, m_ledger, m_copyEmail, m_activity })
        b->setEnabled(p && !m_sending);
    // Money to oneself needs another admin; so does one's own deactivation.
    m_adjust->setEnabled(m_adjust->isEnabled() && !self);
    m_activity->setEnabled(m_activity->isEnabled() && !self);
    m_copyEmail->setEnabled(m_copyEmail->isEnabled() && !p->email.isEmpty());
    m_activity->setText(p && !p->active ? tr("Reactivate…") : tr("Deactivate…"));
    m_activity->setToolTip(self ? tr("Another admin deactivates your account.") : QString());
}

void UsersPage::changeRole()
{
    const domain::PersonSummary *p = current();
    if (!p || !m_changeRole->isEnabled())
        return;
    auto *dialog = new ChangeRoleDialog(*p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const domain::PersonSummary person = dialog->person();
        const domain::Role role = dialog->chosen();
        const bool demotingSelf = person.id == session().person().id && role != domain::Role::Admin;
        if (!demotingSelf) {
            sendRole(person, role);
            return;
        }
        askToConfirm(this, QStringLiteral("confirmOwnDemotion"), tr("Change your own role?"),
            tr("You will no longer be an admin: this page and the organisation's payments close "
               "for you. Another admin can make you one again."),
            tr("Change my role"), [this, person, role](bool yes) {
                if (yes)
                    sendRole(person, role);
            });
    });
    dialog->open();
}

void UsersPage::sendRole(const domain::PersonSummary &person, domain::Role role)
{
    sendChange(backend().people().modify(person.id, { role, std::nullopt }),
        tr("%1 is now %2").arg(person.name, models::roleWord(role)), [this](bool busy) {
            m_sending = busy;
            updateActions();
        });
}

void UsersPage::adjust()
{
    const domain::PersonSummary *p = current();
    if (!p || !m_adjust->isEnabled())
        return;
    auto *dialog = new AdjustmentDialog(
        backend().reconciliation(), m_model->everyone(), session().currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->choosePerson(p->id);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(
            tr("Adjustment recorded for %1: payable now %2")
                .arg(dialog->personName(),
                    core::formatMoney(dialog->made().payable, session().currency(), QLocale())));
    });
    dialog->open();
}

void UsersPage::copyEmail()
{
    const domain::PersonSummary *p = current();
    if (!p || p->email.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(p->email);
    emit statusMessage(tr("Copied %1").arg(p->email));
}

void UsersPage::toggleActive()
{
    const domain::PersonSummary *p = current();
    if (!p || !m_activity->isEnabled())
        return;
    const domain::PersonSummary person = *p;
    const QString payable = core::formatMoney(person.payable, session().currency(), QLocale());
    const bool deactivate = person.active;
    const QString question = deactivate
        ? tr("Deactivate %1? %1 can no longer sign in or be assigned. History and ledger stay; "
             "the payable %2 is still owed and a pending request stays in the queue.")
              .arg(person.name, payable)
        : tr("Reactivate %1? %1 can sign in again and be assigned to projects.").arg(person.name);
    askToConfirm(this, QStringLiteral("confirmActivity"),
        deactivate ? tr("Deactivate") : tr("Reactivate"), question,
        deactivate ? tr("Deactivate") : tr("Reactivate"), [this, person, deactivate](bool yes) {
            if (!yes)
                return;
            sendChange(backend().people().modify(person.id, { std::nullopt, !deactivate }),
                deactivate ? tr("%1 deactivated").arg(person.name)
                           : tr("%1 reactivated").arg(person.name),
                [this](bool busy) {
                    m_sending = busy;
                    updateActions();
                });
        });
}

void UsersPage::exportCsv()
{
    askForCsvPath(this, tr("Export users"), tr("users.csv"), [this](const QString &path) {
        if (const QString failure = writeCsvFile(path, m_table->csv()); !failure.isEmpty()) {
            banner()->showMessage(Banner::Level::Error,
                tr("The users could not be saved to %1. Choose another folder.").arg(path),
                failure);
            return;
        }
        emit statusMessage(tr("Users exported to %1").arg(path));
    });
}

void UsersPage::showLedger()
{
    const domain::PersonSummary *p = current();
    if (!p)
        return;
    auto *dialog = new PersonLedgerDialog(backend().people(), session(), p->id,
        p->osmUsername.isEmpty() ? p->name : QStringLiteral("%1 (%2)").arg(p->name, p->osmUsername),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: it may stay open beside the page
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_people->setTitle(tr("People"));
    m_people->setSubLine(tr("active"));
    m_validators->setTitle(tr("Validators"));
    m_admins->setTitle(tr("Admins"));
    m_withoutOsm->setTitle(tr("Without OSM username"));
    m_withoutOsm->setSubLine(tr("their work cannot be credited"));
    m_deactivated->setTitle(tr("Deactivated"));
    m_roleFilter->setItemText(0, tr("Every role"));
    m_roleFilter->setItemText(1, models::roleWord(domain::Role::User));
    m_roleFilter->setItemText(2, models::roleWord(domain::Role::Validator));
    m_roleFilter->setItemText(3, models::roleWord(domain::Role::Admin));
    m_roleFilter->setAccessibleName(tr("Role"));
    m_statusFilter->setItemText(0, tr("Active"));
    m_statusFilter->setItemText(1, tr("Deactivated"));
    m_statusFilter->setItemText(2, tr("Active and deactivated"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_changeRole->setText(tr("Change role…"));
    m_adjust->setText(tr("Adjustment…"));
    m_copyEmail->setText(tr("Copy email"));
    m_ledger->setText(tr("Ledger…"));
    m_export->setText(tr("Export CSV…"));
    m_table->setEmptyText(tr("No one has signed in here yet."));
    updateActions();
}

} // namespace mikro::ui
