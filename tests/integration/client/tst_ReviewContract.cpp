#include "services/client/ReviewClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The review queue's contract (DESIGN.md §2.1, UI.md §5.5) through both backends on one
/// database, both engines, after a real sync: the queue is the same through either with its
/// project, mapper and rate; a decision made through one is seen through the other; a task is
/// decided once, and a second decision is refused alike; accepting credits the mapper the task's
/// mapping rate, rejecting pays nobody.
class tst_ReviewContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void theQueueIsTheSameThroughBoth();
    void eachTaskIsDecidedOnceThroughEither();

private:
    QList<domain::ReviewItem> queueThroughBoth();
};

void tst_ReviewContract::init()
{
    startBackends(Admin);
    seedReviewQueue(9201);
}

QList<domain::ReviewItem> tst_ReviewContract::queueThroughBoth()
{
    const auto overHttp = testing::awaitClient(m_http->review().queue());
    const auto inProcess = testing::awaitClient(m_local->review().queue());
    if (!overHttp.ok() || !inProcess.ok()) {
        QTest::qFail(qPrintable(testing::describeError(
                         overHttp.ok() ? inProcess.error() : overHttp.error())),
            __FILE__, __LINE__);
        return {};
    }
    if (!(overHttp.value() == inProcess.value()))
        QTest::qFail("the backends answer different review queues", __FILE__, __LINE__);
    return overHttp.value();
}

void tst_ReviewContract::theQueueIsTheSameThroughBoth()
{
    const QList<domain::ReviewItem> queue = queueThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue[0].taskId, 1);
    QCOMPARE(queue[0].reason, domain::ReviewReason::OutsideValidator);
    QCOMPARE(queue[0].validatedBy, u"a_stranger"_s);
    QCOMPARE(queue[1].reason, domain::ReviewReason::SelfValidation);
    for (const domain::ReviewItem &item : queue) {
        QCOMPARE(item.projectName, u"Roads"_s);
        QCOMPARE(item.projectUrl, u"https://tasks.example/projects/9201"_s);
        QCOMPARE(item.mappingRate, core::Money(120));
        QCOMPARE(item.mapperUserId, Mapper);
        QCOMPARE(item.mapperName, u"Mia Mapper"_s);
        QVERIFY(item.validatedAt.isValid());
    }
}

void tst_ReviewContract::eachTaskIsDecidedOnceThroughEither()
{
    const auto mapping = [this] {
        return scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE "
                      "project_id = 9201 AND kind = 'mapping'"_s);
    };
    const qint64 before = mapping();
    // Accepted over HTTP: the mapper is credited the task's rate, once.
    const auto accepted = testing::awaitClient(m_http->review().decide(9201, 1, true));
    QVERIFY2(accepted.ok(),
        qPrintable(accepted.ok() ? QString() : testing::describeError(accepted.error())));
    QCOMPARE(accepted.value(), core::Money(120));
    QCOMPARE(mapping(), before + 120);
    QCOMPARE(queueThroughBoth().size(), 1);
    // The same task again, through either: already resolved, nothing more credited.
    for (client::Backend *b : { static_cast<client::Backend *>(m_http.get()),
             static_cast<client::Backend *>(m_local.get()) }) {
        const auto again = testing::awaitClient(b->review().decide(9201, 1, true));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, "already_resolved");
    }
    QCOMPARE(mapping(), before + 120);
    // Rejected in process: nobody is paid, and the queue is empty through both.
    const auto rejected = testing::awaitClient(m_local->review().decide(9201, 2, false));
    QVERIFY(rejected.ok());
    QCOMPARE(rejected.value(), core::Money(0));
    QCOMPARE(mapping(), before + 120);
    QCOMPARE(queueThroughBoth().size(), 0);
}

QTEST_GUILESS_MAIN(tst_ReviewContract)
#include "tst_ReviewContract.moc"
