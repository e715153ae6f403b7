#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/checklists/ChecklistComments.h"
#include "services/domain/checklists/ChecklistService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include <atomic>
#include <latch>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::ChecklistDraft;
using domain::Role;

namespace {
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Owner { u"owner"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller Validator2 { u"validator-2"_s, u"org-a"_s, Role::Validator, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };

ChecklistDraft draft()
{
    ChecklistDraft d;
    d.name = u"Road QA"_s;
    d.completionRate = Money(500);
    d.validationRate = Money(120);
    d.visible = true;
    d.items = { { u"Check junctions"_s, u"https://wiki.example/junctions"_s },
        { u"Check names"_s, QString() } };
    return d;
}
} // namespace

/// Checklists (DESIGN.md §4): the owner ticks, others confirm, the last confirmation pays once;
/// both engines, with the two-validator race on real threads.
class tst_ChecklistService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fullConfirmationPaysOwnerAndLastValidatorOnce();
    void rulesOfTicking();
    void templatesAreChecked();
    void ratesAreSnapshottedAtStart();
    void twoValidatorsConfirmingTheLastItemsAtOncePayOnce();
    void commentsAndTheirDeletion();
    void commentsArePacedAndPaged();
    void staleAfterSeventyTwoHoursWithoutProgress();

private:
    qint64 startedChecklist();
    QStringList ledger();
    void exec(const QString &sql);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::ChecklistService> m_checklists;
    std::unique_ptr<domain::ChecklistComments> m_comments;
};

void tst_ChecklistService::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 4);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_checklists = std::make_unique<domain::ChecklistService>(*m_db, m_clock);
    m_comments = std::make_unique<domain::ChecklistComments>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO users (id, org_id, role, created_at) VALUES ('admin', 'org-a', 'admin', "
        u"'2026-01-01T00:00:00Z'), "
        "('owner', 'org-a', 'user', '2026-01-01T00:00:00Z'), ('validator', 'org-a', 'validator', "
        "'2026-01-01T00:00:00Z'), "
        "('validator-2', 'org-a', 'validator', '2026-01-01T00:00:00Z'), ('admin-b', 'org-b', 'admin', '2026-01-01T00:00:00Z')"_s);
}

void tst_ChecklistService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_comments.reset();
    m_checklists.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_ChecklistService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

QStringList tst_ChecklistService::ledger()
{
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    auto rows = tx.value().exec(u"SELECT user_id, kind, amount_cents FROM ledger_entries"_s);
    QStringList out;
    while (rows.ok() && rows.value().next())
        out << u"%1 %2 %3"_s.arg(rows.value().value(0).toString(), rows.value().value(1).toString())
                   .arg(rows.value().value(2).toLongLong());
    out.sort();
    return out;
}

qint64 tst_ChecklistService::startedChecklist()
{
    const auto id = m_checklists->createTemplate(Admin, draft());
    if (!id.ok() || !m_checklists->setActive(Admin, id.value(), true).ok())
        return 0;
    const auto started = m_checklists->start(Owner, id.value(), Owner.userId);
    return started.ok() ? started.value() : 0;
}

void tst_ChecklistService::fullConfirmationPaysOwnerAndLastValidatorOnce()
{
    const qint64 uc = startedChecklist();
    QVERIFY(uc > 0);
    QVERIFY(m_checklists->completeItem(Owner, uc, 0, true).ok());
    QVERIFY(m_checklists->completeItem(Owner, uc, 1, true).ok());
    QVERIFY(m_checklists->confirmItem(Validator2, uc, 0).ok());
    QCOMPARE(ledger(), QStringList()); // not all confirmed yet
    QVERIFY(m_checklists->confirmItem(Validator, uc, 1).ok());
    QCOMPARE(ledger(),
        QStringList({ u"owner checklist 500"_s, u"validator checklist_validation 120"_s }));
    QCOMPARE(
        m_checklists->confirmItem(Validator2, uc, 1).error().code, QByteArray("already_confirmed"));
    QCOMPARE(ledger().size(), 2);
    QVERIFY(domain::ChecklistBoard(*m_db, m_clock).mine(Owner).value().value(0).confirmed);
}

void tst_ChecklistService::rulesOfTicking()
{
    const qint64 uc = startedChecklist();
    QCOMPARE(
        m_checklists->completeItem(Validator, uc, 0, true).error().code, QByteArray("not_owner"));
    QCOMPARE(
        m_checklists->confirmItem(Validator, uc, 0).error().code, QByteArray("item_not_completed"));
    QVERIFY(m_checklists->completeItem(Owner, uc, 0, true).ok());
    QVERIFY(m_checklists->completeItem(Owner, uc, 0, false).ok()); // untick before confirmation
    QVERIFY(m_checklists->completeItem(Owner, uc, 0, true).ok());
    QCOMPARE(m_checklists->confirmItem(Owner, uc, 0).error().code,
        QByteArray("forbidden")); // a user confirms nothing
    QVERIFY(m_checklists->confirmItem(Validator, uc, 0).ok());
    QCOMPARE(m_checklists->completeItem(Owner, uc, 0, false).error().code,
        QByteArray("already_confirmed"));
    QCOMPARE(m_checklists->completeItem(Owner, uc, 7, true).error().code, QByteArray("not_found"));
    QCOMPARE(m_checklists->confirmItem(OtherOrgAdmin, uc, 1).error().code, QByteArray("not_found"));
    // A validator's own checklist is confirmed by someone else.
    const auto own = m_checklists->start(Validator,
        domain::ChecklistBoard(*m_db, m_clock).mine(Owner).value().value(0).checklistId,
        Validator.userId);
    QVERIFY(own.ok());
    QVERIFY(m_checklists->completeItem(Validator, own.value(), 0, true).ok());
    QCOMPARE(m_checklists->confirmItem(Validator, own.value(), 0).error().code,
        QByteArray("own_checklist"));
    QCOMPARE(
        m_checklists
            ->start(Validator,
                domain::ChecklistBoard(*m_db, m_clock).mine(Owner).value().value(0).checklistId,
                Validator.userId)
            .error()
            .code,
        QByteArray("already_started"));
}

void tst_ChecklistService::templatesAreChecked()
{
    ChecklistDraft d = draft();
    d.items[0].link = u"javascript:alert(1)"_s;
    QCOMPARE(m_checklists->createTemplate(Admin, d).error().field, u"items"_s);
    d = draft();
    d.validationRate = Money(-1);
    QCOMPARE(m_checklists->createTemplate(Admin, d).error().code, QByteArray("invalid_amount"));
    QCOMPARE(m_checklists->createTemplate(Owner, draft()).error().code, QByteArray("forbidden"));
    const qint64 id = m_checklists->createTemplate(Admin, draft()).value();
    QCOMPARE(m_checklists->start(Owner, id, Owner.userId).error().code,
        QByteArray("checklist_inactive"));
}

void tst_ChecklistService::ratesAreSnapshottedAtStart()
{
    const qint64 uc = startedChecklist();
    exec(u"UPDATE checklists SET completion_rate_cents = 9999, validation_rate_cents = 8888"_s);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(m_checklists->completeItem(Owner, uc, i, true).ok());
        QVERIFY(m_checklists->confirmItem(Validator, uc, i).ok());
    }
    QCOMPARE(ledger(),
        QStringList({ u"owner checklist 500"_s, u"validator checklist_validation 120"_s }));
}

void tst_ChecklistService::twoValidatorsConfirmingTheLastItemsAtOncePayOnce()
{
    const qint64 uc = startedChecklist();
    QVERIFY(m_checklists->completeItem(Owner, uc, 0, true).ok());
    QVERIFY(m_checklists->completeItem(Owner, uc, 1, true).ok());
    std::latch start(2);
    std::atomic<int> ok { 0 };
    QList<QFuture<void>> confirmations;
    for (const auto &[who, item] : { std::pair(Validator, 0), std::pair(Validator2, 1) }) {
        confirmations << QtConcurrent::run(&m_db->pool(), [&, who, item] {
            start.arrive_and_wait();
            if (m_checklists->confirmItem(who, uc, item).ok())
                ++ok;
        });
    }
    for (auto &c : confirmations)
        testing::joinWithin(c);
    QCOMPARE(ok.load(), 2);
    const QStringList entries = ledger();
    QCOMPARE(
        entries.size(), 2); // one completion credit, one validation credit: never none, never two
    QVERIFY(entries.contains(u"owner checklist 500"_s));
    QVERIFY(entries.filter(u"checklist_validation 120"_s).size() == 1);
}

void tst_ChecklistService::commentsAndTheirDeletion()
{
    const qint64 uc = startedChecklist();
    const qint64 mine = m_comments->add(Owner, uc, u"Done the junctions"_s).value();
    const qint64 theirs = m_comments->add(Validator, uc, u"Check the roundabout"_s).value();
    QCOMPARE(m_comments->add(Owner, uc, u"  "_s).error().field, u"comment"_s);
    QCOMPARE(m_comments->remove(Owner, theirs).error().code, QByteArray("not_owner"));
    QVERIFY(m_comments->remove(Owner, mine).ok());
    QVERIFY(m_comments->remove(Admin, theirs).ok()); // admins delete any
    QCOMPARE(m_comments->remove(Admin, theirs).error().code, QByteArray("not_found"));
}

void tst_ChecklistService::commentsArePacedAndPaged()
{
    // Issue 10 #13: one person cannot flood every validator's and admin's lists.
    const qint64 uc = startedChecklist();
    for (int i = 0; i < domain::CommentsPerMinute; ++i)
        QVERIFY(m_comments->add(Owner, uc, u"note %1"_s.arg(i)).ok());
    const auto tooFast = m_comments->add(Owner, uc, u"one more"_s);
    QVERIFY(!tooFast.ok());
    QCOMPARE(tooFast.error().code, QByteArray("rate_limited"));
    QCOMPARE(tooFast.error().kind, core::ErrorKind::RateLimited);
    QCOMPARE(tooFast.error().details.value(u"retry_after_s"_s).toInt(), 60);
    // The wait is until the oldest of the minute leaves it, not a fixed minute.
    m_clock.advance(std::chrono::seconds(45));
    const auto stillTooFast = m_comments->add(Owner, uc, u"one more"_s);
    QCOMPARE(stillTooFast.error().details.value(u"retry_after_s"_s).toInt(), 15);
    // Someone else's pace is their own.
    QVERIFY(m_comments->add(Validator, uc, u"looks good"_s).ok());
    for (int minute = 1; minute <= 3; ++minute) {
        m_clock.advance(std::chrono::seconds(61));
        for (int i = 0; i < domain::CommentsPerMinute; ++i)
            QVERIFY(m_comments->add(Owner, uc, u"note %1-%2"_s.arg(minute).arg(i)).ok());
    }
    // 41 live comments: the lists carry the newest 20, oldest first, and the count.
    const domain::ChecklistBoard board(*m_db, m_clock);
    const domain::InstanceView mine = board.mine(Owner).value().value(0);
    QCOMPARE(mine.commentCount, 41);
    QCOMPARE(mine.comments.size(), domain::CommentsInLists);
    QCOMPARE(mine.comments.constLast().body, u"note 3-9"_s);
    QCOMPARE(mine.comments.constFirst().body, u"note 2-0"_s);
    QCOMPARE(board.others(Validator).value().value(0).comments.size(), domain::CommentsInLists);
    // Older ones page back from the oldest shown.
    const auto older = board.commentPage(Validator, uc, mine.comments.constFirst().id, 15);
    QVERIFY(older.ok());
    QCOMPARE(older.value().comments.size(), 15);
    QVERIFY(older.value().more);
    QCOMPARE(older.value().comments.constLast().body, u"note 1-9"_s);
    const auto rest = board.commentPage(Owner, uc, older.value().comments.constFirst().id, 100);
    QCOMPARE(rest.value().comments.size(), 6);
    QVERIFY(!rest.value().more);
    QCOMPARE(rest.value().comments.constFirst().body, u"note 0"_s);
    // Other people's instances are not a mapper's to read; another organisation's are unknown.
    const Caller OtherMapper { u"validator-2"_s, u"org-a"_s, Role::User, true };
    QCOMPARE(board.commentPage(OtherMapper, uc, 0, 10).error().code, QByteArray("not_found"));
    QCOMPARE(board.commentPage(OtherOrgAdmin, uc, 0, 10).error().code, QByteArray("not_found"));
}

void tst_ChecklistService::staleAfterSeventyTwoHoursWithoutProgress()
{
    const qint64 uc = startedChecklist();
    m_clock.advance(71h);
    QVERIFY(!domain::ChecklistBoard(*m_db, m_clock).mine(Owner).value().value(0).stale);
    QVERIFY(m_checklists->completeItem(Owner, uc, 0, true).ok()); // progress resets the clock
    m_clock.advance(71h);
    QVERIFY(!domain::ChecklistBoard(*m_db, m_clock).mine(Owner).value().value(0).stale);
    m_clock.advance(1h);
    QVERIFY(domain::ChecklistBoard(*m_db, m_clock).mine(Owner).value().value(0).stale);
}

QTEST_GUILESS_MAIN(tst_ChecklistService)
#include "tst_ChecklistService.moc"
