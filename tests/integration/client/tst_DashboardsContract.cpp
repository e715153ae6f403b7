#include "services/client/DashboardsClient.h"
#include "services/client/ReconciliationClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The dashboards' contract (DESIGN.md §2.1) through both backends on one database, both
/// engines: the person's and the organisation's dashboards in the caller's calendar are equal
/// value for value, their money figures are the payouts area's, the organisation's is an admin's
/// only, and a calendar the server cannot use is refused with its field.
class tst_DashboardsContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void cleanup() { stopBackends(); }
    void theDashboardIsTheSameThroughBoth();
    void aCalendarTheServerCannotUseIsRefused();
    void theOrgDashboardIsTheSameThroughBoth();

private:
    /// The organisation's dashboard read through both backends, which must agree.
    domain::OrgDashboard orgThroughBoth();
};

void tst_DashboardsContract::theDashboardIsTheSameThroughBoth()
{
    startBackends(Mapper);
    const QTimeZone zone("Pacific/Auckland");
    const auto overHttp = testing::awaitClient(m_http->dashboards().person(zone, Qt::Sunday));
    const auto inProcess = testing::awaitClient(m_local->dashboards().person(zone, Qt::Sunday));
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QVERIFY2(inProcess.ok(),
        qPrintable(inProcess.ok() ? QString() : testing::describeError(inProcess.error())));
    QVERIFY(overHttp.value() == inProcess.value());
    const domain::PersonDashboard &d = overHttp.value();
    QCOMPARE(d.weekly.weekStarts.size(), 12);
    QCOMPARE(d.weekly.weekStarts.last().dayOfWeek(), int(Qt::Sunday));
    QCOMPARE(d.weekly.series.value(u"mapped"_s).size(), 12);

    const auto balance = testing::awaitClient(m_http->payouts().balance());
    QVERIFY(balance.ok());
    QCOMPARE(d.money.payable, balance.value().payable);
    QCOMPARE(d.money.earned, balance.value().earned);
    QCOMPARE(d.money.payable, core::Money(1550));
}

void tst_DashboardsContract::aCalendarTheServerCannotUseIsRefused()
{
    startBackends(Mapper);
    const auto badZone
        = post(Mapper, "/api/project/fetch_user_dashboard", R"({"time_zone":"Mars/Olympus_Mons"})");
    QCOMPARE(badZone.status, 400);
    QCOMPARE(json(badZone).value(u"field"_s).toString(), u"time_zone"_s);
    const auto badDay = post(Mapper, "/api/project/fetch_user_dashboard", R"({"week_start":8})");
    QCOMPARE(badDay.status, 400);
    QCOMPARE(json(badDay).value(u"field"_s).toString(), u"week_start"_s);
    const auto fine = post(Mapper, "/api/project/fetch_user_dashboard",
        R"({"time_zone":"America/Lima","week_start":"7"})");
    QCOMPARE(fine.status, 200);
}

domain::OrgDashboard tst_DashboardsContract::orgThroughBoth()
{
    const QTimeZone zone("Pacific/Auckland");
    const auto overHttp = testing::awaitClient(m_http->dashboards().org(zone, Qt::Monday));
    const auto inProcess = testing::awaitClient(m_local->dashboards().org(zone, Qt::Monday));
    if (!overHttp.ok() || !inProcess.ok()) {
        QTest::qFail(qPrintable(testing::describeError(
                         overHttp.ok() ? inProcess.error() : overHttp.error())),
            __FILE__, __LINE__);
        return {};
    }
    if (!(overHttp.value() == inProcess.value()))
        QTest::qFail("the backends answer different organisation dashboards", __FILE__, __LINE__);
    return overHttp.value();
}

void tst_DashboardsContract::theOrgDashboardIsTheSameThroughBoth()
{
    startBackends(Admin);
    seedSyncedProject(601);
    seedSyncedProject(602);
    exec(u"UPDATE orgs SET min_payout_cents = 1000 WHERE id = 'org_devstack'"_s);
    // 601's latest run failed; 602 failed once and then succeeded.
    exec(u"INSERT INTO sync_runs (project_id, status, started_at, finished_at, error) VALUES "
         "(601, 'succeeded', '2026-11-01T00:00:00Z', '2026-11-01T00:01:00Z', NULL), "
         "(601, 'failed', '2026-11-02T00:00:00Z', '2026-11-02T00:01:00Z', 'TM4 answered 502'), "
         "(602, 'failed', '2026-11-01T00:00:00Z', '2026-11-01T00:01:00Z', 'TM4 answered 502'), "
         "(602, 'succeeded', '2026-11-02T00:00:00Z', '2026-11-02T00:01:00Z', NULL)"_s);

    domain::OrgDashboard d = orgThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(d.activeProjects, 2);
    QCOMPARE(d.people, 2);
    QCOMPARE(d.admins, 1);
    QCOMPARE(d.syncProblems, 1);
    QCOMPARE(d.money.payable, core::Money(1550));
    QCOMPARE(d.canRequest, 1); // the mapper: 15.50 ≥ the 10.00 minimum, nothing pending
    QCOMPARE(d.pendingRequests, 0);
    QCOMPARE(d.paidThisMonth, core::Money(0));
    QCOMPARE(d.weekly.series.value(u"invalidated"_s).size(), 12);

    // A request leaves nobody who could request; paying it is paid out this month.
    const auto requested = post(Mapper, "/api/transaction/submit_payment_request", "{}");
    QCOMPARE(requested.status, 200);
    d = orgThroughBoth();
    QCOMPARE(d.pendingRequests, 1);
    QCOMPARE(d.money.pending, core::Money(1550));
    QCOMPARE(d.canRequest, 0);
    const auto paid = testing::awaitClient(m_http->reconciliation().pay(
        json(requested).value(u"request_id"_s).toInteger(), core::Money(1550), u"REF-1"_s, {}));
    QVERIFY(paid.ok());
    d = orgThroughBoth();
    QCOMPARE(d.pendingRequests, 0);
    QCOMPARE(d.money.paid, core::Money(1550));
    QCOMPARE(d.paidThisMonth, core::Money(1550));
    QCOMPARE(d.payoutsThisMonth, 1);
    QCOMPARE(d.paidLastMonth, core::Money(0));
    QCOMPARE(d.money.payable, core::Money(0));

    // A payout ten days before this month began counts for last month, not this one.
    const QDate firstOfMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const QString lastMonth
        = QDateTime(firstOfMonth.addDays(-10), QTime(12, 0), Qt::UTC).toString(Qt::ISODate);
    exec(u"INSERT INTO payments (org_id, user_id, amount_cents, external_ref, paid_by, paid_at) "
         "VALUES ('org_devstack', '%1', 300, 'REF-LAST', '%2', '%3')"_s.arg(
             Mapper, Admin, lastMonth));
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "payment_id, created_at) VALUES ('org_devstack', '%1', 'payout', -300, "
         "'payout:last-month', (SELECT id FROM payments WHERE external_ref = 'REF-LAST'), '%2')"_s
             .arg(Mapper, lastMonth));
    d = orgThroughBoth();
    QCOMPARE(d.paidThisMonth, core::Money(1550));
    QCOMPARE(d.payoutsThisMonth, 1);
    QCOMPARE(d.paidLastMonth, core::Money(300));
    QCOMPARE(d.payoutsLastMonth, 1);

    // A person who is not an admin is refused.
    QCOMPARE(post(Mapper, "/api/project/fetch_org_dashboard", "{}").status, 403);
}

QTEST_GUILESS_MAIN(tst_DashboardsContract)
#include "tst_DashboardsContract.moc"
