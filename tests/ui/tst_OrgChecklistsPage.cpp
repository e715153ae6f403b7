#include "models/ItemRoles.h"
#include "models/checklists/ChecklistAssignmentsModel.h"
#include "models/checklists/ChecklistTemplatesModel.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/MoneyEdit.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/AssignChecklistDialog.h"
#include "ui/dialogs/ChecklistTemplateDialog.h"
#include "ui/pages/OrgChecklistsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using testing::Validator;
using Templates = models::ChecklistTemplatesModel;
using Assignments = models::ChecklistAssignmentsModel;

/// Checklists for an admin (UI.md §5.7) through both backends, both engines: the cards, the
/// templates (active first) and everyone else's checklists with their states and filters;
/// writing a template with its problems listed until it can be saved; editing its rates and
/// items, which reaches the checklist a mapper has started; assigning people and taking a
/// checklist back; Open in review.
class tst_OrgChecklistsPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { stopPages(); }
    void theBoardShowsTemplatesAndAssignments_data() { backends(); }
    void theBoardShowsTemplatesAndAssignments();
    void anAdminWritesATemplate_data() { backends(); }
    void anAdminWritesATemplate();
    void editingRatesAndItemsReachesStartedChecklists_data() { backends(); }
    void editingRatesAndItemsReachesStartedChecklists();
    void peopleAreAssignedAndUnassigned_data() { backends(); }
    void peopleAreAssignedAndUnassigned();
    void screenshots();

private:
    QTranslator m_english;
    qint64 m_roadQa = 0;
    qint64 m_mapperChecklist = 0;
};

namespace {

QString cellOf(QAbstractItemModel *rows, int row, int column)
{
    return rows->index(row, column).data().toString();
}

int rowOfId(QAbstractItemModel *rows, qint64 id)
{
    for (int row = 0; row < rows->rowCount(); ++row)
        if (rows->index(row, 0).data(models::IdRole).toLongLong() == id)
            return row;
    return -1;
}

} // namespace

void tst_OrgChecklistsPage::initTestCase()
{
    startPageSuite();
    QVERIFY(testing::installMikroTranslation(m_english, u"en"_s));
}

void tst_OrgChecklistsPage::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    QCOMPARE(post(Validator, "/api/login", "{}").status, 200);
    onboard(Validator, u"validator_osm"_s);
    m_roadQa = createRoadQaChecklist(); // 2 items, 2.50 / 0.50, live
    const auto bridges = post(Admin, "/api/checklist/create_checklist",
        R"({"checklistName":"Bridge survey","completionRate":"4.00","validationRate":"0.75",)"
        R"("checklistStatus":false,"listItems":[{"number":1,"action":"Trace the bridges"}]})");
    QCOMPARE(bridges.status, 200);
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_roadQa).toUtf8());
    QCOMPARE(started.status, 200);
    m_mapperChecklist = json(started).value(u"user_checklist_id"_s).toInteger();
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":1}"_s.arg(m_mapperChecklist).toUtf8())
                 .status,
        200);
    m_session = std::make_unique<client::Session>();
}

void tst_OrgChecklistsPage::theBoardShowsTemplatesAndAssignments()
{
    QFETCH(QString, name);
    QCOMPARE(
        post(Admin, "/api/checklist/assign_user_checklist",
            u"{\"checklist_id\":%1,\"user_id\":\"%2\"}"_s.arg(m_roadQa).arg(Validator).toUtf8())
            .status,
        200);
    auto page = openPage<ui::OrgChecklistsPage>(name);
    QVERIFY(page);
    QCOMPARE(testing::cardValue(*page, u"activeTemplatesCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"inProgressChecklistsCard"_s), u"2"_s);
    QCOMPARE(testing::cardValue(*page, u"awaitingConfirmationCard"_s), u"0"_s);
    QCOMPARE(testing::cardValue(*page, u"staleChecklistsCard"_s), u"0"_s);
    // The fixture's mapper earned 0.50 from a checklist before this one.
    QCOMPARE(testing::cardValue(*page, u"paidForChecklistsCard"_s), u"$0.50"_s);

    QAbstractItemModel *templates = page->templatesTable()->view()->model();
    QCOMPARE(templates->rowCount(), 2);
    // Active first.
    QCOMPARE(cellOf(templates, 0, Templates::Name), u"Road QA"_s);
    QCOMPARE(cellOf(templates, 0, Templates::Status), u"Active"_s);
    QCOMPARE(cellOf(templates, 0, Templates::Items), u"2"_s);
    QCOMPARE(cellOf(templates, 0, Templates::CompletionRate), u"$2.50"_s);
    QCOMPARE(cellOf(templates, 0, Templates::Assigned), u"2"_s);
    QCOMPARE(cellOf(templates, 0, Templates::Confirmed), u"0"_s);
    QCOMPARE(cellOf(templates, 1, Templates::Name), u"Bridge survey"_s);
    QCOMPARE(cellOf(templates, 1, Templates::Status), u"Inactive"_s);
    // An inactive template cannot be assigned; it says why.
    QVERIFY(page->templatesTable()->selectId(
        scalar(u"SELECT id FROM checklists WHERE name = 'Bridge survey'"_s)));
    auto *assign = page->findChild<QPushButton *>(u"assignTemplateButton"_s);
    QVERIFY(!assign->isEnabled());
    QVERIFY(!assign->toolTip().isEmpty());
    QCOMPARE(page->findChild<QPushButton *>(u"templateActivityButton"_s)->text(), u"Activate"_s);
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());

    page->tabs()->setCurrentIndex(ui::OrgChecklistsPage::AssignmentsTab);
    QAbstractItemModel *assignments = page->assignmentsTable()->view()->model();
    QCOMPARE(assignments->rowCount(), 2);
    const int mapperRow = rowOfId(assignments, m_mapperChecklist);
    QVERIFY(mapperRow >= 0);
    QVERIFY(cellOf(assignments, mapperRow, Assignments::Person).endsWith(u"(mapper_osm)"_s));
    QCOMPARE(cellOf(assignments, mapperRow, Assignments::State), u"In progress"_s);
    QCOMPARE(cellOf(assignments, mapperRow, Assignments::Done), u"1/2"_s);
    const int validatorRow = 1 - mapperRow;
    QCOMPARE(cellOf(assignments, validatorRow, Assignments::State), u"Assigned"_s);

    // Unassign only while nothing is done.
    QVERIFY(page->assignmentsTable()->selectId(m_mapperChecklist));
    auto *unassign = page->findChild<QPushButton *>(u"unassignChecklistButton"_s);
    QVERIFY(!unassign->isEnabled());
    QSignalSpy review(page.get(), &ui::OrgChecklistsPage::reviewRequested);
    page->findChild<QPushButton *>(u"openInReviewButton"_s)->click();
    QCOMPARE(review.size(), 1);
    QCOMPARE(review[0][0].toLongLong(), m_mapperChecklist);

    // The state filter.
    auto *state = page->findChild<QComboBox *>(u"assignmentStateFilter"_s);
    state->setCurrentIndex(state->findText(u"Assigned"_s));
    QCOMPARE(assignments->rowCount(), 1);
    QCOMPARE(cellOf(assignments, 0, Assignments::State), u"Assigned"_s);
    QVERIFY(page->assignmentsTable()->selectId(
        scalar(u"SELECT id FROM user_checklists WHERE user_id = '%1'"_s.arg(Validator))));
    QVERIFY(unassign->isEnabled());
    page->findChild<QCheckBox *>(u"assignmentStaleOnly"_s)->setChecked(true);
    QCOMPARE(assignments->rowCount(), 0);
}

void tst_OrgChecklistsPage::anAdminWritesATemplate()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgChecklistsPage>(name);
    QVERIFY(page);
    page->findChild<QPushButton *>(u"newTemplateButton"_s)->click();
    auto *dialog = testing::shownChild<ui::ChecklistTemplateDialog>(*page, u"newChecklistDialog"_s);
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(u"saveChecklistButton"_s);
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog->problems(),
        QStringList({ u"Give the template a name."_s, u"Item 1 has no action."_s }));
    QVERIFY(!dialog->findChild<QCheckBox *>(u"checklistActive"_s)->isChecked()); // off when new
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());

    dialog->findChild<QLineEdit *>(u"checklistName"_s)->setText(u"Ford survey"_s);
    dialog->findChild<ui::MoneyEdit *>(u"completionRate"_s)->lineEdit()->setText(u"3.00"_s);
    dialog->findChild<ui::MoneyEdit *>(u"validationRate"_s)->lineEdit()->setText(u"0.60"_s);
    auto *items = dialog->findChild<QTableWidget *>(u"checklistItems"_s);
    items->item(0, 1)->setText(u"Trace the fords"_s);
    dialog->findChild<QPushButton *>(u"addItemButton"_s)->click();
    QCOMPARE(items->rowCount(), 2);
    items->item(1, 1)->setText(u"Tag them"_s);
    items->item(1, 2)->setText(u"ftp://wiki.example/fords"_s);
    QCOMPARE(dialog->problems(),
        QStringList({ u"The link of item 2 is not an http or https address."_s }));
    QVERIFY(!save->isEnabled());
    items->item(1, 2)->setText(u"https://wiki.example/fords"_s);
    // Moved up with Ctrl+Up: the second item becomes the first.
    items->setCurrentCell(1, 1);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    items->setFocus();
    QTest::keyClick(items, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(items->item(0, 1)->text(), u"Tag them"_s);
    QVERIFY(dialog->problems().isEmpty());
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM checklists WHERE name = 'Ford survey'"_s), 1, 10000);
    const qint64 id = scalar(u"SELECT id FROM checklists WHERE name = 'Ford survey'"_s);
    QCOMPARE(scalar(u"SELECT completion_rate_cents FROM checklists WHERE id = %1"_s.arg(id)), 300);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklists WHERE id = %1 AND active"_s.arg(id)), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_items WHERE checklist_id = %1 AND "
                    "position = 0 AND action = 'Tag them'"_s.arg(id)),
        1);
    QTRY_COMPARE_WITH_TIMEOUT(page->templatesTable()->view()->model()->rowCount(), 3, 10000);
}

void tst_OrgChecklistsPage::editingRatesAndItemsReachesStartedChecklists()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgChecklistsPage>(name);
    QVERIFY(page);
    QVERIFY(page->templatesTable()->selectId(m_roadQa));
    page->findChild<QPushButton *>(u"editTemplateButton"_s)->click();
    auto *dialog
        = testing::shownChild<ui::ChecklistTemplateDialog>(*page, u"editChecklistDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"checklistName"_s)->text(), u"Road QA"_s);
    dialog->findChild<ui::MoneyEdit *>(u"completionRate"_s)->lineEdit()->setText(u"3.25"_s);
    // Item 2 rewritten, a third added, the due date taken away.
    auto *items = dialog->findChild<QTableWidget *>(u"checklistItems"_s);
    QCOMPARE(items->rowCount(), 2);
    items->item(1, 1)->setText(u"Check bridges and fords"_s);
    dialog->findChild<QPushButton *>(u"addItemButton"_s)->click();
    items->item(2, 1)->setText(u"Check tunnels"_s);
    dialog->findChild<QCheckBox *>(u"hasDueDate"_s)->setChecked(false);
    auto *save = dialog->findChild<QPushButton *>(u"saveChecklistButton"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM checklist_items WHERE checklist_id = %1"_s.arg(m_roadQa)), 3,
        10000);
    QCOMPARE(
        scalar(u"SELECT completion_rate_cents FROM checklists WHERE id = %1"_s.arg(m_roadQa)), 325);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklists WHERE id = %1 AND due_date IS NULL"_s.arg(
                 m_roadQa)),
        1);
    // The mapper's started checklist follows: the new rate, item 1 still done, three items.
    QCOMPARE(scalar(u"SELECT completion_rate_cents FROM user_checklists WHERE id = %1"_s.arg(
                 m_mapperChecklist)),
        325);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE user_checklist_id = %1"_s.arg(
                 m_mapperChecklist)),
        3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE user_checklist_id = %1 AND "
                    "position = 0 AND completed_at IS NOT NULL"_s.arg(m_mapperChecklist)),
        1);
    QTRY_COMPARE_WITH_TIMEOUT(
        cellOf(page->templatesTable()->view()->model(), 0, Templates::Items), u"3"_s, 10000);
}

void tst_OrgChecklistsPage::peopleAreAssignedAndUnassigned()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgChecklistsPage>(name);
    QVERIFY(page);
    QVERIFY(page->templatesTable()->selectId(m_roadQa));
    page->findChild<QPushButton *>(u"assignTemplateButton"_s)->click();
    auto *dialog = testing::shownChild<ui::AssignChecklistDialog>(*page);
    QVERIFY(dialog);
    QListWidget *people = dialog->people();
    QTRY_VERIFY_WITH_TIMEOUT(people->count() >= 3, 10000);
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());
    const auto itemOf = [people](const QString &userId) -> QListWidgetItem * {
        for (int i = 0; i < people->count(); ++i)
            if (people->item(i)->data(Qt::UserRole).toString() == userId)
                return people->item(i);
        return nullptr;
    };
    QListWidgetItem *mapper = itemOf(Mapper);
    QVERIFY(mapper);
    QVERIFY2(mapper->text().endsWith(u" — has it (in progress)"_s), qPrintable(mapper->text()));
    QVERIFY(!(mapper->flags() & Qt::ItemIsEnabled));
    QListWidgetItem *validator = itemOf(Validator);
    QVERIFY(validator);
    QVERIFY(validator->flags() & Qt::ItemIsEnabled);
    auto *button = dialog->findChild<QPushButton *>(u"assignButton"_s);
    QVERIFY(!button->isEnabled());
    validator->setCheckState(Qt::Checked);
    QCOMPARE(button->text(), u"Assign to 1 person"_s);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE user_id = '%1' "
                                     "AND checklist_id = %2"_s.arg(Validator)
                                         .arg(m_roadQa)),
        1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->assigned(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(itemOf(Validator)->text().contains(u" — has it"_s), 10000);
    dialog->close();

    page->tabs()->setCurrentIndex(ui::OrgChecklistsPage::AssignmentsTab);
    const qint64 theirs
        = scalar(u"SELECT id FROM user_checklists WHERE user_id = '%1'"_s.arg(Validator));
    QTRY_VERIFY_WITH_TIMEOUT(page->assignmentsTable()->selectId(theirs), 10000);
    page->findChild<QPushButton *>(u"unassignChecklistButton"_s)->click();
    auto *question = testing::shownChild<QMessageBox>(*page, u"confirmUnassignChecklist"_s);
    QVERIFY(question);
    QVERIFY2(question->text().startsWith(u"Take 'Road QA' away from "_s)
            && question->text().endsWith(u"? Their checklist and its comments are removed."_s),
        qPrintable(question->text()));
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM user_checklists WHERE user_id = '%1'"_s.arg(Validator)), 0,
        10000);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = %1"_s.arg(m_mapperChecklist)), 1);
}

void tst_OrgChecklistsPage::screenshots()
{
    QCoreApplication::removeTranslator(&m_english);
    pageScreenshots<ui::OrgChecklistsPage>(
        u"admin-checklists"_s, [this](ui::OrgChecklistsPage &page) {
            QVERIFY(page.templatesTable()->selectId(m_roadQa));
        });
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    QTranslator english;
    QVERIFY(testing::installMikroTranslation(english, u"en"_s));
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto page = openPage<ui::OrgChecklistsPage>(u"http"_s);
        QVERIFY(page);
        QVERIFY(page->templatesTable()->selectId(m_roadQa));
        page->findChild<QPushButton *>(u"editTemplateButton"_s)->click();
        auto *editor
            = testing::shownChild<ui::ChecklistTemplateDialog>(*page, u"editChecklistDialog"_s);
        QVERIFY(editor);
        editor->findChild<QTableWidget *>(u"checklistItems"_s)->item(1, 2)->setText(u"wiki"_s);
        QVERIFY(testing::saveScreenshot(*editor, u"checklist-template"_s + scheme, dir.path()));
        editor->reject();
        page->findChild<QPushButton *>(u"assignTemplateButton"_s)->click();
        auto *assign = testing::shownChild<ui::AssignChecklistDialog>(*page);
        QVERIFY(assign);
        QTRY_VERIFY_WITH_TIMEOUT(assign->people()->count() >= 3, 10000);
        for (int i = 0; i < assign->people()->count(); ++i)
            if (assign->people()->item(i)->flags() & Qt::ItemIsEnabled) {
                assign->people()->item(i)->setCheckState(Qt::Checked);
                break;
            }
        QVERIFY(testing::saveScreenshot(*assign, u"assign-checklist"_s + scheme, dir.path()));
        assign->close();
        page->tabs()->setCurrentIndex(ui::OrgChecklistsPage::AssignmentsTab);
        QVERIFY(
            testing::saveScreenshot(*page, u"admin-checklist-assignments"_s + scheme, dir.path()));
    }
    QCoreApplication::removeTranslator(&english);
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_OrgChecklistsPage)
#include "tst_OrgChecklistsPage.moc"
