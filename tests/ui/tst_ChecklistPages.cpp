#include "models/checklists/MyChecklistsModel.h"
#include "services/client/ChecklistsClient.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/RecordTable.h"
#include "ui/pages/ChecklistDetail.h"
#include "ui/pages/MyChecklistsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::cardValue;
using testing::Mapper;

/// My Checklists (UI.md §3.5) driven as a person would — start a checklist, tick its items,
/// comment — through both backends of services/client, both engines; what the page shows is the
/// server's state after each change.
class tst_ChecklistPages : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startPageSuite(); }
    void init();
    void cleanup() { stopPages(); }
    void aChecklistIsStartedAndDone_data() { backends(); }
    void aChecklistIsStartedAndDone();
    void commentsArePostedAndDeleted();
    void confirmedItemsAreLocked();
    void screenshots();

private:
    /// Ticks item `row` (0-based) of the shown checklist as a click on its box would.
    static void tick(ui::MyChecklistsPage &page, int row, bool done);
    qint64 m_template = 0;
};

void tst_ChecklistPages::init()
{
    startBackends(Mapper);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_template = createRoadQaChecklist();
    m_session = std::make_unique<client::Session>();
    m_opened.clear();
    QSettings().remove(u"tables"_s);
}

void tst_ChecklistPages::tick(ui::MyChecklistsPage &page, int row, bool done)
{
    QListWidgetItem *item = page.detail()->items()->item(row);
    QVERIFY(item);
    QVERIFY(item->flags() & Qt::ItemIsUserCheckable);
    item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
}

void tst_ChecklistPages::aChecklistIsStartedAndDone()
{
    QFETCH(QString, name);
    auto page = openPage<ui::MyChecklistsPage>(name);
    QVERIFY(page);
    ui::RecordTable &table = *page->table();
    QCOMPARE(table.view()->model()->rowCount(), 0); // In progress first
    QCOMPARE(page->findChild<QTabBar *>(u"checklistTabs"_s)->tabText(0), u"Available (1)"_s);
    page->setTab(ui::MyChecklistsPage::Available);
    QCOMPARE(table.view()->model()->rowCount(), 1);
    QVERIFY(page->startButton()->isVisible() && page->startButton()->isEnabled());
    // Not started: the items show, without boxes.
    QCOMPARE(page->detail()->items()->count(), 2);
    QVERIFY(!(page->detail()->items()->item(0)->flags() & Qt::ItemIsUserCheckable));
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    page->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !status.isEmpty() && status.last().at(0).toString() == u"Started Road QA"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(*page, u"inProgressCard"_s), u"1"_s, 10000);
    QCOMPARE(page->findChild<QTabBar *>(u"checklistTabs"_s)->currentIndex(),
        int(ui::MyChecklistsPage::InProgress));
    QCOMPARE(table.view()->model()->rowCount(), 1);
    QCOMPARE(table.view()->model()->index(0, models::MyChecklistsModel::Done).data().toString(),
        u"0/2"_s);

    tick(*page, 0, true);
    QTRY_COMPARE_WITH_TIMEOUT(
        table.view()->model()->index(0, models::MyChecklistsModel::Done).data().toString(),
        u"1/2"_s, 10000);
    QVERIFY(page->detail()->items()->item(0)->text().contains(u"\nDone "_s));
    // The link of the second item opens in the browser.
    page->detail()->items()->setCurrentRow(1);
    page->findChild<QPushButton *>(u"openItemLink"_s)->click();
    QCOMPARE(m_opened, QList<QUrl> { QUrl(u"https://wiki.example/bridges"_s) });
    tick(*page, 1, true);
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(*page, u"awaitingCard"_s), u"1"_s, 10000);
    QCOMPARE(table.view()->model()->rowCount(), 0); // it left In progress
    page->setTab(ui::MyChecklistsPage::Awaiting);
    QCOMPARE(table.view()->model()->rowCount(), 1);
    QVERIFY(page->detail()->infoText().startsWith(u"All items done. A validator confirms them"_s));
    // Until a validator confirms it, the person may untick an item.
    tick(*page, 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(*page, u"inProgressCard"_s), u"1"_s, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE completed_at IS NULL"_s), 1);
}

void tst_ChecklistPages::commentsArePostedAndDeleted()
{
    QVERIFY(testing::awaitClient(m_local->checklists().start(m_template)).ok());
    auto page = openPage<ui::MyChecklistsPage>(u"http"_s);
    QVERIFY(page);
    QPlainTextEdit *box = page->detail()->commentBox();
    auto *post = page->findChild<QPushButton *>(u"postComment"_s);
    QVERIFY(!post->isEnabled());
    box->setFocus();
    QTest::keyClicks(box, u"Bridges need a second look"_s);
    QVERIFY(post->isEnabled());
    QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(page->detail()->comments()->count(), 1, 10000);
    QVERIFY(page->detail()->comments()->item(0)->text().endsWith(u"Bridges need a second look"_s));
    QCOMPARE(box->toPlainText(), QString());

    page->detail()->comments()->setCurrentRow(0);
    auto *remove = page->findChild<QPushButton *>(u"deleteComment"_s);
    QVERIFY(remove->isEnabled());
    remove->click();
    QTRY_VERIFY(page->findChild<QMessageBox *>(u"confirmDeleteComment"_s));
    auto *confirm = page->findChild<QMessageBox *>(u"confirmDeleteComment"_s);
    QCOMPARE(confirm->defaultButton()->text(), u"Keep comment"_s);
    for (QAbstractButton *b : confirm->buttons())
        if (b->text() == u"Delete comment"_s)
            b->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->detail()->comments()->count(), 0, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments WHERE deleted_at IS NULL"_s), 0);
}

void tst_ChecklistPages::confirmedItemsAreLocked()
{
    const auto started = testing::awaitClient(m_local->checklists().start(m_template));
    QVERIFY(started.ok());
    QVERIFY(testing::awaitClient(m_local->checklists().setItemDone(started.value(), 1, true)).ok());
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":1}"_s.arg(started.value()).toUtf8())
                 .status,
        200);
    auto page = openPage<ui::MyChecklistsPage>(u"inprocess"_s);
    QVERIFY(page);
    QListWidgetItem *confirmed = page->detail()->items()->item(0);
    QVERIFY(!(confirmed->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(confirmed->text().contains(u"Confirmed by "_s));
    QVERIFY(page->detail()->items()->item(1)->flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(page->table()
                 ->view()
                 ->model()
                 ->index(0, models::MyChecklistsModel::Confirmed)
                 .data()
                 .toString(),
        u"1/2"_s);
}

void tst_ChecklistPages::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    const auto started = testing::awaitClient(m_local->checklists().start(m_template));
    QVERIFY(started.ok());
    QVERIFY(testing::awaitClient(m_local->checklists().setItemDone(started.value(), 1, true)).ok());
    QVERIFY(testing::awaitClient(
        m_local->checklists().addComment(started.value(), u"Names checked against the signs."_s))
                .ok());
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto page = openPage<ui::MyChecklistsPage>(u"http"_s);
        QVERIFY(page);
        QVERIFY(testing::saveScreenshot(*page, u"my-checklists"_s + scheme, dir.path()));
    }
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto page = openPage<ui::MyChecklistsPage>(u"http"_s);
    QVERIFY(page);
    QCOMPARE(page->title(), u"Mis listas de verificación"_s);
    QVERIFY(testing::saveScreenshot(*page, u"my-checklists-es"_s, dir.path()));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_ChecklistPages)
#include "tst_ChecklistPages.moc"
