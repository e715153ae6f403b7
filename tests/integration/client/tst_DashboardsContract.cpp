#include "services/client/DashboardsClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Mapper;

/// The dashboards' contract (DESIGN.md §2.1) through both backends on one database, both
/// engines: the person's dashboard in their own calendar is equal value for value, its money
/// figures are the payouts area's, and a calendar the server cannot use is refused with its field.
class tst_DashboardsContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init() { startBackends(Mapper); }
    void cleanup() { stopBackends(); }
    void theDashboardIsTheSameThroughBoth();
    void aCalendarTheServerCannotUseIsRefused();
};

void tst_DashboardsContract::theDashboardIsTheSameThroughBoth()
{
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

QTEST_GUILESS_MAIN(tst_DashboardsContract)
#include "tst_DashboardsContract.moc"
