#include "models/audit/AuditLogModel.h"
#include "services/core/Csv.h"
#include "services/store/Database.h"
#include "tests/support/SqlSeed.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/pages/AuditLogPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The audit log for an admin (UI.md §5.9) through both backends, both engines: newest first,
/// read a page at a time as the table scrolls, narrowed by entity, actor, words in the details
/// and dates, each entry's details as pairs and as JSON, and every filtered entry exported.
class tst_AuditLogPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { stopPages(); }
    void entriesLoadAPageAtATime_data() { backends(); }
    void entriesLoadAPageAtATime();
    void filtersNarrowTheLog_data() { backends(); }
    void filtersNarrowTheLog();
    void theFilteredEntriesAreExported_data() { backends(); }
    void theFilteredEntriesAreExported();
    void screenshots();

private:
    static constexpr int Entries = 450;
    QTranslator m_english;
};

void tst_AuditLogPage::initTestCase()
{
    startPageSuite();
    QVERIFY(testing::installMikroTranslation(m_english, u"en"_s));
}

void tst_AuditLogPage::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_session = std::make_unique<client::Session>();
    store::Database db(m_temp->config(), 1);
    QVERIFY(testing::seedAuditEntries(
        db, u"org_devstack"_s, Admin, Entries, QDateTime::currentDateTimeUtc().addSecs(-60)));
}

void tst_AuditLogPage::entriesLoadAPageAtATime()
{
    QFETCH(QString, name);
    auto page = openPage<ui::AuditLogPage>(name);
    QVERIFY(page);
    models::AuditLogModel *model = page->model();
    QCOMPARE(model->rowCount(), ui::AuditLogPage::PageSize);
    // Newest first: the seeded entries (entry 1 is the newest), after the onboarding's own.
    int first = -1;
    for (int row = 0; row < model->rowCount() && first < 0; ++row)
        if (model->entryAt(row).details.contains("\"Entry 1\""))
            first = row;
    QVERIFY(first >= 0);
    QCOMPARE(model->index(first, models::AuditLogModel::Action).data().toString(), u"adjustment"_s);
    QCOMPARE(model->index(first, models::AuditLogModel::Entity).data().toString(), u"Person"_s);
    QVERIFY(model->index(first, models::AuditLogModel::Summary)
                .data()
                .toString()
                .contains(u"reason: Entry 1"_s));
    // The entries onboarding wrote are the organisation's too.
    const int total = static_cast<int>(scalar(u"SELECT COUNT(*) FROM audit_log"_s));
    QVERIFY(total >= Entries);

    // Scrolling to the end reads the older pages, once each, until there are no more.
    QTableView *view = page->view();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            view->scrollToBottom();
            return !model->hasMore() && model->rowCount() == total;
        }(),
        20000);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->entryAt(row).id);
    QCOMPARE(ids.size(), total);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->entryAt(row - 1).id > model->entryAt(row).id);

    // The selected entry's details: pairs, and the raw JSON on request.
    view->setCurrentIndex(view->model()->index(first, 0));
    auto *detail = page->findChild<QTreeWidget *>(u"auditDetail"_s);
    QCOMPARE(detail->topLevelItemCount(), 2);
    QStringList pairs;
    for (int i = 0; i < detail->topLevelItemCount(); ++i)
        pairs << detail->topLevelItem(i)->text(0) + u'=' + detail->topLevelItem(i)->text(1);
    pairs.sort();
    QCOMPARE(pairs, (QStringList { u"amount_cents=1"_s, u"reason=Entry 1"_s }));
    page->findChild<QCheckBox *>(u"auditShowRaw"_s)->setChecked(true);
    auto *raw = page->findChild<QPlainTextEdit *>(u"auditRaw"_s);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(u"\"reason\": \"Entry 1\""_s));
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());
}

void tst_AuditLogPage::filtersNarrowTheLog()
{
    QFETCH(QString, name);
    auto page = openPage<ui::AuditLogPage>(name);
    QVERIFY(page);
    models::AuditLogModel *model = page->model();
    const auto settled = [&] {
        return QTest::qWaitFor([&] { return page->hasLoaded() && !page->isLoading(); }, 20000);
    };
    const auto readAll = [&] {
        return QTest::qWaitFor(
            [&] {
                page->view()->scrollToBottom();
                return !page->isLoading() && !model->hasMore();
            },
            20000);
    };

    auto *entity = page->findChild<QComboBox *>(u"auditEntity"_s);
    entity->setCurrentIndex(entity->findData(u"project"_s));
    QVERIFY(settled());
    QVERIFY(readAll());
    QCOMPARE(model->rowCount(), Entries / 3);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->entryAt(row).entity, u"project"_s);
    entity->setCurrentIndex(0);

    // Words inside the details, any case: "Entry 7" and "Entry 70" to "Entry 79".
    page->findChild<QLineEdit *>(u"auditSearch"_s)->setText(u"entry 7"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 11, 20000);
    page->findChild<QLineEdit *>(u"auditSearch"_s)->clear();

    // Another actor: the mapper changed nothing.
    auto *actor = page->findChild<QComboBox *>(u"auditActor"_s);
    const int mapper = actor->findData(Mapper);
    QVERIFY(mapper > 0);
    actor->setCurrentIndex(mapper);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 20000);
    actor->setCurrentIndex(actor->findData(Admin));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ui::AuditLogPage::PageSize, 20000);

    // A period with nothing in it says so.
    auto *from = page->findChild<QDateEdit *>(u"auditFrom"_s);
    auto *to = page->findChild<QDateEdit *>(u"auditTo"_s);
    to->setDate(QDate::currentDate().addDays(40));
    from->setDate(QDate::currentDate().addDays(2));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 20000);
    QVERIFY(settled());
    QVERIFY(page->findChild<QWidget *>(u"auditTableEmpty"_s)->isVisible());
}

void tst_AuditLogPage::theFilteredEntriesAreExported()
{
    QFETCH(QString, name);
    auto page = openPage<ui::AuditLogPage>(name);
    QVERIFY(page);
    auto *entity = page->findChild<QComboBox *>(u"auditEntity"_s);
    entity->setCurrentIndex(entity->findData(u"payment_request"_s));
    QVERIFY(QTest::qWaitFor([&] { return page->hasLoaded() && !page->isLoading(); }, 20000));
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.csv"_s);
    page->findChild<QPushButton *>(u"auditExport"_s)->click();
    QFileDialog *save = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        save = page->findChild<QFileDialog *>();
        return save && save->isVisible();
    }));
    save->findChild<QLineEdit *>(u"fileNameEdit"_s)->setText(path);
    static_cast<QDialog *>(save)->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
    QCOMPARE(
        status.last().at(0).toString(), u"%1 entries exported to %2"_s.arg(Entries / 3).arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto rows = core::parseCsv(file.readAll());
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), Entries / 3 + 1);
    QCOMPARE(rows.value().at(0),
        (QStringList {
            u"When"_s, u"Actor"_s, u"Action"_s, u"Entity"_s, u"Entity ID"_s, u"Summary"_s }));
    QCOMPARE(rows.value().at(1).at(3), u"payment_request"_s);
    QVERIFY(rows.value().at(1).at(5).contains(u"\"reason\""_s));
}

void tst_AuditLogPage::screenshots()
{
    QCoreApplication::removeTranslator(&m_english);
    pageScreenshots<ui::AuditLogPage>(u"admin-audit-log"_s, [](ui::AuditLogPage &page) {
        page.view()->setCurrentIndex(page.view()->model()->index(1, 0));
    });
}

QTEST_MAIN(tst_AuditLogPage)
#include "tst_AuditLogPage.moc"
