#include "services/client/offline/Connectivity.h"
#include "services/client/offline/OfflineStore.h"
#include "services/client/offline/Outbox.h"
#include "services/core/Clock.h"
#include "tests/support/AwaitResult.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using client::ChecklistChange;
using client::OutboxEntry;

namespace {

template <typename T>
core::Result<T> settled(const QFuture<core::Result<T>> &future)
{
    const auto result = testing::awaitResult(future);
    if (!result)
        qFatal("the offline file did not answer in time");
    return *result;
}

/// The value of work that must succeed; the test program ends with the error otherwise.
template <typename T>
T done(const QFuture<core::Result<T>> &future)
{
    const core::Result<T> result = settled(future);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message + u" "_s + result.error().diagnostic));
    if constexpr (!std::is_void_v<T>)
        return result.value();
}

ChecklistChange tick(qint64 checklist, int item, bool on = true)
{
    ChecklistChange c;
    c.kind = ChecklistChange::Kind::SetDone;
    c.checklistId = checklist;
    c.itemNumber = item;
    c.done = on;
    c.checklistName = u"Road QA"_s;
    return c;
}

} // namespace

/// The offline file and its outbox (UI.md §6) on a real SQLite file, and the connection's
/// back-off and states: what is queued survives a restart in order with its operation id; a
/// local id is replaced by the server's once its change is sent; a newer file is refused.
class tst_Outbox : public QObject
{
    Q_OBJECT
private slots:
    void aQueuedChangeSurvivesARestartInOrder();
    void localIdsResolveOnceTheirChangeIsSent();
    void settledChangesStayUntilDismissed();
    void aNewerFileIsRefusedAndLeftAlone();
    void backoffGrowsToItsCapWithJitter();
    void theIndicatorFollowsRealOutcomes();

private:
    QTemporaryDir m_dir;
    core::SystemClock m_clock; // the back-off waits on real timers
    [[nodiscard]] QString file() const { return m_dir.filePath(u"offline.sqlite"_s); }
};

void tst_Outbox::aQueuedChangeSurvivesARestartInOrder()
{
    QList<OutboxEntry> before;
    {
        client::OfflineStore store(file());
        done(store.open());
        client::Outbox outbox(store, m_clock);
        done(outbox.load());
        for (int item = 1; item <= 3; ++item)
            before << done(outbox.enqueue(tick(7, item)));
        QCOMPARE(outbox.waitingCount(), 3);
        QCOMPARE(outbox.next()->seq, before[0].seq);
    }
    // A new process: the same rows, the same operation ids, the same order.
    client::OfflineStore store(file());
    done(store.open());
    client::Outbox outbox(store, m_clock);
    done(outbox.load());
    QCOMPARE(outbox.entries().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(outbox.entries()[i].seq, before[i].seq);
        QCOMPARE(outbox.entries()[i].operation, before[i].operation);
        QCOMPARE(outbox.entries()[i].change, before[i].change);
        QVERIFY(!outbox.entries()[i].operation.isNull());
    }
    QVERIFY(before[0].operation != before[1].operation);
    QVERIFY(before[0].seq < before[1].seq && before[1].seq < before[2].seq);
}

void tst_Outbox::localIdsResolveOnceTheirChangeIsSent()
{
    client::OfflineStore store(m_dir.filePath(u"ids.sqlite"_s));
    done(store.open());
    client::Outbox outbox(store, m_clock);
    done(outbox.load());
    ChecklistChange start;
    start.kind = ChecklistChange::Kind::Start;
    start.templateId = 3;
    const OutboxEntry started = done(outbox.enqueue(start));
    const OutboxEntry ticked = done(outbox.enqueue(tick(started.localId(), 1)));
    QVERIFY(started.localId() < 0);
    QVERIFY(!outbox.resolved(ticked.change)); // unknown until the start is sent
    QSignalSpy changed(&outbox, &client::Outbox::changed);
    done(outbox.markSent(started.seq, 501));
    QCOMPARE(changed.size(), 1);
    const auto resolved = outbox.resolved(ticked.change);
    QVERIFY(resolved);
    QCOMPARE(resolved->checklistId, 501);
    QCOMPARE(outbox.next()->seq, ticked.seq);
    // Known after a restart too: sent and mapped in one transaction.
    client::Outbox again(store, m_clock);
    done(again.load());
    QCOMPARE(again.entries().size(), 1);
    QCOMPARE(again.serverId(started.localId()), std::optional<qint64>(501));
}

void tst_Outbox::settledChangesStayUntilDismissed()
{
    client::OfflineStore store(m_dir.filePath(u"settled.sqlite"_s));
    done(store.open());
    client::Outbox outbox(store, m_clock);
    done(outbox.load());
    const OutboxEntry first = done(outbox.enqueue(tick(9, 1)));
    const OutboxEntry second = done(outbox.enqueue(tick(9, 2)));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(30);
    done(outbox.markRetry(first.seq, later, u"unreachable"_s));
    QCOMPARE(outbox.entries()[0].attempts, 1);
    QCOMPARE(outbox.entries()[0].nextAttemptAt.toSecsSinceEpoch(), later.toSecsSinceEpoch());
    done(outbox.settle(first.seq, OutboxEntry::State::Conflict, u"already confirmed"_s));
    QCOMPARE(outbox.next()->seq, second.seq); // a settled change no longer holds the line
    QCOMPARE(outbox.waitingCount(), 1);
    QCOMPARE(outbox.settledCount(), 1);
    client::Outbox reread(store, m_clock);
    done(reread.load());
    QCOMPARE(reread.entries()[0].state, OutboxEntry::State::Conflict);
    QCOMPARE(reread.entries()[0].message, u"already confirmed"_s);
    done(outbox.remove(first.seq));
    QCOMPARE(outbox.settledCount(), 0);
    QCOMPARE(outbox.entries().size(), 1);
}

void tst_Outbox::aNewerFileIsRefusedAndLeftAlone()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    {
        client::OfflineStore store(path);
        done(store.open());
        done(store.run<void>([](store::Transaction &tx) -> core::Result<void> {
            auto set = tx.exec(u"PRAGMA user_version = 99"_s);
            if (!set.ok())
                return set.error();
            return {};
        }));
    }
    client::OfflineStore store(path);
    const auto opened = settled(store.open());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QByteArray("offline_file_newer"));
}

void tst_Outbox::backoffGrowsToItsCapWithJitter()
{
    client::Backoff backoff(std::chrono::milliseconds(1000), std::chrono::milliseconds(60000), 42);
    QCOMPARE(backoff.ceiling(1).count(), 1000);
    QCOMPARE(backoff.ceiling(2).count(), 2000);
    QCOMPARE(backoff.ceiling(6).count(), 32000);
    QCOMPARE(backoff.ceiling(7).count(), 60000);
    QCOMPARE(backoff.ceiling(500).count(), 60000);
    QSet<qint64> seen;
    for (int attempt = 1; attempt <= 12; ++attempt)
        for (int i = 0; i < 20; ++i) {
            const qint64 wait = backoff.delay(attempt).count();
            const qint64 top = backoff.ceiling(attempt).count();
            QVERIFY2(wait >= top / 2 && wait <= top, qPrintable(QString::number(wait)));
            seen.insert(wait);
        }
    QVERIFY(seen.size() > 100); // jittered, not one fixed schedule
}

void tst_Outbox::theIndicatorFollowsRealOutcomes()
{
    client::Connectivity c(m_clock, nullptr, 7);
    using State = client::Connectivity::State;
    QSignalSpy states(&c, &client::Connectivity::stateChanged);
    QCOMPARE(c.state(), State::Online);
    c.setOutbox(2, 0, true);
    QCOMPARE(c.state(), State::Syncing);
    c.contactLost();
    QCOMPARE(c.state(), State::Offline);
    QVERIFY(c.nextRetry() > QDateTime::currentDateTimeUtc());
    QVERIFY(c.nextRetry() <= QDateTime::currentDateTimeUtc().addMSecs(1000));
    c.contactLost(); // the second failure waits longer, up to 2 s
    QCOMPARE(c.failures(), 2);
    QSignalSpy due(&c, &client::Connectivity::retryDue);
    QVERIFY(due.wait(3000)); // the probe comes by itself
    c.contactMade();
    QCOMPARE(c.state(), State::Syncing);
    c.setOutbox(0, 1, false);
    QCOMPARE(c.state(), State::Attention);
    c.setOutbox(0, 0, false);
    QCOMPARE(c.state(), State::Online);
    QCOMPARE(states.size(), 5);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_Outbox.moc"
