#include "models/ItemRoles.h"
#include "models/audit/AuditLogModel.h"
#include "services/auth/MemorySecretStore.h"
#include "services/client/AccountClient.h"
#include "services/client/Session.h"
#include "services/client/inprocess/StoreCheck.h"
#include "services/store/Migrator.h"
#include "tests/integration/client/BackendPair.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PrivateSettings.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/Banner.h"
#include "ui/common/Page.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/pages/AuditLogPage.h"
#include "ui/pages/OrgProjectsPage.h"
#include "ui/pages/ReconciliationPage.h"
#include "ui/pages/UsersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/Sidebar.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

namespace {

QStringList sidebarLabels(const ui::Sidebar &sidebar)
{
    QStringList out;
    for (int i = 0; i < sidebar.count(); ++i)
        if (!sidebar.item(i)->isHidden())
            out << sidebar.item(i)->text();
    return out;
}

} // namespace

/// The shell (UI.md §1.4, §1.5, §1.7) on a real backend: the header names the person as stored,
/// the sidebar follows the role and rebuilds when it changes, a person without an organisation
/// sees only that state, and the keys of the shortcuts table do what it says.
class tst_Shell : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testing::usePrivateSettings();
        startIdentityProvider();
    }
    void cleanup();
    void headerAndSidebarFollowTheStoredRole_data();
    void headerAndSidebarFollowTheStoredRole();
    void aRoleChangeRebuildsTheSidebarAndSaysSo();
    void withoutAnOrganisationOnlyThatStateIsShown();
    void keysDoWhatTheShortcutsTableSays();
    void theKeychainWarningIsShownAndDismissible();
    void anotherPersonNeverSeesTheLastPersonsFigures();
    void settingsAreCheckedTestedAndSaved();
    void aStoreRunInProcessIsTestedAndItsPasswordKeptInTheKeychain();
    void theLastPageAndTabReturnWhenChosen();
    void theSidebarCountsWhatWaitsForAValidator();
    void aPagesLongWorkShowsInTheStatusBar();
    void anAuditEntryOpensWhatItIsAbout();
    void everyFocusableWidgetHasAName_data();
    void everyFocusableWidgetHasAName();
    void screenshots();

private:
    /// Signs `subject` in through HTTP and opens the main window on their dashboard.
    bool openAs(const QString &subject);

    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

bool tst_Shell::openAs(const QString &subject)
{
    startBackends(subject);
    // Each test starts from the default layout and start page.
    QSettings().remove(ui::remembered::group());
    QSettings().remove(u"general/startPage"_s);
    m_session = std::make_unique<client::Session>();
    // Signed in first: a person's row exists from their first sign-in, then the profile.
    if (!testing::awaitClient(m_http->account().signIn()).ok())
        return false;
    onboard(subject,
        subject == Admin                    ? u"admin_osm"_s
            : subject == testing::Validator ? u"validator_osm"_s
                                            : u"mapper_osm"_s);
    const auto details = testing::awaitClient(m_http->account().details());
    if (!details.ok())
        return false;
    m_session->adopt(details.value());
    m_window = std::make_unique<ui::MainWindow>(ui::PageContext { *m_http, *m_session, m_clock });
    m_window->resize(1200, 760);
    m_window->show();
    m_window->start();
    return QTest::qWaitForWindowExposed(m_window.get())
        && QTest::qWaitFor(
            [&] { return m_window->page(ui::homePageFor(m_session->role()))->hasLoaded(); }, 20000);
}

void tst_Shell::everyFocusableWidgetHasAName_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("admin") << Admin;
    QTest::newRow("validator") << testing::Validator;
    QTest::newRow("mapper") << Mapper;
}

/// UI.md §5.9: Enter (or a double-click) on an audit entry opens its person on Users and its
/// payout request on Payments, whatever the request's status.
void tst_Shell::anAuditEntryOpensWhatItIsAbout()
{
    QVERIFY(openAs(Admin));
    onboard(Mapper, u"mapper_osm"_s);
    const auto requested = post(Mapper, "/api/transaction/submit_payment_request", "{}");
    QCOMPARE(requested.status, 200);
    const qint64 request = json(requested).value(u"request_id"_s).toInteger();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    exec(u"INSERT INTO audit_log (org_id, actor_id, action, entity, entity_id, details, at) "
         "VALUES ('org_devstack', '%1', 'adjustment', 'user', '%2', '{}', '%3'), "
         "('org_devstack', '%1', 'reject_request', 'payment_request', '%4', '{}', '%3'), "
         "('org_devstack', '%1', 'update_project', 'project', '812', '{}', '%3')"_s
             .arg(Admin, Mapper, now)
             .arg(request));
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (812, 'org_devstack', 'Rivers', "
         "'https://tasks.example/projects/812', 120, 40, FALSE, '2026-01-01T00:00:00Z')"_s);
    const auto open = [this](const QString &entity) {
        m_window->openPage(ui::PageId::Audit);
        auto *audit = static_cast<ui::AuditLogPage *>(m_window->page(ui::PageId::Audit));
        audit->refresh();
        QTableView *view = audit->view();
        const bool found = QTest::qWaitFor([&] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (audit->model()->entryAt(row).entity == entity) {
                    view->setCurrentIndex(view->model()->index(row, 0));
                    return !audit->isLoading();
                }
            }
            return false;
        });
        if (found)
            QTest::keyClick(view, Qt::Key_Return);
        return found;
    };
    QVERIFY(open(u"user"_s));
    QCOMPARE(m_window->currentPage(), ui::PageId::Users);
    auto *users = static_cast<ui::UsersPage *>(m_window->page(ui::PageId::Users));
    QTRY_COMPARE_WITH_TIMEOUT(
        users->table()->view()->currentIndex().siblingAtColumn(0).data().toString(),
        u"Mia Mapper"_s, 10000);

    QVERIFY(open(u"payment_request"_s));
    QCOMPARE(m_window->currentPage(), ui::PageId::Reconciliation);
    auto *payments
        = static_cast<ui::ReconciliationPage *>(m_window->page(ui::PageId::Reconciliation));
    QTRY_COMPARE_WITH_TIMEOUT(
        payments->pendingTable()->view()->currentIndex().data(models::IdRole).toLongLong(), request,
        10000);

    // An inactive project: the page shows it whatever its filter.
    QVERIFY(open(u"project"_s));
    QCOMPARE(m_window->currentPage(), ui::PageId::OrgProjects);
    auto *projects = static_cast<ui::OrgProjectsPage *>(m_window->page(ui::PageId::OrgProjects));
    QTRY_COMPARE_WITH_TIMEOUT(
        projects->table()->view()->currentIndex().data(models::IdRole).toLongLong(), 812, 10000);
}

void tst_Shell::everyFocusableWidgetHasAName()
{
    QFETCH(QString, subject);
    QVERIFY(openAs(subject));
    for (const ui::NavEntry &entry : ui::navigationFor(m_session->role())) {
        if (!entry.page)
            continue;
        m_window->openPage(*entry.page);
        ui::Page *page = m_window->page(*entry.page);
        QVERIFY(QTest::qWaitFor([&] { return page->hasLoaded() && !page->isLoading(); }, 20000));
        const QStringList nameless = testing::namelessInFocusChain(*page);
        QVERIFY2(
            nameless.isEmpty(), qPrintable(u"%1: %2"_s.arg(entry.label, nameless.join(u", "_s))));
    }
}

void tst_Shell::cleanup()
{
    m_window.reset();
    m_session.reset();
    stopBackends();
}

void tst_Shell::headerAndSidebarFollowTheStoredRole_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QStringList>("sidebar");
    QTest::newRow("user") << Mapper << u"User"_s
                          << QStringList { u"Dashboard"_s, u"Projects"_s, u"Payments"_s,
                                 u"Training"_s, u"My Checklists"_s, u"Account"_s };
    QTest::newRow("validator") << testing::Validator << u"Validator"_s
                               << QStringList { u"Dashboard"_s, u"Review Checklists"_s,
                                      u"Projects"_s, u"Payments"_s, u"Training"_s,
                                      u"My Checklists"_s, u"Account"_s };
    QTest::newRow("admin") << Admin << u"Admin"_s
                           << QStringList { u"Dashboard"_s, u"Users"_s, u"Projects"_s,
                                  u"Payments"_s, u"Review"_s, u"Training"_s, u"Checklists"_s,
                                  u"Sync"_s, u"Review Checklists"_s, u"Audit log"_s, u"My work"_s,
                                  u"My Dashboard"_s, u"My Projects"_s, u"My Payments"_s,
                                  u"My Training"_s, u"My Checklists"_s, u"Account"_s };
}

void tst_Shell::headerAndSidebarFollowTheStoredRole()
{
    QFETCH(QString, subject);
    QFETCH(QString, badge);
    QFETCH(QStringList, sidebar);
    QVERIFY(openAs(subject));
    QCOMPARE(m_window->findChild<QLabel *>(u"personName"_s)->text(), m_session->displayName());
    QCOMPARE(m_window->findChild<QLabel *>(u"roleBadge"_s)->text(), badge);
    QCOMPARE(
        m_window->findChild<QLabel *>(u"organisation"_s)->text(), m_session->organisationName());
    QCOMPARE(sidebarLabels(*m_window->sidebar()), sidebar);
    // Each role starts on its dashboard: an admin on the organisation's (UI.md §1.8, §5.1).
    QCOMPARE(m_window->currentPage(),
        subject == Admin ? ui::PageId::Organisation : ui::PageId::Dashboard);
    QCOMPARE(m_window->findChild<QLabel *>(u"pageTitle"_s)->text(), u"Dashboard"_s);
    QCOMPARE(m_window->connectionText(), u"Online"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"updatedLabel"_s)->text().startsWith(u"Updated "_s));
}

void tst_Shell::aRoleChangeRebuildsTheSidebarAndSaysSo()
{
    QVERIFY(openAs(Mapper));
    exec(u"UPDATE users SET role = 'admin' WHERE id = '%1'"_s.arg(Mapper));
    // The Account page reads the person again, as the composition does every minute.
    m_window->openPage(ui::PageId::Account);
    m_window->page(ui::PageId::Account)->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->findChild<QLabel *>(u"roleBadge"_s)->text(), u"Admin"_s, 10000);
    QCOMPARE(sidebarLabels(*m_window->sidebar()),
        (QStringList { u"Dashboard"_s, u"Users"_s, u"Projects"_s, u"Payments"_s, u"Review"_s,
            u"Training"_s, u"Checklists"_s, u"Sync"_s, u"Review Checklists"_s, u"Audit log"_s,
            u"My work"_s, u"My Dashboard"_s, u"My Projects"_s, u"My Payments"_s, u"My Training"_s,
            u"My Checklists"_s, u"Account"_s }));
    QCOMPARE(m_window->messageHistory().size(), 1);
    QVERIFY(m_window->messageHistory().first().endsWith(u"Your role is now Admin"_s));
    QCOMPARE(m_window->currentPage(), ui::PageId::Account);
}

void tst_Shell::withoutAnOrganisationOnlyThatStateIsShown()
{
    QVERIFY(openAs(Mapper));
    client::AccountDetails orphan;
    orphan.profile = m_session->person();
    orphan.profile.orgId.clear();
    m_session->adopt(orphan);
    m_window->start();
    QVERIFY(m_window->findChild<QWidget *>(u"noOrganisation"_s)->isVisible());
    QCOMPARE(sidebarLabels(*m_window->sidebar()), QStringList { u"Account"_s });
    QCOMPARE(m_window->findChild<QLabel *>(u"organisation"_s)->text(), u"No organisation yet"_s);
    QSignalSpy again(m_window.get(), &ui::MainWindow::checkAgainRequested);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"checkAgain"_s), Qt::LeftButton);
    QCOMPARE(again.count(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // no pages without an org
    QVERIFY(m_window->findChild<QWidget *>(u"noOrganisation"_s)->isVisible());
}

void tst_Shell::keysDoWhatTheShortcutsTableSays()
{
    QVERIFY(openAs(Mapper));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), ui::PageId::Payments);
    QCOMPARE(m_window->findChild<QLabel *>(u"pageTitle"_s)->text(), u"Payments"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->page(ui::PageId::Payments)->hasLoaded(), 10000);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), ui::PageId::Account);

    ui::Page *account = m_window->page(ui::PageId::Account);
    QTRY_VERIFY_WITH_TIMEOUT(!account->isLoading(), 10000);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(account->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!account->isLoading(), 10000);

    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(!m_window->sidebar()->labelsShown());
    QCOMPARE(m_window->sidebar()->item(0)->toolTip(), u"Dashboard"_s);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(m_window->sidebar()->labelsShown());

    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(m_window->findChild<ui::ShortcutsDialog *>());
    QVERIFY(m_window->findChild<ui::ShortcutsDialog *>()->isVisible());
    m_window->findChild<ui::ShortcutsDialog *>()->reject();
}

void tst_Shell::theKeychainWarningIsShownAndDismissible()
{
    QVERIFY(openAs(Mapper));
    const QString warning
        = u"The system keychain isn't available, so you stay signed in only until Mikro closes."_s;
    m_window->showWarning(warning);
    auto *banner = m_window->findChild<ui::Banner *>(u"banner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->message(), warning);
    QTest::mouseClick(banner->findChild<QWidget *>(u"bannerDismiss"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void tst_Shell::anotherPersonNeverSeesTheLastPersonsFigures()
{
    QVERIFY(openAs(Mapper));
    ui::Page *dashboard = m_window->page(ui::PageId::Dashboard);
    QVERIFY(dashboard->findChild<QLabel *>(u"payableCardValue"_s)->isVisible());
    // Signed out: the figures are hidden at once, not left on screen for whoever comes next.
    m_session->clear();
    QVERIFY(!dashboard->hasLoaded());
    QVERIFY(!dashboard->findChild<QLabel *>(u"payableCardValue"_s)->isVisible());
    QVERIFY(dashboard->findChild<QLabel *>(u"pageLoading"_s)->isVisible());
    // The same person again: the page reads their figures anew before showing them.
    const auto details = testing::awaitClient(m_http->account().details());
    QVERIFY(details.ok());
    m_session->adopt(details.value());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasLoaded(), 10000);
    QVERIFY(dashboard->findChild<QLabel *>(u"payableCardValue"_s)->isVisible());
}

void tst_Shell::settingsAreCheckedTestedAndSaved()
{
    QVERIFY(openAs(Mapper));
    QTemporaryDir dir;
    QSettings stored(dir.filePath(u"mikro.ini"_s), QSettings::IniFormat);
    QNetworkAccessManager network;
    auth::MemorySecretStore passwords;
    ui::SettingsDialog dialog(stored, network, passwords, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *url = dialog.findChild<QLineEdit *>(u"serverUrl"_s);
    auto *save = dialog.findChild<QPushButton *>(u"saveSettings"_s);
    QCOMPARE(url->text(), u"http://127.0.0.1:8080"_s); // the demo's server by default
    url->setText(u"http://mikro.example.org"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"settingsProblem"_s)->text().contains(u"https://"_s));
    url->setText(u"http://127.0.0.1:%1"_s.arg(m_port));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QLabel *>(u"testResult"_s)->text(),
        u"The Mikro server answers and is ready."_s, 10000);
    auto *ports = dialog.findChild<QLineEdit *>(u"callbackPorts"_s);
    ports->setText(u"80"_s);
    QVERIFY(!save->isEnabled());
    ports->setText(u"53682, 53690"_s);
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"es"_s));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored.value(u"connection/kind"_s).toString(), u"server"_s);
    QCOMPARE(stored.value(u"connection/serverUrl"_s).toString(), url->text());
    QCOMPARE(stored.value(u"auth/callbackPorts"_s).toString(), u"53682,53690"_s);
    QCOMPARE(stored.value(u"general/language"_s).toString(), u"es"_s);
    QTemporaryDir shots;
    QVERIFY(testing::saveScreenshot(dialog, u"settings-connection"_s, shots.path()));
}

void tst_Shell::aStoreRunInProcessIsTestedAndItsPasswordKeptInTheKeychain()
{
    QVERIFY(openAs(Mapper));
    QTemporaryDir dir;
    QSettings stored(dir.filePath(u"mikro.ini"_s), QSettings::IniFormat);
    QNetworkAccessManager network;
    auth::MemorySecretStore passwords;
    ui::SettingsDialog dialog(stored, network, passwords, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = dialog.findChild<QPushButton *>(u"saveSettings"_s);
    auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
    const store::DatabaseConfig &db = m_db->config();
    // The store behind this run of the suite, migrated by the fixture: tested as it is.
    const QString ready = u"Connected. The store is ready (schema version %1)."_s;
    const auto migrations = store::Migrator(*m_db, m_clock).available();
    QVERIFY(migrations.ok());
    const int known = migrations.value().constLast().version;
    if (db.engine == store::Engine::Sqlite) {
        dialog.findChild<QRadioButton *>(u"fileKind"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"filePath"_s)->setText(db.sqlitePath);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(result->text(), ready.arg(known), 10000);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(stored.value(u"connection/kind"_s).toString(), u"file"_s);
        return;
    }
    dialog.findChild<QRadioButton *>(u"databaseKind"_s)->setChecked(true);
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog.problem(), u"Enter the database's host."_s);
    dialog.findChild<QLineEdit *>(u"databaseHost"_s)->setText(db.host);
    dialog.findChild<QSpinBox *>(u"databasePort"_s)->setValue(db.port);
    dialog.findChild<QLineEdit *>(u"databaseName"_s)->setText(db.databaseName);
    dialog.findChild<QLineEdit *>(u"databaseUser"_s)->setText(db.user);
    QVERIFY(save->isEnabled());
    auto *password = dialog.findChild<QLineEdit *>(u"databasePassword"_s);
    password->setText(u"not the password"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().startsWith(u"Mikro could not open the store:"_s), 15000);
    password->setText(QString::fromUtf8(db.password.reveal()));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected. The store is ready"_s), 15000);
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        QCoreApplication::processEvents(); // the palette reaches the dialog through events
        QVERIFY(testing::saveScreenshot(
            dialog, dark ? u"settings-database-dark"_s : u"settings-database-light"_s, dir.path()));
    }
    QApplication::setPalette(testing::uiPalette(false));
    QCOMPARE(result->text(), ready.arg(known));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored.value(u"connection/kind"_s).toString(), u"database"_s);
    QCOMPARE(stored.value(u"database/host"_s).toString(), db.host);
    QCOMPARE(stored.value(u"database/name"_s).toString(), db.databaseName);
    // The password is in the keychain under its database's key, and nowhere in the settings.
    const auto kept = testing::awaitResult(passwords.read(client::storePasswordKey(db)));
    QVERIFY(kept && kept->ok());
    QCOMPARE(kept->value().reveal(), db.password.reveal());
    QFile ini(stored.fileName());
    stored.sync();
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(db.password.reveal()));
}

void tst_Shell::theLastPageAndTabReturnWhenChosen()
{
    QVERIFY(openAs(Mapper));
    m_window->openPage(ui::PageId::Payments);
    auto *tabs = m_window->page(ui::PageId::Payments)->findChild<QTabWidget *>(u"paymentTabs"_s);
    tabs->setCurrentIndex(2); // Ledger
    const auto reopen = [this] {
        m_window
            = std::make_unique<ui::MainWindow>(ui::PageContext { *m_http, *m_session, m_clock });
        m_window->show();
        m_window->start();
    };
    // By default a new window starts on the dashboard, but the page's tab is remembered.
    reopen();
    QCOMPARE(m_window->currentPage(), ui::PageId::Dashboard);
    QCOMPARE(m_window->page(ui::PageId::Payments)
                 ->findChild<QTabWidget *>(u"paymentTabs"_s)
                 ->currentIndex(),
        2);
    // "Last page" in Settings: the role's last page.
    m_window->openPage(ui::PageId::Training);
    QSettings().setValue(u"general/startPage"_s, u"last"_s);
    reopen();
    QCOMPARE(m_window->currentPage(), ui::PageId::Training);
    // View ▸ Reset layout forgets both.
    m_window->findChild<QAction *>(u"resetLayoutAction"_s)->trigger();
    reopen();
    QCOMPARE(m_window->currentPage(), ui::PageId::Dashboard);
    QCOMPARE(m_window->page(ui::PageId::Payments)
                 ->findChild<QTabWidget *>(u"paymentTabs"_s)
                 ->currentIndex(),
        0);
}

void tst_Shell::theSidebarCountsWhatWaitsForAValidator()
{
    QVERIFY(openAs(testing::Validator));
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    const qint64 checklist = createRoadQaChecklist();
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(checklist).toUtf8());
    QCOMPARE(started.status, 200);
    const qint64 id = json(started).value(u"user_checklist_id"_s).toInteger();
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":1}"_s.arg(id).toUtf8())
                 .status,
        200);
    // A new window counts what waits before the page is ever opened ("Review Checklists 1").
    m_window = std::make_unique<ui::MainWindow>(ui::PageContext { *m_http, *m_session, m_clock });
    m_window->show();
    m_window->start();
    QCOMPARE(m_window->currentPage(), ui::PageId::Dashboard);
    QTRY_COMPARE_WITH_TIMEOUT(
        sidebarLabels(*m_window->sidebar()).value(1), u"Review Checklists 1"_s, 10000);
}

void tst_Shell::aPagesLongWorkShowsInTheStatusBar()
{
    QVERIFY(openAs(Admin));
    auto *bar = m_window->findChild<QProgressBar *>(u"workProgress"_s);
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    // A sync batch goes on while another page is shown: the bar stays in the status bar.
    m_window->openPage(ui::PageId::Users);
    emit m_window->page(ui::PageId::OrgSync)->workProgress(3, 12, u"Syncing: 3 of 12 projects"_s);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), 3);
    QCOMPARE(bar->maximum(), 12);
    QCOMPARE(bar->toolTip(), u"Syncing: 3 of 12 projects"_s);
    QCOMPARE(bar->accessibleName(), u"Syncing: 3 of 12 projects"_s);
    emit m_window->page(ui::PageId::OrgSync)->workProgress(0, 0, QString());
    QVERIFY(!bar->isVisible());
}

void tst_Shell::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        QVERIFY(openAs(Admin));
        QVERIFY(testing::saveScreenshot(
            *m_window, dark ? u"shell-admin-dark"_s : u"shell-admin-light"_s, dir.path()));
        cleanup();
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_Shell)
#include "tst_Shell.moc"
