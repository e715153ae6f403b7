#include "models/projects/OrgProjectsModel.h"
#include "models/projects/ProjectMembersModel.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/MoneyEdit.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/ProjectFormDialog.h"
#include "ui/dialogs/ProjectMembersDialog.h"
#include "ui/pages/OrgProjectsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using testing::Validator;

/// Projects for an admin (UI.md §5.3) through both backends, both engines, with a TM4 simulator
/// behind both: the list with its budget use, adding a project from its address (looked up,
/// budget live, created inactive with its required training), editing rates with the question
/// UI.md gives, deactivating, members with assignment, and deleting only without earnings.
class tst_OrgProjectsPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { stopPages(); }
    void projectsShowTheirBudgetUse_data() { backends(); }
    void projectsShowTheirBudgetUse();
    void anAdminAddsAProjectFromItsAddress_data() { backends(); }
    void anAdminAddsAProjectFromItsAddress();
    void editingDeactivatingAndDeleting_data() { backends(); }
    void editingDeactivatingAndDeleting();
    void membersAreAssignedAndUnassigned_data() { backends(); }
    void membersAreAssignedAndUnassigned();
    void syncNowAndItsHistory_data() { backends(); }
    void syncNowAndItsHistory();
    void screenshots();

private:
    QTranslator m_english;
    static ui::ProjectFormDialog *openAddDialog(ui::OrgProjectsPage &page, const QString &url);
};

void tst_OrgProjectsPage::initTestCase()
{
    startPageSuite();
    QVERIFY(testing::installMikroTranslation(m_english, u"en"_s));
}

void tst_OrgProjectsPage::init()
{
    startBackends(Admin);
    seedSyncedProject(701); // Roads, active: the mapper an editor, the admin a validator
    QCOMPARE(post(Validator, "/api/login", "{}").status, 200);
    onboard(Validator, u"validator_osm"_s);
    exec(u"UPDATE projects SET budget_cents = 1100, total_tasks = 10 WHERE id = 701"_s);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "project_id, task_id, created_at) VALUES ('org_devstack', '%1', 'mapping', 1000, "
         "'task-701-1', 701, 1, '2026-11-20T00:00:00Z')"_s.arg(Mapper));
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, total_tasks, budget_cents, created_at) VALUES (702, "
         "'org_devstack', 'Rivers', 'https://tasks.example/projects/702', 100, 50, FALSE, 4, "
         "600, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO trainings (id, org_id, title, training_type, point_value, pass_percent, "
         "training_url, difficulty, created_at) VALUES (81, 'org_devstack', 'Bridges basics', "
         "'Project', 5, 70, 'https://learn.example/bridges', 'Easy', '2026-01-01T00:00:00Z')"_s);
    auto world = std::make_shared<devstack::Tm4World>(devstack::Tm4World::Settings {});
    world->addProject(900, u"Bridges of Lima"_s, 40);
    restartWithTm4(world);
    m_session = std::make_unique<client::Session>();
}

ui::ProjectFormDialog *tst_OrgProjectsPage::openAddDialog(
    ui::OrgProjectsPage &page, const QString &url)
{
    page.findChild<QPushButton *>(u"addProjectButton"_s)->click();
    auto *dialog = testing::shownChild<ui::ProjectFormDialog>(page, u"addProjectDialog"_s);
    if (dialog)
        dialog->findChild<QLineEdit *>(u"projectUrl"_s)->setText(url);
    return dialog;
}

void tst_OrgProjectsPage::projectsShowTheirBudgetUse()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgProjectsPage>(name);
    QVERIFY(page);
    QCOMPARE(testing::cardValue(*page, u"activeProjectsCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"inactiveProjectsCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"projectTasksCard"_s), u"10"_s);
    QCOMPARE(testing::cardValue(*page, u"projectSpentCard"_s), u"$10.00"_s);
    QCOMPARE(testing::cardValue(*page, u"nearBudgetCard"_s), u"1"_s);
    QAbstractItemModel *rows = page->table()->view()->model();
    QCOMPARE(rows->rowCount(), 1); // Active by default
    const auto cell = [rows](int column) { return rows->index(0, column).data().toString(); };
    QCOMPARE(cell(models::OrgProjectsModel::Name), u"Roads"_s);
    QCOMPARE(cell(models::OrgProjectsModel::Status), u"Active"_s);
    QCOMPARE(cell(models::OrgProjectsModel::Budget), u"$11.00"_s);
    QCOMPARE(cell(models::OrgProjectsModel::Used), u"⚠ 90 %"_s);
    QCOMPARE(cell(models::OrgProjectsModel::Editors), u"1"_s); // no cap: just the count
    page->findChild<QComboBox *>(u"projectStatusFilter"_s)->setCurrentIndex(3);
    QCOMPARE(rows->rowCount(), 2);
    QVERIFY(page->selectProject(702));
    const QString detail = page->findChild<QLabel *>(u"projectDetail"_s)->text();
    QVERIFY2(detail.contains(u"Spent $0.00 of $6.00 (0 %)"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"Required training: none"_s), qPrintable(detail));
    auto *remove = page->findChild<QPushButton *>(u"deleteProjectButton"_s);
    QVERIFY(remove->isEnabled());
    QCOMPARE(page->findChild<QPushButton *>(u"projectActivityButton"_s)->text(), u"Activate"_s);
    QVERIFY(page->selectProject(701));
    QVERIFY(!remove->isEnabled()); // it has earnings
    QCOMPARE(remove->toolTip(), u"It has earnings — deactivate it instead"_s);
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());
}

void tst_OrgProjectsPage::anAdminAddsAProjectFromItsAddress()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgProjectsPage>(name);
    QVERIFY(page);

    // Already registered: said at once, nothing asked of TM4.
    auto *dialog = openAddDialog(*page, u"https://tasks.example/projects/701"_s);
    QVERIFY(dialog);
    auto *problem = dialog->findChild<QLabel *>(u"projectUrlProblem"_s);
    QTRY_COMPARE_WITH_TIMEOUT(problem->text(), u"⚠ Already added as 'Roads'."_s, 5000);
    auto *create = dialog->findChild<QPushButton *>(u"primaryButton"_s);
    QVERIFY(!create->isEnabled());
    auto *url = dialog->findChild<QLineEdit *>(u"projectUrl"_s);
    url->setText(u"https://tasks.example/projects/abc"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        problem->text().startsWith(u"⚠ Give an http or https address"_s), 5000);

    // Looked up after typing stops: the name, the tasks, the budget as the rates change.
    url->setText(u"https://tasks.example/projects/900/"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog->findChild<QLabel *>(u"projectName"_s)->text(), u"Bridges of Lima"_s, 10000);
    QCOMPARE(dialog->findChild<QLabel *>(u"projectTasks"_s)->text(), u"40"_s);
    auto *budget = dialog->findChild<QLabel *>(u"projectBudget"_s);
    QCOMPARE(budget->text(), u"($0.10 + $0.05) × 40 tasks = $6.00"_s);
    dialog->findChild<ui::MoneyEdit *>(u"mappingRate"_s)->lineEdit()->setText(u"0.25"_s);
    QCOMPARE(budget->text(), u"($0.25 + $0.05) × 40 tasks = $12.00"_s);
    QVERIFY(create->isEnabled());
    auto *required = dialog->findChild<QListWidget *>(u"requiredTrainings"_s);
    QCOMPARE(required->item(0)->text(), u"Bridges basics"_s);
    required->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());

    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    const QPointer<ui::ProjectFormDialog> open = dialog;
    create->click();
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 10000); // closed and gone once the project landed
    QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, 5000);
    QCOMPARE(status[0][0].toString(), u"Project 'Bridges of Lima' added (inactive)"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects WHERE id = 900 AND active = FALSE AND "
                    "mapping_rate_cents = 25 AND budget_cents = 1200"_s),
        1);
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM project_trainings WHERE project_id = 900 AND training_id = 81"_s),
        1);
    // The page reads it again and shows it where it is: among the inactive, selected.
    QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QLabel *>(u"projectDetailTitle"_s)->text(),
        u"Bridges of Lima · https://tasks.example/projects/900/"_s, 10000); // as typed
    QCOMPARE(page->findChild<QComboBox *>(u"projectStatusFilter"_s)->currentIndex(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>(u"projectDetail"_s)
                                 ->text()
                                 .contains(u"Required training: Bridges basics"_s),
        10000);
}

void tst_OrgProjectsPage::editingDeactivatingAndDeleting()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgProjectsPage>(name);
    QVERIFY(page);
    exec(u"UPDATE projects SET max_editors = 0 WHERE id = 701"_s); // no limit
    QVERIFY(page->selectProject(701));
    page->findChild<QPushButton *>(u"editProjectButton"_s)->click();
    auto *dialog = testing::shownChild<ui::ProjectFormDialog>(*page, u"editProjectDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(testing::namelessInFocusChain(*dialog).join(u" | "_s), QString());
    QCOMPARE(
        dialog->findChild<QLabel *>(u"projectSpent"_s)->text(), u"Spent $10.00 of $11.00 (90 %)"_s);
    dialog->findChild<ui::MoneyEdit *>(u"mappingRate"_s)->lineEdit()->setText(u"2.00"_s);
    dialog->findChild<QPushButton *>(u"primaryButton"_s)->click();
    auto *question = testing::shownChild<QMessageBox>(*dialog, u"confirmRateChange"_s);
    QVERIFY(question);
    QCOMPARE(question->text(),
        u"Change the rates of 'Roads'? Tasks Mikro has already seen keep their rates; the new "
        "rates apply to tasks first seen from now on. Budget becomes $24.00."_s);
    const QPointer<ui::ProjectFormDialog> open = dialog;
    question->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 10000);
    QCOMPARE(scalar(u"SELECT mapping_rate_cents FROM projects WHERE id = 701"_s), 200);
    QCOMPARE(scalar(u"SELECT validation_rate_cents FROM projects WHERE id = 701"_s), 40);
    // Untouched, "no limit" stays one (the box shows 999 for it).
    QCOMPARE(scalar(u"SELECT max_editors FROM projects WHERE id = 701"_s), 0);

    // Deactivating asks; the page follows.
    QTRY_COMPARE_WITH_TIMEOUT(testing::cardValue(*page, u"projectSpentCard"_s), u"$10.00"_s, 5000);
    QVERIFY(page->selectProject(701));
    page->findChild<QPushButton *>(u"projectActivityButton"_s)->click();
    question = testing::shownChild<QMessageBox>(*page, u"confirmDeactivate"_s);
    QVERIFY(question);
    QCOMPARE(
        question->text(), u"Deactivate 'Roads'? People no longer see it in their project lists."_s);
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM projects WHERE id = 701 AND active "
                                     "= FALSE"_s),
        1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(testing::cardValue(*page, u"activeProjectsCard"_s), u"0"_s, 10000);
    QCOMPARE(testing::cardValue(*page, u"inactiveProjectsCard"_s), u"2"_s);

    // Rivers has no earnings: it can go, after the question.
    page->findChild<QComboBox *>(u"projectStatusFilter"_s)->setCurrentIndex(1);
    QVERIFY(page->selectProject(702));
    page->findChild<QPushButton *>(u"deleteProjectButton"_s)->click();
    question = testing::shownChild<QMessageBox>(*page, u"confirmDeleteProject"_s);
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM projects WHERE id = 702"_s), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->view()->model()->rowCount(), 1, 10000);
}

void tst_OrgProjectsPage::membersAreAssignedAndUnassigned()
{
    QFETCH(QString, name);
    exec(u"INSERT INTO project_trainings (project_id, training_id) VALUES (701, 81)"_s);
    auto page = openPage<ui::OrgProjectsPage>(name);
    QVERIFY(page);
    QVERIFY(page->selectProject(701));
    page->findChild<QPushButton *>(u"projectMembersButton"_s)->click();
    auto *dialog = testing::shownChild<ui::ProjectMembersDialog>(*page);
    QVERIFY(dialog);
    QVERIFY(!dialog->isModal());
    auto *members = dialog->findChild<models::ProjectMembersModel *>();
    QTRY_COMPARE_WITH_TIMEOUT(members->rowCount(), 3, 10000);
    const auto rowOf = [members](const QString &userId) {
        for (int row = 0; row < members->rowCount(); ++row)
            if (members->memberAt(row).person.id == userId)
                return row;
        return -1;
    };
    const auto text = [members, &rowOf](const QString &userId, int column) {
        return members->index(rowOf(userId), column).data().toString();
    };
    QCOMPARE(text(Mapper, models::ProjectMembersModel::Membership), u"Editor"_s);
    QCOMPARE(text(Mapper, models::ProjectMembersModel::MissingTraining), u"Bridges basics"_s);
    QCOMPARE(text(Validator, models::ProjectMembersModel::Membership), u"—"_s);
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());

    // The validator misses the required training: refused, and said.
    QVERIFY(dialog->table()->selectId(rowOf(Validator)));
    auto *asValidator = dialog->findChild<QPushButton *>(u"assignValidatorButton"_s);
    QVERIFY(asValidator->isEnabled());
    asValidator->click();
    auto *banner = dialog->findChild<QLabel *>(u"bannerText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner && banner->isVisible(), 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 701"_s), 2);

    // Without the requirement, assigned; then unassigned after the question.
    exec(u"DELETE FROM project_trainings WHERE project_id = 701"_s);
    QTRY_VERIFY_WITH_TIMEOUT(asValidator->isEnabled(), 10000);
    asValidator->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = "
               "701 AND user_id = '%1' AND member_role = 'validator'"_s.arg(Validator)),
        1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        text(Validator, models::ProjectMembersModel::Membership), u"Validator"_s, 10000);
    QVERIFY(dialog->table()->selectId(rowOf(Validator)));
    auto *unassign = dialog->findChild<QPushButton *>(u"unassignButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(unassign->isEnabled(), 5000);
    unassign->click();
    auto *question = testing::shownChild<QMessageBox>(*dialog, u"confirmUnassign"_s);
    QVERIFY(question);
    QVERIFY2(question->text().startsWith(u"Unassign "_s)
            && question->text().endsWith(u" from 'Roads'? What they earned there stays theirs."_s),
        qPrintable(question->text()));
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = "
                                     "701 AND user_id = '%1'"_s.arg(Validator)),
        0, 10000);
    dialog->close();
}

void tst_OrgProjectsPage::syncNowAndItsHistory()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgProjectsPage>(name);
    QVERIFY(page);
    QVERIFY(page->selectProject(701));
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    QSignalSpy history(page.get(), &ui::OrgProjectsPage::syncHistoryRequested);
    page->findChild<QPushButton *>(u"projectSyncNowButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, 10000);
    QCOMPARE(status.at(0).at(0).toString(),
        u"Sync of Roads requested; Sync history shows how it goes"_s);
    // The run happens in the background (this Tasking Manager does not know project 701, so it
    // fails, and says so in its history).
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM sync_runs WHERE project_id = 701 AND status = 'failed'"_s), 1,
        20000);
    page->findChild<QPushButton *>(u"projectSyncHistoryButton"_s)->click();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).at(0).toLongLong(), 701);
}

void tst_OrgProjectsPage::screenshots()
{
    exec(u"INSERT INTO project_trainings (project_id, training_id) VALUES (701, 81)"_s);
    QCoreApplication::removeTranslator(&m_english);
    pageScreenshots<ui::OrgProjectsPage>(
        u"admin-projects"_s, [](ui::OrgProjectsPage &page) { QVERIFY(page.selectProject(701)); });
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    QTranslator english;
    QVERIFY(testing::installMikroTranslation(english, u"en"_s));
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto page = openPage<ui::OrgProjectsPage>(u"http"_s);
        QVERIFY(page);
        auto *dialog = openAddDialog(*page, u"https://tasks.example/projects/900"_s);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->findChild<QLabel *>(u"projectName"_s)->text(), u"Bridges of Lima"_s, 10000);
        QVERIFY(testing::saveScreenshot(*dialog, u"add-project"_s + scheme, dir.path()));
        dialog->reject();
        QVERIFY(page->selectProject(701));
        page->findChild<QPushButton *>(u"projectMembersButton"_s)->click();
        auto *members = testing::shownChild<ui::ProjectMembersDialog>(*page);
        QVERIFY(members);
        QTRY_COMPARE_WITH_TIMEOUT(
            members->findChild<models::ProjectMembersModel *>()->rowCount(), 3, 10000);
        members->table()->selectId(0);
        QVERIFY(testing::saveScreenshot(*members, u"project-members"_s + scheme, dir.path()));
        members->close();
    }
    QCoreApplication::removeTranslator(&english);
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_OrgProjectsPage)
#include "tst_OrgProjectsPage.moc"
