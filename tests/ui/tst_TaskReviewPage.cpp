#include "models/review/ReviewQueueModel.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "ui/common/Banner.h"
#include "ui/common/RecordTable.h"
#include "ui/pages/TaskReviewPage.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// Review for an admin (UI.md §5.5) through both backends, both engines, after a real sync of
/// two tasks in review (an unknown validator and a self-validation): the cards and filters, both
/// accepted at once after a question naming the mapper and the total — credited once — or one
/// rejected with nobody paid, and a refusal of a task already decided elsewhere.
class tst_TaskReviewPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { stopPages(); }
    void theQueueIsShownWithItsCards_data() { backends(); }
    void theQueueIsShownWithItsCards();
    void acceptingCreditsTheMapperOnce_data() { backends(); }
    void acceptingCreditsTheMapperOnce();
    void rejectingPaysNobody_data() { backends(); }
    void rejectingPaysNobody();
    void screenshots();

private:
    qint64 mappingCredits()
    {
        return scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE "
                      "project_id = 9301 AND kind = 'mapping'"_s);
    }
    /// The question the page asked, once it shows.
    static QMessageBox *question(QWidget &page);
    QTranslator m_english;
};

void tst_TaskReviewPage::initTestCase()
{
    startPageSuite();
    QVERIFY(testing::installMikroTranslation(m_english, u"en"_s));
}

void tst_TaskReviewPage::init()
{
    startBackends(Admin);
    seedReviewQueue(9301);
    m_session = std::make_unique<client::Session>();
}

QMessageBox *tst_TaskReviewPage::question(QWidget &page)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = page.findChild<QMessageBox *>(u"confirmReview"_s);
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void tst_TaskReviewPage::theQueueIsShownWithItsCards()
{
    QFETCH(QString, name);
    auto page = openPage<ui::TaskReviewPage>(name);
    QVERIFY(page);
    QAbstractItemModel &rows = *page->table()->view()->model();
    QCOMPARE(rows.rowCount(), 2);
    QCOMPARE(testing::cardValue(*page, u"reviewWaitingCard"_s), u"2"_s);
    QCOMPARE(testing::cardValue(*page, u"reviewUnknownCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"reviewSelfCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"reviewAtStakeCard"_s), u"$2.40"_s);
    using C = models::ReviewQueueModel;
    QCOMPARE(rows.index(0, C::MappedBy).data().toString(), u"mapper_osm (Mia Mapper)"_s);
    QCOMPARE(rows.index(0, C::Reason).data().toString(), u"Unknown validator"_s);
    QCOMPARE(rows.index(0, C::MappingRate).data().toString(), u"$1.20"_s);
    // One reason only: the self-validation.
    auto *reason = page->findChild<QComboBox *>(u"reviewReasonFilter"_s);
    reason->setCurrentIndex(2);
    QCOMPARE(rows.rowCount(), 1);
    QCOMPARE(rows.index(0, C::Reason).data().toString(), u"Self-validation"_s);
    QCOMPARE(testing::cardValue(*page, u"reviewAtStakeCard"_s), u"$1.20"_s);
    reason->setCurrentIndex(0);
    QCOMPARE(rows.rowCount(), 2);
    // Double-click opens the task in the Tasking Manager.
    page->table()->view()->setCurrentIndex(rows.index(0, 0));
    page->findChild<QPushButton *>(u"openTaskButton"_s)->click();
    QCOMPARE(m_opened.value(0).toString(), u"https://tasks.example/projects/9301?task=1"_s);
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());
}

void tst_TaskReviewPage::acceptingCreditsTheMapperOnce()
{
    QFETCH(QString, name);
    auto page = openPage<ui::TaskReviewPage>(name);
    QVERIFY(page);
    const qint64 before = mappingCredits();
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    page->table()->view()->selectAll();
    auto *accept = page->findChild<QPushButton *>(u"acceptValidationButton"_s);
    QVERIFY(accept->isEnabled());
    accept->click();
    QMessageBox *box = question(*page);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Accept 2 validations? Mia Mapper (mapper_osm) is credited $2.40."_s);
    QVERIFY(!accept->isEnabled()); // until the answer
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->view()->model()->rowCount(), 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 10000);
    QCOMPARE(status.last().at(0).toString(), u"2 validations accepted"_s);
    QCOMPARE(mappingCredits(), before + 240);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tasks WHERE needs_review"_s), 0);
    QVERIFY(page->findChild<QWidget *>(u"reviewQueueTableEmpty"_s)->isVisible());
}

void tst_TaskReviewPage::rejectingPaysNobody()
{
    QFETCH(QString, name);
    auto page = openPage<ui::TaskReviewPage>(name);
    QVERIFY(page);
    const qint64 before = mappingCredits();
    QTableView *view = page->table()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    view->selectRow(1);
    page->findChild<QPushButton *>(u"rejectValidationButton"_s)->click();
    QMessageBox *box = question(*page);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Reject 1 validation? No one is paid for these tasks."_s);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 20000);
    QCOMPARE(mappingCredits(), before);

    // Decided by another admin meanwhile (the other backend: this page is not told): the page
    // says why nothing happened and shows the queue as it is; the mapper is credited once.
    const QString other = name == "http"_L1 ? u"inprocess"_s : u"http"_s;
    QVERIFY(testing::awaitClient(backend(other).review().decide(9301, 1, true)).ok());
    QCOMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    page->findChild<QPushButton *>(u"acceptValidationButton"_s)->click();
    box = question(*page);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 20000);
    QVERIFY(
        page->findChild<ui::Banner *>()->message().startsWith(u"1 task could not be decided: "_s));
    QCOMPARE(mappingCredits(), before + 120);
}

void tst_TaskReviewPage::screenshots()
{
    QCoreApplication::removeTranslator(&m_english);
    pageScreenshots<ui::TaskReviewPage>(
        u"admin-review"_s, [](ui::TaskReviewPage &page) { page.table()->view()->selectRow(0); });
}

QTEST_MAIN(tst_TaskReviewPage)
#include "tst_TaskReviewPage.moc"
