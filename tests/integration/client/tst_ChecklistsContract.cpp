#include "services/client/ChecklistsClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using testing::Validator;

/// The person's checklist contract (DESIGN.md §2.1, UI.md §3.5) through both backends on one
/// database, both engines: the same lists, work started and ticked through one seen through the
/// other, comments added and deleted, and the same refusals with the same kinds and codes.
class tst_ChecklistsContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void myChecklistsAreTheSameThroughBoth();
    void workGoesThroughEitherBackend();
    void refusalsAreTheSameThroughBoth();
    void othersChecklistsAreConfirmedThroughEither();

private:
    /// Starts the template for `subject` over the API and marks items 1..`done` done.
    qint64 startAsOther(const QString &subject, int done);
    /// Both backends' lists, checked equal in what the API carries.
    domain::OwnChecklists sameThroughBoth();
    qint64 m_template = 0;
};

namespace {

QString failure(const core::Error &e)
{
    return testing::describeError(e);
}

} // namespace

void tst_ChecklistsContract::init()
{
    startBackends(Mapper);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_template = createRoadQaChecklist();
}

domain::OwnChecklists tst_ChecklistsContract::sameThroughBoth()
{
    const auto overHttp = testing::awaitClient(m_http->checklists().mine());
    const auto inProcess = testing::awaitClient(m_local->checklists().mine());
    if (!overHttp.ok() || !inProcess.ok()) {
        qWarning("%s", qPrintable(failure(overHttp.ok() ? inProcess.error() : overHttp.error())));
        return {};
    }
    const domain::OwnChecklists &h = overHttp.value();
    const domain::OwnChecklists &l = inProcess.value();
    [&] {
        QCOMPARE(h.available.size(), l.available.size());
        for (qsizetype i = 0; i < h.available.size(); ++i) {
            QCOMPARE(h.available[i].id, l.available[i].id);
            QCOMPARE(h.available[i].name, l.available[i].name);
            QCOMPARE(h.available[i].items.size(), l.available[i].items.size());
            QCOMPARE(h.available[i].completionRate, l.available[i].completionRate);
        }
        QCOMPARE(h.mine.size(), l.mine.size());
        for (qsizetype i = 0; i < h.mine.size(); ++i) {
            QCOMPARE(h.mine[i].id, l.mine[i].id);
            QCOMPARE(h.mine[i].completed, l.mine[i].completed);
            QCOMPARE(h.mine[i].confirmed, l.mine[i].confirmed);
            QCOMPARE(h.mine[i].checklist.name, l.mine[i].checklist.name);
            QCOMPARE(h.mine[i].checklist.dueDate, l.mine[i].checklist.dueDate);
            QCOMPARE(h.mine[i].items.size(), l.mine[i].items.size());
            for (qsizetype k = 0; k < h.mine[i].items.size(); ++k) {
                QCOMPARE(h.mine[i].items[k].number, l.mine[i].items[k].number);
                QCOMPARE(h.mine[i].items[k].action, l.mine[i].items[k].action);
                QCOMPARE(h.mine[i].items[k].completedAt.isValid(),
                    l.mine[i].items[k].completedAt.isValid());
            }
            QCOMPARE(h.mine[i].comments.size(), l.mine[i].comments.size());
            for (qsizetype k = 0; k < h.mine[i].comments.size(); ++k) {
                QCOMPARE(h.mine[i].comments[k].id, l.mine[i].comments[k].id);
                QCOMPARE(h.mine[i].comments[k].body, l.mine[i].comments[k].body);
                QCOMPARE(h.mine[i].comments[k].author, l.mine[i].comments[k].author);
            }
        }
    }();
    return h;
}

void tst_ChecklistsContract::myChecklistsAreTheSameThroughBoth()
{
    const domain::OwnChecklists own = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(own.mine.size(), 0);
    QCOMPARE(own.available.size(), 1);
    QCOMPARE(own.available[0].name, u"Road QA"_s);
    QCOMPARE(own.available[0].items.size(), 2);
    QCOMPARE(own.available[0].completionRate, core::Money(250));
    QCOMPARE(own.available[0].dueDate, QDate(2026, 12, 31)); // create_checklist keeps it
}

void tst_ChecklistsContract::workGoesThroughEitherBackend()
{
    QSignalSpy announced(&m_http->feed(), &client::ChangeFeed::changed);
    const auto started = testing::awaitClient(m_http->checklists().start(m_template));
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : failure(started.error())));
    QTRY_COMPARE(announced.size(), 1);
    const qint64 id = started.value();
    QCOMPARE(id, scalar(u"SELECT MAX(id) FROM user_checklists"_s));
    domain::OwnChecklists own = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(own.available.size(), 0);
    QCOMPARE(own.mine.size(), 1);

    const auto tick = [this, id](const QString &via, int number, bool done) {
        return testing::awaitClient(backend(via).checklists().setItemDone(id, number, done));
    };
    QVERIFY(tick(u"inprocess"_s, 1, true).ok());
    QVERIFY(tick(u"http"_s, 1, false).ok());
    QVERIFY(tick(u"http"_s, 1, true).ok());
    QVERIFY(tick(u"inprocess"_s, 2, true).ok());
    own = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(own.mine[0].completed);
    QVERIFY(own.mine[0].items[1].completedAt.isValid());

    const auto comment
        = testing::awaitClient(m_http->checklists().addComment(id, u"Bridges done too"_s));
    QVERIFY2(comment.ok(), qPrintable(comment.ok() ? QString() : failure(comment.error())));
    QVERIFY(comment.value() > 0);
    own = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(own.mine[0].comments.size(), 1);
    QCOMPARE(own.mine[0].comments[0].id, comment.value());
    QVERIFY(testing::awaitClient(m_local->checklists().deleteComment(comment.value())).ok());
    own = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(own.mine[0].comments.size(), 0);
}

void tst_ChecklistsContract::refusalsAreTheSameThroughBoth()
{
    const auto started = testing::awaitClient(m_local->checklists().start(m_template));
    QVERIFY(started.ok());
    const qint64 id = started.value();
    QVERIFY(testing::awaitClient(m_local->checklists().setItemDone(id, 1, true)).ok());
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":1}"_s.arg(id).toUtf8())
                 .status,
        200);
    // The admin's own checklist of the same template: not the mapper's to tick.
    const auto theirs = post(Admin, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8());
    QCOMPARE(theirs.status, 200);
    const qint64 adminsChecklist = json(theirs).value(u"user_checklist_id"_s).toInteger();
    const qint64 others = scalar(u"SELECT COUNT(*) FROM checklist_comments"_s);
    const auto voided = [](QFuture<core::Result<qint64>> f) {
        return f.then([](const core::Result<qint64> &r) -> core::Result<void> {
            if (!r.ok())
                return r.error();
            return {};
        });
    };
    const qint64 tmpl = m_template;
    using Refusal = testing::Refusal<void>;
    expectRefusedAlike<void>({
        Refusal { "started twice",
            [voided, tmpl](auto &b) { return voided(b.checklists().start(tmpl)); },
            core::ErrorKind::Conflict, "already_started" },
        Refusal { "a confirmed item reopened",
            [id](auto &b) { return b.checklists().setItemDone(id, 1, false); },
            core::ErrorKind::Conflict, "already_confirmed" },
        Refusal { "another person's checklist",
            [adminsChecklist](
                auto &b) { return b.checklists().setItemDone(adminsChecklist, 1, true); },
            core::ErrorKind::Forbidden, "not_owner" },
        Refusal { "an unknown item",
            [id](auto &b) { return b.checklists().setItemDone(id, 9, true); },
            core::ErrorKind::NotFound, "not_found" },
        Refusal { "an empty comment",
            [voided, id](auto &b) { return voided(b.checklists().addComment(id, {})); },
            core::ErrorKind::InvalidInput, "missing_field" },
        Refusal { "a comment too long",
            [voided, id](
                auto &b) { return voided(b.checklists().addComment(id, QString(2001, u'x'))); },
            core::ErrorKind::InvalidInput, "invalid_field" },
        Refusal { "an unknown comment",
            [](auto &b) { return b.checklists().deleteComment(987654); }, core::ErrorKind::NotFound,
            "not_found" },
    });
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), others);
}

qint64 tst_ChecklistsContract::startAsOther(const QString &subject, int done)
{
    const auto started = post(subject, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8());
    if (started.status != 200)
        return 0;
    const qint64 id = json(started).value(u"user_checklist_id"_s).toInteger();
    for (int number = 1; number <= done; ++number)
        if (post(subject, "/api/checklist/complete_list_item",
                u"{\"checklist_id\":%1,\"item_number\":%2}"_s.arg(id).arg(number).toUtf8())
                .status
            != 200)
            return 0;
    return id;
}

void tst_ChecklistsContract::othersChecklistsAreConfirmedThroughEither()
{
    // Both backends as the validator, on a fresh store.
    stopBackends();
    startBackends(Validator);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    QCOMPARE(post(Validator, "/api/login", "{}").status, 200); // the person's first sign-in
    onboard(Validator, u"validator_osm"_s);
    m_template = createRoadQaChecklist();
    const qint64 mappers = startAsOther(Mapper, 2);
    const qint64 admins = startAsOther(Admin, 1);
    QVERIFY(mappers > 0 && admins > 0);
    const auto own = testing::awaitClient(m_local->checklists().start(m_template));
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : failure(own.error())));
    QVERIFY(testing::awaitClient(m_http->checklists().setItemDone(own.value(), 1, true)).ok());

    // The same queue through both: the others' checklists, never the validator's own.
    const auto overHttp = testing::awaitClient(m_http->checklists().toReview());
    const auto inProcess = testing::awaitClient(m_local->checklists().toReview());
    QVERIFY2(overHttp.ok(), qPrintable(overHttp.ok() ? QString() : failure(overHttp.error())));
    QVERIFY2(inProcess.ok(), qPrintable(inProcess.ok() ? QString() : failure(inProcess.error())));
    QCOMPARE(overHttp.value().size(), 2);
    QCOMPARE(inProcess.value().size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const domain::InstanceView &h = overHttp.value()[i];
        const domain::InstanceView &l = inProcess.value()[i];
        QCOMPARE(h.id, l.id);
        QCOMPARE(h.userId, l.userId);
        QCOMPARE(h.userName, l.userName);
        QCOMPARE(h.awaitingConfirmation, l.awaitingConfirmation);
        QCOMPARE(h.completed, l.completed);
        QCOMPARE(h.items.size(), l.items.size());
        for (qsizetype k = 0; k < h.items.size(); ++k)
            QCOMPARE(h.items[k].completedAt.isValid(), l.items[k].completedAt.isValid());
    }
    QCOMPARE(overHttp.value()[0].id, mappers);
    QVERIFY(overHttp.value()[0].awaitingConfirmation);

    const qint64 ownId = own.value();
    using Refusal = testing::Refusal<void>;
    const auto voided = [](QFuture<core::Result<int>> f) {
        return f.then([](const core::Result<int> &r) -> core::Result<void> {
            if (!r.ok())
                return r.error();
            return {};
        });
    };
    expectRefusedAlike<void>({
        Refusal { "one's own item",
            [ownId](auto &b) { return b.checklists().confirmItem(ownId, 1); },
            core::ErrorKind::Forbidden, "own_checklist" },
        Refusal { "an item not done",
            [admins](auto &b) { return b.checklists().confirmItem(admins, 2); },
            core::ErrorKind::Refused, "item_not_completed" },
        Refusal { "all of a checklist not done",
            [voided, admins](auto &b) { return voided(b.checklists().confirmAll(admins)); },
            core::ErrorKind::Refused, "items_incomplete" },
        Refusal { "an unknown checklist",
            [](auto &b) { return b.checklists().confirmItem(987654, 1); },
            core::ErrorKind::NotFound, "not_found" },
    });

    // One item through each backend: the second confirms the checklist and credits both once.
    const QString credits = u"SELECT COUNT(*) FROM ledger_entries WHERE kind = '%1'"_s;
    const qint64 ownerCredits = scalar(credits.arg(u"checklist"_s));
    const qint64 validatorCredits = scalar(credits.arg(u"checklist_validation"_s));
    QSignalSpy announced(&m_local->feed(), &client::ChangeFeed::changed);
    QVERIFY(testing::awaitClient(m_http->checklists().confirmItem(mappers, 1)).ok());
    QVERIFY(testing::awaitClient(m_local->checklists().confirmItem(mappers, 2)).ok());
    QTRY_COMPARE(announced.size(), 1);
    QVERIFY(announced.constFirst().constFirst().value<QList<client::ChangeFeed::Area>>().contains(
        client::ChangeFeed::Area::Payouts));
    expectRefusedAlike<void>({
        Refusal { "an item confirmed before",
            [mappers](auto &b) { return b.checklists().confirmItem(mappers, 1); },
            core::ErrorKind::Conflict, "already_confirmed" },
    });
    QCOMPARE(scalar(credits.arg(u"checklist"_s)), ownerCredits + 1);
    QCOMPARE(scalar(credits.arg(u"checklist_validation"_s)), validatorCredits + 1);

    // The admin finishes theirs; "Confirm all" through HTTP confirms both done items.
    QCOMPARE(post(Admin, "/api/checklist/complete_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":2}"_s.arg(admins).toUtf8())
                 .status,
        200);
    const auto all = testing::awaitClient(m_http->checklists().confirmAll(admins));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : failure(all.error())));
    QCOMPARE(all.value(), 2);
    const auto after = testing::awaitClient(m_local->checklists().toReview());
    QVERIFY(after.ok());
    QVERIFY(std::ranges::all_of(after.value(), &domain::InstanceView::confirmed));
}

QTEST_GUILESS_MAIN(tst_ChecklistsContract)
#include "tst_ChecklistsContract.moc"
