#include "models/payments/LedgerModel.h"
#include "models/people/PersonWorkModels.h"
#include "models/people/UsersModel.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/Banner.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/AdjustmentDialog.h"
#include "ui/dialogs/ChangeRoleDialog.h"
#include "ui/dialogs/PersonLedgerDialog.h"
#include "ui/pages/LedgerPanel.h"
#include "ui/pages/PersonWorkPanel.h"
#include "ui/pages/UsersPage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// Users for an admin (UI.md §5.2) through both backends, both engines: everyone with their
/// figures, filters and search, a role changed through its dialog, a person deactivated and
/// reactivated after the question UI.md gives, the last admin kept, the email copied.
class tst_UsersPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startPageSuite(); }
    void init();
    void cleanup() { stopPages(); }
    void everyoneIsListedWithTheirFigures_data() { backends(); }
    void everyoneIsListedWithTheirFigures();
    void aRoleIsChangedThroughItsDialog_data() { backends(); }
    void aRoleIsChangedThroughItsDialog();
    void deactivationAsksAndCanBeUndone_data() { backends(); }
    void deactivationAsksAndCanBeUndone();
    void aPersonsLedgerOpensBesideThePage_data() { backends(); }
    void aPersonsLedgerOpensBesideThePage();
    void aPersonsWorkIsUnderTheTable_data() { backends(); }
    void aPersonsWorkIsUnderTheTable();
    void anotherOrganisationsPersonIsNotFound();
    void screenshots();

private:
    /// Selects the row of the person named `name`; whether it was found.
    static bool select(ui::UsersPage &page, const QString &name);
    /// The mapper's work: an editor on Roads (701) with two tasks mapped and 2.40 earned there,
    /// Roads 101 passed (15 points), and the checklist Road QA with its first item done.
    void seedMappersWork();
};

void tst_UsersPage::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_session = std::make_unique<client::Session>();
    QSettings().remove(u"tables"_s);
}

bool tst_UsersPage::select(ui::UsersPage &page, const QString &name)
{
    QTableView *view = page.table()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, models::UsersModel::Name).data().toString() == name) {
            view->setCurrentIndex(view->model()->index(row, 0));
            return true;
        }
    }
    return false;
}

void tst_UsersPage::everyoneIsListedWithTheirFigures()
{
    QFETCH(QString, name);
    auto page = openPage<ui::UsersPage>(name);
    QVERIFY(page);
    QAbstractItemModel &rows = *page->table()->view()->model();
    QCOMPARE(rows.rowCount(), 2);
    QCOMPARE(testing::cardValue(*page, u"peopleCard"_s), u"2"_s);
    QCOMPARE(testing::cardValue(*page, u"adminsCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"withoutOsmCard"_s), u"0"_s);
    QVERIFY(select(*page, u"Mia Mapper"_s));
    const int row = page->table()->view()->currentIndex().row();
    using C = models::UsersModel;
    QCOMPARE(rows.index(row, C::OsmUsername).data().toString(), u"mapper_osm"_s);
    QCOMPARE(rows.index(row, C::RoleColumn).data().toString(), u"User"_s);
    QCOMPARE(rows.index(row, C::Payable).data().toString(), u"$15.50"_s);
    QCOMPARE(rows.index(row, C::Status).data().toString(), u"Active"_s);
    // Only validators: none yet.
    page->findChild<QComboBox *>(u"roleFilter"_s)->setCurrentIndex(2);
    QCOMPARE(rows.rowCount(), 0);
    page->findChild<QComboBox *>(u"roleFilter"_s)->setCurrentIndex(0);
    QCOMPARE(rows.rowCount(), 2);
    // The email, copied; one's own money and account are for another admin.
    QVERIFY(select(*page, u"Mia Mapper"_s));
    page->findChild<QPushButton *>(u"copyEmailButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"mia.mapper@devstack.mikro"_s);
    QVERIFY(select(*page, u"Ada Admin"_s));
    QVERIFY(!page->findChild<QPushButton *>(u"adjustPersonButton"_s)->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(u"activityButton"_s)->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(u"changeRoleButton"_s)->isEnabled());
}

void tst_UsersPage::aRoleIsChangedThroughItsDialog()
{
    QFETCH(QString, name);
    auto page = openPage<ui::UsersPage>(name);
    QVERIFY(page);
    QVERIFY(select(*page, u"Mia Mapper"_s));
    page->findChild<QPushButton *>(u"changeRoleButton"_s)->click();
    auto *dialog = testing::shownChild<ui::ChangeRoleDialog>(*page);
    QVERIFY(dialog);
    auto *change = dialog->findChild<QPushButton *>(u"changeRoleButton"_s);
    QVERIFY(!change->isEnabled()); // the same role is no change
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());
    dialog->findChild<QRadioButton *>(u"role_validator"_s)->click();
    QVERIFY(change->isEnabled());
    change->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM users WHERE id = '%1' AND role = 'validator'"_s.arg(Mapper)),
        1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(testing::cardValue(*page, u"validatorsCard"_s), u"1"_s, 10000);

    // The last admin stays one: the refusal says why, and nothing changes.
    QVERIFY(select(*page, u"Ada Admin"_s));
    page->findChild<QPushButton *>(u"changeRoleButton"_s)->click();
    dialog = testing::shownChild<ui::ChangeRoleDialog>(*page);
    QVERIFY(dialog);
    dialog->findChild<QRadioButton *>(u"role_user"_s)->click();
    dialog->findChild<QPushButton *>(u"changeRoleButton"_s)->click();
    auto *again = testing::shownChild<QMessageBox>(*page, u"confirmOwnDemotion"_s);
    QVERIFY(again); // demoting oneself asks again
    again->button(QMessageBox::Yes)->click();
    auto *banner = page->findChild<ui::Banner *>();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->message().contains(u"admin"_s), qPrintable(banner->message()));
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM users WHERE id = '%1' AND role = 'admin'"_s.arg(Admin)), 1);
}

void tst_UsersPage::deactivationAsksAndCanBeUndone()
{
    QFETCH(QString, name);
    auto page = openPage<ui::UsersPage>(name);
    QVERIFY(page);
    QVERIFY(select(*page, u"Mia Mapper"_s));
    auto *activity = page->findChild<QPushButton *>(u"activityButton"_s);
    QCOMPARE(activity->text(), u"Deactivate…"_s);
    activity->click();
    auto *question = testing::shownChild<QMessageBox>(*page, u"confirmActivity"_s);
    QVERIFY(question);
    QCOMPARE(question->text(),
        u"Deactivate Mia Mapper? Mia Mapper can no longer sign in or be assigned. History and "
        "ledger stay; the payable $15.50 is still owed and a pending request stays in the "
        "queue."_s);
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE deactivated_at IS NOT NULL"_s), 0);
    activity->click();
    question = testing::shownChild<QMessageBox>(*page, u"confirmActivity"_s);
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM users WHERE deactivated_at IS NOT NULL"_s), 1, 10000);
    // The deactivated are out of the default view, and in the Deactivated one.
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->view()->model()->rowCount(), 1, 10000);
    QCOMPARE(testing::cardValue(*page, u"deactivatedCard"_s), u"1"_s);
    page->findChild<QComboBox *>(u"statusFilter"_s)->setCurrentIndex(1);
    QVERIFY(select(*page, u"Mia Mapper"_s));
    QCOMPARE(activity->text(), u"Reactivate…"_s);
    activity->click();
    question = testing::shownChild<QMessageBox>(*page, u"confirmActivity"_s);
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM users WHERE deactivated_at IS NOT NULL"_s), 0, 10000);
}

void tst_UsersPage::aPersonsLedgerOpensBesideThePage()
{
    QFETCH(QString, name);
    auto page = openPage<ui::UsersPage>(name);
    QVERIFY(page);
    QVERIFY(select(*page, u"Mia Mapper"_s));
    page->findChild<QPushButton *>(u"personLedgerButton"_s)->click();
    auto *dialog = testing::shownChild<ui::PersonLedgerDialog>(*page);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Ledger of Mia Mapper (mapper_osm)"_s);
    QVERIFY(!dialog->isModal()); // it may stay open beside the page
    models::LedgerModel *lines = dialog->ledger()->model();
    QTRY_COMPARE_WITH_TIMEOUT(lines->rowCount(), 2, 10000); // the mapping and checklist credits
    QCOMPARE(lines->total(), 2);
    QStringList amounts;
    for (int row = 0; row < lines->rowCount(); ++row)
        amounts << lines->index(row, models::LedgerModel::Amount).data().toString();
    amounts.sort();
    QCOMPARE(amounts, (QStringList { u"$0.50"_s, u"$15.00"_s }));
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());
    dialog->close();
}

void tst_UsersPage::seedMappersWork()
{
    seedSyncedProject(701);
    for (int task = 1; task <= 2; ++task) {
        exec(u"INSERT INTO tasks (project_id, task_id, status, mapped_by, mapper_user_id, "
             "mapping_rate_cents, validation_rate_cents, updated_at) VALUES (701, %1, 'MAPPED', "
             "'mapper_osm', '%2', 120, 40, '2026-11-20T00:00:00Z')"_s.arg(task)
                 .arg(Mapper));
        exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
             "project_id, task_id, created_at) VALUES ('org_devstack', '%1', 'mapping', 120, "
             "'work-701-%2', 701, %2, '2026-11-20T00:00:00Z')"_s.arg(Mapper)
                 .arg(task));
    }
    const qint64 training = createRoadsTraining();
    exec(u"INSERT INTO training_completions (user_id, training_id, points_awarded, "
         "completed_at) VALUES ('%1', %2, 15, '2026-11-01T00:00:00Z')"_s.arg(Mapper)
             .arg(training));
    const qint64 roadQa = createRoadQaChecklist();
    QCOMPARE(post(Admin, "/api/checklist/assign_user_checklist",
                 u"{\"checklist_id\":%1,\"user_id\":\"%2\"}"_s.arg(roadQa).arg(Mapper).toUtf8())
                 .status,
        200);
    exec(u"UPDATE user_checklist_items SET completed_at = '2026-11-21T00:00:00Z' WHERE "
         "position = (SELECT MIN(position) FROM user_checklist_items)"_s);
}

void tst_UsersPage::aPersonsWorkIsUnderTheTable()
{
    QFETCH(QString, name);
    seedMappersWork();
    auto page = openPage<ui::UsersPage>(name);
    QVERIFY(page);
    QVERIFY(select(*page, u"Mia Mapper"_s));
    ui::PersonWorkPanel *work = page->workPanel();
    QAbstractItemModel *projects = work->table(ui::PersonWorkPanel::ProjectsTab)->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(projects->rowCount(), 1, 10000);
    const auto cell
        = [](QAbstractItemModel *m, int column) { return m->index(0, column).data().toString(); };
    using Projects = models::PersonProjectsModel;
    QCOMPARE(cell(projects, Projects::Project), u"Roads"_s);
    QCOMPARE(cell(projects, Projects::Role), u"Editor"_s);
    QCOMPARE(cell(projects, Projects::Mapped), u"2"_s);
    QCOMPARE(cell(projects, Projects::Validated), u"0"_s);
    QCOMPARE(cell(projects, Projects::Earned), u"$2.40"_s);
    QCOMPARE(cell(projects, Projects::Status), u"Active"_s);
    QAbstractItemModel *trainings = work->table(ui::PersonWorkPanel::TrainingTab)->view()->model();
    QCOMPARE(trainings->rowCount(), 1);
    QCOMPARE(cell(trainings, models::PersonTrainingsModel::Training), u"Roads 101"_s);
    QCOMPARE(cell(trainings, models::PersonTrainingsModel::Type), u"Mapping"_s);
    QCOMPARE(cell(trainings, models::PersonTrainingsModel::Points), u"15"_s);
    QAbstractItemModel *checklists
        = work->table(ui::PersonWorkPanel::ChecklistsTab)->view()->model();
    QCOMPARE(checklists->rowCount(), 1);
    QCOMPARE(cell(checklists, models::PersonChecklistsModel::Checklist), u"Road QA"_s);
    QCOMPARE(cell(checklists, models::PersonChecklistsModel::State), u"In progress"_s);
    QCOMPARE(cell(checklists, models::PersonChecklistsModel::Done), u"1/2"_s);
    QCOMPARE(cell(checklists, models::PersonChecklistsModel::Confirmed), u"0/2"_s);
    QCOMPARE(work->tabs()->tabText(ui::PersonWorkPanel::ProjectsTab), u"&Projects (1)"_s);

    // The admin validates Roads and passed nothing: choosing them shows theirs.
    QVERIFY(select(*page, u"Ada Admin"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        work->tabs()->tabText(ui::PersonWorkPanel::TrainingTab), u"T&raining (0)"_s, 10000);
    QCOMPARE(projects->rowCount(), 1); // the admin validates Roads
    QCOMPARE(cell(projects, Projects::Role), u"Validator"_s);
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());
}

void tst_UsersPage::anotherOrganisationsPersonIsNotFound()
{
    exec(u"INSERT INTO orgs (id, name, currency, created_at) VALUES ('org_other', 'Other', "
         "'USD', '2026-01-01T00:00:00Z')"_s);
    exec(u"UPDATE users SET org_id = 'org_other' WHERE id = '%1'"_s.arg(Mapper));
    expectRefusedAlike<domain::PersonWork>({
        { "another organisation's person",
            [](client::Backend &b) { return b.people().work(Mapper); }, core::ErrorKind::NotFound,
            "not_found" },
        { "nobody", [](client::Backend &b) { return b.people().work(u"auth0|nobody"_s); },
            core::ErrorKind::NotFound, "not_found" },
    });
    // A mapper reads nobody's work, their own included.
    auto mapper = httpBackendFor(Mapper);
    const auto refused = testing::awaitClient(mapper->people().work(Mapper));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, core::ErrorKind::Forbidden);
}

void tst_UsersPage::screenshots()
{
    seedMappersWork();
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto page = openPage<ui::UsersPage>(u"http"_s);
        QVERIFY(page);
        QVERIFY(select(*page, u"Mia Mapper"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            page->workPanel()->table(ui::PersonWorkPanel::ProjectsTab)->view()->model()->rowCount()
                > 0,
            10000);
        QVERIFY(testing::saveScreenshot(*page, u"admin-users"_s + scheme, dir.path()));
        page->findChild<QPushButton *>(u"changeRoleButton"_s)->click();
        auto *dialog = testing::shownChild<ui::ChangeRoleDialog>(*page);
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(u"role_validator"_s)->click();
        QCoreApplication::processEvents();
        QVERIFY(testing::saveScreenshot(*dialog, u"change-role"_s + scheme, dir.path()));
        dialog->reject();
        page->findChild<QPushButton *>(u"personLedgerButton"_s)->click();
        auto *ledger = testing::shownChild<ui::PersonLedgerDialog>(*page);
        QVERIFY(ledger);
        QTRY_COMPARE_WITH_TIMEOUT(ledger->ledger()->model()->rowCount(), 4, 10000);
        QVERIFY(testing::saveScreenshot(*ledger, u"person-ledger"_s + scheme, dir.path()));
        ledger->close();
    }
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto page = openPage<ui::UsersPage>(u"http"_s);
    QVERIFY(page);
    QVERIFY(testing::saveScreenshot(*page, u"admin-users-es"_s, dir.path()));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_UsersPage)
#include "tst_UsersPage.moc"
