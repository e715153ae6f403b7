#include "services/client/ChecklistsClient.h"
#include "services/client/offline/OfflineBackend.h"
#include "services/core/UtcTime.h"
#include "services/domain/checklists/ChecklistComments.h"
#include "tests/integration/client/BackendPair.h"
#include "tests/support/FaultProxy.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using client::ChecklistChange;
using client::OutboxEntry;
using testing::Admin;
using testing::FaultProxy;
using testing::Mapper;
using testing::Validator;

/// The offline layer (DESIGN.md §9, UI.md §6) between a validator's desktop and a real
/// mikro-server, through a fault-injecting proxy on loopback, both engines: work queued without
/// a connection is sent once, in order; an answer lost after the server committed is not applied
/// twice; each conflict of UI.md §6 is settled with its words, two people acting; a server
/// restart mid-replay and an expired token lose nothing; an operation id sent with another body
/// is refused through either backend.
class tst_OfflineReplay : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startIdentityProvider();
        // The settled changes' words as a person reads them, English plurals included.
        QVERIFY(m_english.load(u"mikro_en"_s, QStringLiteral(MIKRO_QM_DIR)));
        QCoreApplication::installTranslator(&m_english);
    }
    void init();
    void cleanup();
    void workQueuedOfflineIsSentOnceInOrder();
    void anAnswerLostAfterTheCommitIsNotAppliedTwice();
    void somethingConfirmedMeanwhileIsAConflictNotALoss();
    void anItemUntickedMeanwhileIsNotConfirmed();
    void aChecklistGoneMeanwhileTakesItsChangesWithIt();
    void aLostRoleRefusesTheChange();
    void aServerRestartMidReplayLosesNothing();
    void anExpiredTokenHoldsTheReplayUntilSignIn();
    void aChangeTheServerAsksToWaitGoesWhenDue();
    void anOperationIdWithAnotherBodyIsRefusedThroughEither();

private:
    /// The validator's desktop through the proxy, its offline file in a temporary directory.
    void openDesktop();
    /// The mapper's Road QA with both items done; its id.
    qint64 mapperFinishesRoadQa();
    [[nodiscard]] client::OfflineChecklistsClient &checklists()
    {
        return m_desktop->offlineChecklists();
    }
    /// Waits until the outbox holds nothing waiting.
    [[nodiscard]] bool drained();
    [[nodiscard]] QList<domain::InstanceView> review();

    QTranslator m_english;
    FaultProxy m_proxy;
    QTemporaryDir m_files;
    QByteArray m_token;
    std::unique_ptr<client::HttpBackend> m_throughProxy;
    std::unique_ptr<client::OfflineBackend> m_desktop;
    qint64 m_template = 0;
};

void tst_OfflineReplay::init()
{
    startBackends(Validator);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    QCOMPARE(post(Validator, "/api/login", "{}").status, 200);
    onboard(Validator, u"validator_osm"_s);
    m_template = createRoadQaChecklist();
    if (m_proxy.port() == 0)
        QVERIFY(m_proxy.start());
    m_proxy.setTarget(m_port);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    m_token = m_idp->provider().mintAccessToken(Validator);
    openDesktop();
}

void tst_OfflineReplay::cleanup()
{
    m_throughProxy.reset(); // the inner backend first: its calls in flight end
    m_desktop.reset();
    m_proxy.dropOpenConnections();
    stopBackends();
}

void tst_OfflineReplay::openDesktop()
{
    const auto token = [this] {
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(core::Secret(m_token)));
    };
    // A short time limit: a blackholed request gives up in seconds, as a person's would not.
    m_throughProxy = std::make_unique<client::HttpBackend>(*m_network,
        QUrl(u"http://127.0.0.1:%1"_s.arg(m_proxy.port())), client::TokenSource { token, token },
        std::chrono::milliseconds(1500));
    m_desktop = std::make_unique<client::OfflineBackend>(*m_throughProxy, m_clock);
    QVERIFY(testing::awaitClient(m_desktop->open(m_files.filePath(u"validator-%1.sqlite"_s.arg(
                                     QString::fromLatin1(QTest::currentTestFunction())))))
                .ok());
    checklists().setPerson(Validator, u"Victor Validator (validator_osm)"_s);
}

qint64 tst_OfflineReplay::mapperFinishesRoadQa()
{
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8());
    if (started.status != 200)
        return 0;
    const qint64 id = json(started).value(u"user_checklist_id"_s).toInteger();
    for (int number : { 1, 2 })
        if (post(Mapper, "/api/checklist/complete_list_item",
                u"{\"checklist_id\":%1,\"item_number\":%2}"_s.arg(id).arg(number).toUtf8())
                .status
            != 200)
            return 0;
    return id;
}

bool tst_OfflineReplay::drained()
{
    return QTest::qWaitFor([this] { return m_desktop->outbox().waitingCount() == 0; }, 20000);
}

QList<domain::InstanceView> tst_OfflineReplay::review()
{
    const auto seen = testing::awaitClient(checklists().toReview());
    return seen.ok() ? seen.value() : QList<domain::InstanceView> {};
}

void tst_OfflineReplay::workQueuedOfflineIsSentOnceInOrder()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    QCOMPARE(review().size(), 1); // read while online, and kept
    const qint64 creditsBefore = scalar(u"SELECT COUNT(*) FROM ledger_entries"_s);
    m_proxy.setMode(FaultProxy::Mode::Drop);
    using State = client::Connectivity::State;

    // Offline: each change answers at once as queued, on disk, and shows in the kept read.
    QVERIFY(testing::awaitClient(checklists().confirmItem(roadQa, 1)).ok());
    QCOMPARE(m_desktop->connectivity().state(), State::Offline);
    const auto comment = testing::awaitClient(checklists().addComment(roadQa, u"Bridges OK"_s));
    QVERIFY(comment.ok());
    QVERIFY(comment.value() < 0); // a local id until it is sent
    QVERIFY(testing::awaitClient(checklists().confirmItem(roadQa, 2)).ok());
    QCOMPARE(m_desktop->outbox().waitingCount(), 3);
    const QList<domain::InstanceView> shown = review();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0].items[0].confirmedBy, u"Victor Validator (validator_osm)"_s);
    QVERIFY(shown[0].items[1].confirmedAt.isValid());
    QCOMPARE(shown[0].comments.constLast().body, u"Bridges OK"_s);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_at IS NOT NULL"_s), 0);

    // Back online: the back-off's probe sends them, in order, once.
    QSignalSpy sent(&checklists(), &client::OfflineChecklistsClient::sentAfterWaiting);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    QVERIFY(drained());
    QTRY_COMPARE_WITH_TIMEOUT(m_desktop->connectivity().state(), State::Online, 5000);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][0].toInt(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_at IS NOT NULL "
                    "AND confirmed_by = '%1'"_s.arg(Validator)),
        2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 1);
    // Confirming the last item credited both people once.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), creditsBefore + 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM applied_operations"_s), 3);
}

void tst_OfflineReplay::anAnswerLostAfterTheCommitIsNotAppliedTwice()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    QCOMPARE(review().size(), 1);
    m_proxy.setMode(FaultProxy::Mode::Cut);
    const auto queued = testing::awaitClient(checklists().addComment(roadQa, u"Once"_s));
    QVERIFY(queued.ok());
    QVERIFY(queued.value() < 0); // the answer never came: queued
    // Qt sends a request again once when its connection closes before any answer: the server
    // got it twice, with the same Idempotency-Key, and applied it once.
    QVERIFY(m_proxy.cutResponses() >= 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 1); // … but it committed
    m_proxy.setMode(FaultProxy::Mode::Pass);
    checklists().sendWaiting();
    QVERIFY(drained());
    // The replay got the first answer back: one comment, and its id is the local one's.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 1);
    QCOMPARE(m_desktop->outbox().serverId(queued.value()),
        std::optional<qint64>(scalar(u"SELECT MAX(id) FROM checklist_comments"_s)));
}

void tst_OfflineReplay::somethingConfirmedMeanwhileIsAConflictNotALoss()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    QCOMPARE(review().size(), 1);
    m_proxy.setMode(FaultProxy::Mode::Drop);
    QVERIFY(testing::awaitClient(checklists().confirmItem(roadQa, 1)).ok());
    // Meanwhile the admin, online, confirms the same item.
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":1}"_s.arg(roadQa).toUtf8())
                 .status,
        200);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    checklists().sendWaiting();
    QVERIFY(drained());
    QCOMPARE(m_desktop->outbox().entries().size(), 1);
    const OutboxEntry &settled = m_desktop->outbox().entries()[0];
    QCOMPARE(settled.state, OutboxEntry::State::Conflict);
    QVERIFY2(settled.message.startsWith(
                 u"Item 1 of 'Road QA' was already confirmed by Ada Admin (admin_osm) at "_s),
        qPrintable(settled.message));
    QVERIFY(settled.message.endsWith(u" — nothing was lost."_s));
    QCOMPARE(m_desktop->connectivity().state(), client::Connectivity::State::Attention);
    // Dismissed once read: gone, and the indicator is back to Online.
    QVERIFY(testing::awaitClient(m_desktop->outbox().remove(settled.seq)).ok());
    QTRY_COMPARE(m_desktop->connectivity().state(), client::Connectivity::State::Online);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_by = '%1'"_s.arg(Admin)),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_by = '%1'"_s.arg(
                 Validator)),
        0);
}

void tst_OfflineReplay::anItemUntickedMeanwhileIsNotConfirmed()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    QCOMPARE(review().size(), 1);
    m_proxy.setMode(FaultProxy::Mode::Drop);
    QVERIFY(testing::awaitClient(checklists().confirmItem(roadQa, 2)).ok());
    QCOMPARE(post(Mapper, "/api/checklist/uncomplete_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":2}"_s.arg(roadQa).toUtf8())
                 .status,
        200);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    checklists().sendWaiting();
    QVERIFY(drained());
    const OutboxEntry &settled = m_desktop->outbox().entries().value(0);
    QCOMPARE(settled.state, OutboxEntry::State::Refused);
    QCOMPARE(settled.message,
        u"Mia Mapper (mapper_osm) marked item 2 as not done before your confirmation arrived; it "
        "was not confirmed."_s);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_at IS NOT NULL"_s), 0);
}

void tst_OfflineReplay::aChecklistGoneMeanwhileTakesItsChangesWithIt()
{
    // Started, nothing done: the admin may still take it back.
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8());
    QCOMPARE(started.status, 200);
    const qint64 roadQa = json(started).value(u"user_checklist_id"_s).toInteger();
    QCOMPARE(review().size(), 1);
    m_proxy.setMode(FaultProxy::Mode::Drop);
    for (const QString &text : { u"Start with the bridges"_s, u"Then the names"_s })
        QVERIFY(testing::awaitClient(checklists().addComment(roadQa, text)).ok());
    QCOMPARE(post(Admin, "/api/checklist/unassign_user_checklist",
                 u"{\"checklist_id\":%1,\"user_id\":\"%2\"}"_s.arg(m_template).arg(Mapper).toUtf8())
                 .status,
        200);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    checklists().sendWaiting();
    QVERIFY(drained());
    const QList<OutboxEntry> &entries = m_desktop->outbox().entries();
    QCOMPARE(entries.size(), 2);
    for (const OutboxEntry &e : entries) {
        QCOMPARE(e.state, OutboxEntry::State::Refused);
        QCOMPARE(e.message,
            u"'Road QA' no longer exists for Mia Mapper (mapper_osm); 2 changes were not "
            "applied."_s);
    }
    QCOMPARE(entries[1].change.text, u"Then the names"_s); // its text can still be copied
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 0);
}

void tst_OfflineReplay::aLostRoleRefusesTheChange()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    QCOMPARE(review().size(), 1);
    m_proxy.setMode(FaultProxy::Mode::Drop);
    QVERIFY(testing::awaitClient(checklists().confirmItem(roadQa, 1)).ok());
    exec(u"UPDATE users SET role = 'user' WHERE id = '%1'"_s.arg(Validator));
    m_proxy.setMode(FaultProxy::Mode::Pass);
    checklists().sendWaiting();
    QVERIFY(drained());
    const OutboxEntry &settled = m_desktop->outbox().entries().value(0);
    QCOMPARE(settled.state, OutboxEntry::State::Refused);
    QCOMPARE(settled.message, u"You can no longer confirm checklists; 1 change was not applied."_s);
}

void tst_OfflineReplay::aServerRestartMidReplayLosesNothing()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    QCOMPARE(review().size(), 1);
    m_proxy.setMode(FaultProxy::Mode::Drop);
    for (int i = 1; i <= 6; ++i)
        QVERIFY(testing::awaitClient(checklists().addComment(roadQa, u"Note %1"_s.arg(i))).ok());
    // Slow answers, so the restart falls in the middle of the replay.
    m_proxy.setMode(FaultProxy::Mode::Delay, std::chrono::milliseconds(150));
    checklists().sendWaiting();
    QVERIFY(QTest::qWaitFor([this] { return m_desktop->outbox().waitingCount() <= 4; }, 20000));
    restartServerKeepingStore();
    m_proxy.dropOpenConnections(); // the request in flight dies with the old server
    m_proxy.setTarget(m_port);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    QVERIFY(drained());
    QCOMPARE(m_desktop->outbox().entries().size(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 6);
    QCOMPARE(scalar(u"SELECT COUNT(DISTINCT body) FROM checklist_comments"_s), 6);
}

void tst_OfflineReplay::anExpiredTokenHoldsTheReplayUntilSignIn()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    // A confirmation queued in an earlier offline session waits in the file; the replay meets
    // a token the server refuses, and a refresh that brings no better one.
    ChecklistChange confirm;
    confirm.kind = ChecklistChange::Kind::Confirm;
    confirm.checklistId = roadQa;
    confirm.itemNumber = 1;
    QVERIFY(testing::awaitClient(m_desktop->outbox().enqueue(confirm)).ok());
    m_token = "expired.token.value";
    checklists().sendWaiting();
    QVERIFY(QTest::qWaitFor([this] { return checklists().heldForSignIn(); }, 10000));
    QCOMPARE(m_desktop->outbox().waitingCount(), 1); // kept, not refused
    QCOMPARE(m_desktop->outbox().entries()[0].state, OutboxEntry::State::Waiting);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_at IS NOT NULL"_s), 0);
    // The same person signs in again: a fresh token, and it goes.
    m_token = m_idp->provider().mintAccessToken(Validator);
    checklists().resume();
    QVERIFY(drained());
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_at IS NOT NULL"_s), 1);
}

void tst_OfflineReplay::aChangeTheServerAsksToWaitGoesWhenDue()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    // The validator's minute of comments is full, its oldest 57 s old: the server answers 429
    // and says when there is room (3 s).
    for (int i = 0; i < domain::CommentsPerMinute; ++i)
        QCOMPARE(
            post(Validator, "/api/checklist/add_checklist_comment",
                u"{\"checklist_id\":%1,\"comment\":\"earlier %2\"}"_s.arg(roadQa).arg(i).toUtf8())
                .status,
            200);
    exec(u"UPDATE checklist_comments SET created_at = '%1'"_s.arg(
        core::toIsoUtcMillis(QDateTime::currentDateTimeUtc().addSecs(-57))));
    // Written offline; back in reach, the replay meets the full minute.
    m_proxy.setMode(FaultProxy::Mode::Drop);
    const auto queued
        = testing::awaitClient(checklists().addComment(roadQa, u"One more after all"_s));
    QVERIFY(queued.ok());
    QVERIFY(queued.value() < 0);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    checklists().sendWaiting();
    QVERIFY(QTest::qWaitFor(
        [this] { return m_desktop->outbox().entries().value(0).message.contains(u"too fast"_s); },
        5000));
    QCOMPARE(m_desktop->outbox().waitingCount(), 1); // asked to wait: waiting, not refused
    QCOMPARE(m_desktop->connectivity().state(), client::Connectivity::State::Syncing);
    // It goes by itself when it is due, once.
    QVERIFY(drained());
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM checklist_comments WHERE body = 'One more after all'"_s), 1);
    QVERIFY(m_desktop->outbox().serverId(queued.value()).has_value());
}

void tst_OfflineReplay::anOperationIdWithAnotherBodyIsRefusedThroughEither()
{
    const qint64 roadQa = mapperFinishesRoadQa();
    QVERIFY(roadQa > 0);
    ChecklistChange first;
    first.kind = ChecklistChange::Kind::AddComment;
    first.checklistId = roadQa;
    first.text = u"First"_s;
    ChecklistChange other = first;
    other.text = u"Another text"_s;
    const QUuid operation = QUuid::createUuid();
    const auto sent = testing::awaitClient(m_http->checklists().apply(first, operation));
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : testing::describeError(sent.error())));
    // The same operation through the other backend: the first answer, nothing applied again.
    const auto again = testing::awaitClient(m_local->checklists().apply(first, operation));
    QVERIFY2(
        again.ok(), qPrintable(again.ok() ? QString() : testing::describeError(again.error())));
    QCOMPARE(again.value(), sent.value());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 1);
    // Its id with another body: refused through either, nothing applied.
    for (client::Backend *b : { static_cast<client::Backend *>(m_http.get()),
             static_cast<client::Backend *>(m_local.get()) }) {
        const auto reused = testing::awaitClient(b->checklists().apply(other, operation));
        QVERIFY(!reused.ok());
        QCOMPARE(reused.error().kind, core::ErrorKind::Conflict);
        QCOMPARE(reused.error().code, QByteArray("idempotency_conflict"));
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 1);
    // And the other way round: first in process, replayed over HTTP.
    const QUuid second = QUuid::createUuid();
    const auto local = testing::awaitClient(m_local->checklists().apply(other, second));
    QVERIFY(local.ok());
    const auto remote = testing::awaitClient(m_http->checklists().apply(other, second));
    QVERIFY(remote.ok());
    QCOMPARE(remote.value(), local.value());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 2);
}

QTEST_GUILESS_MAIN(tst_OfflineReplay)
#include "tst_OfflineReplay.moc"
