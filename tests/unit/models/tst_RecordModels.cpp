#include "models/ItemRoles.h"
#include "models/SearchFilterModel.h"
#include "models/checklists/MyChecklistsModel.h"
#include "models/checklists/ReviewChecklistsModel.h"
#include "models/dashboard/EarningsByKindModel.h"
#include "models/dashboard/WeeklyTasksModel.h"
#include "models/payments/LedgerModel.h"
#include "models/payments/OrgAdjustmentsModel.h"
#include "models/payments/OrgPayoutsModel.h"
#include "models/payments/PaidPeriod.h"
#include "models/payments/PayoutRequestsModel.h"
#include "models/payments/PayoutsModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mikro;

Q_DECLARE_METATYPE(mikro::domain::LedgerQuery)

namespace {

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc());
}

domain::PayRequestRow request(qint64 id, qint64 cents, domain::PaymentStatus status, int day)
{
    domain::PayRequestRow r;
    r.id = id;
    r.amount = core::Money(cents);
    r.status = status;
    r.requestedAt = at(day);
    r.notes = u"note %1"_s.arg(id);
    return r;
}

/// The page of the ledger at `offset` of a ledger of `total` lines, `id` = position + 1.
domain::LedgerPage ledgerPage(qint64 offset, qint64 total)
{
    domain::LedgerPage page;
    page.offset = offset;
    page.total = total;
    for (qint64 i = offset; i < qMin(total, offset + 200); ++i) {
        domain::LedgerRow row;
        row.id = i + 1;
        row.kind = i % 5 == 0 ? domain::LedgerKind::Adjustment : domain::LedgerKind::Mapping;
        row.amount = core::Money(i % 5 == 0 ? -250 : 1000 + i);
        row.projectId = i % 5 == 0 ? 0 : 9001;
        row.projectName = u"Roads of Lima"_s;
        row.taskId = i % 5 == 0 ? 0 : i;
        row.note = i % 5 == 0 ? u"bank fee"_s : QString();
        row.createdAt = at(1).addSecs(-60 * i);
        page.rows << row;
    }
    return page;
}

} // namespace

/// The desktop's table models, each under QAbstractItemModelTester while it is fed exactly as
/// its page feeds it: whole record sets for the small tables, and page after page for the lazy
/// ledger, which asks for pages and new orders but never reads anything itself.
class tst_RecordModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void payoutRequestsAreNewestFirstWithRawSortValues();
    void payoutsAreNewestFirstAndExportPlainDecimals();
    void anAdminsPaymentsAndAdjustmentsNameThePeople();
    void paidPeriodsFollowTheLocalCalendar();
    void theLedgerAsksForPagesAndAppendsOnlyTheOneItAskedFor();
    void theLedgerAsksForANewFirstPageWhenSortedOrFiltered();
    void searchIgnoresCaseAndAccents();
    void dashboardModelsShowTheChartsNumbers();
    void checklistModelsCountItemsAndFlagWhatWaits();
};

void tst_RecordModels::payoutRequestsAreNewestFirstWithRawSortValues()
{
    models::PayoutRequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    domain::PaymentRecordSet set;
    set.pending = { request(3, 1550, domain::PaymentStatus::Pending, 9) };
    set.decided = { request(1, 900, domain::PaymentStatus::Paid, 2),
        request(2, 1000, domain::PaymentStatus::Rejected, 5) };
    model.setRequests(set, u"USD"_s);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.index(0, models::PayoutRequestsModel::Number).data().toString(), u"3"_s);
    QCOMPARE(model.index(1, models::PayoutRequestsModel::Number).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, models::PayoutRequestsModel::Amount).data().toString(), u"$15.50"_s);
    QCOMPARE(
        model.index(0, models::PayoutRequestsModel::Amount).data(models::SortRole).toLongLong(),
        1550);
    QCOMPARE(model.index(0, models::PayoutRequestsModel::Status).data().toString(), u"Pending"_s);
    QCOMPARE(model.index(1, 0).data(models::StatusRole).toString(), u"rejected"_s);
    QCOMPARE(model.index(1, models::PayoutRequestsModel::Status).data(models::CsvRole).toString(),
        u"rejected"_s);
    QCOMPARE(model.index(2, models::PayoutRequestsModel::Amount).data(models::CsvRole).toString(),
        u"9.00"_s);
    QCOMPARE(model.headerData(models::PayoutRequestsModel::MyNote, Qt::Horizontal).toString(),
        u"My note"_s);
    // Sorted by amount through the proxy, $9.00 comes before $10.00 (not as text).
    models::SearchFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(models::PayoutRequestsModel::Amount, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, models::PayoutRequestsModel::Number).data().toString(), u"1"_s);
    QCOMPARE(proxy.index(1, models::PayoutRequestsModel::Number).data().toString(), u"2"_s);
}

void tst_RecordModels::payoutsAreNewestFirstAndExportPlainDecimals()
{
    models::PayoutsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    domain::PaymentRow older { 1, 7, u"u"_s, u"Ana"_s, u"ana"_s, u"ana@pay.example"_s,
        core::Money(123456), u"TX-1"_s, at(2), u"admin"_s, u"March"_s, u"Ada Admin"_s };
    domain::PaymentRow newer = older;
    newer.id = 2;
    newer.requestId = 0;
    newer.paidAt = at(20);
    newer.amount = core::Money(-5);
    model.setPayments({ older, newer }, u"USD"_s);
    QCOMPARE(model.index(0, 0).data(models::IdRole).toLongLong(), 2);
    QCOMPARE(model.index(0, models::PayoutsModel::RequestNumber).data().toString(), QString());
    QCOMPARE(model.index(1, models::PayoutsModel::Amount).data().toString(), u"$1,234.56"_s);
    QCOMPARE(model.index(1, models::PayoutsModel::Amount).data(models::CsvRole).toString(),
        u"1234.56"_s);
    QCOMPARE(
        model.index(0, models::PayoutsModel::Amount).data(models::CsvRole).toString(), u"-0.05"_s);
    QCOMPARE(model.index(1, models::PayoutsModel::PaidOn).data(models::CsvRole).toString(),
        u"2026-03-03T01:00:00+13:00"_s); // local time with its offset (the tests run in Auckland)
    QCOMPARE(model.index(1, models::PayoutsModel::Amount).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    model.setPayments({}, u"USD"_s);
    QCOMPARE(model.rowCount(), 0);
}

void tst_RecordModels::anAdminsPaymentsAndAdjustmentsNameThePeople()
{
    models::OrgPayoutsModel payouts;
    QAbstractItemModelTester payoutsTester(
        &payouts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const domain::PaymentRow manual { 3, 0, u"u"_s, u"Ana Lima"_s, u"ana"_s, u"ana@pay.example"_s,
        core::Money(500), u"CASH-1"_s, at(4), u"admin"_s, u"cash"_s, u"Ada Admin"_s };
    domain::PaymentRow requested = manual;
    requested.id = 2;
    requested.requestId = 17;
    requested.osmUsername.clear();
    payouts.setPayments({ manual, requested }, u"USD"_s);
    using P = models::OrgPayoutsModel;
    QCOMPARE(payouts.index(0, P::Person).data().toString(), u"Ana Lima (ana)"_s);
    QCOMPARE(payouts.index(0, P::RequestNumber).data().toString(), u"Manual"_s);
    QCOMPARE(payouts.index(0, P::RequestNumber).data(models::CsvRole).toString(), QString());
    QCOMPARE(payouts.index(0, P::PaidBy).data().toString(), u"Ada Admin"_s);
    QCOMPARE(payouts.index(1, P::Person).data().toString(), u"Ana Lima"_s);
    QCOMPARE(payouts.index(1, P::RequestNumber).data().toString(), u"17"_s);

    models::OrgAdjustmentsModel adjustments;
    QAbstractItemModelTester adjustmentsTester(
        &adjustments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const domain::LedgerLine credit { 9, domain::LedgerKind::Adjustment, core::Money(250), 0, 0,
        u"Bonus"_s, u"admin"_s, at(5) };
    domain::LedgerLine debit = credit;
    debit.id = 10;
    debit.amount = core::Money(-2000);
    debit.note = u"Paid twice"_s;
    adjustments.setAdjustments({ { credit, u"u"_s, u"Ana Lima"_s, u"ana"_s, u"Ada Admin"_s },
                                   { debit, u"u"_s, u"Ana Lima"_s, u"ana"_s, u"Ada Admin"_s } },
        u"USD"_s);
    using A = models::OrgAdjustmentsModel;
    // Signed both ways: + a credit, − a debit; the CSV keeps plain decimals.
    QCOMPARE(adjustments.index(0, A::Amount).data().toString(), u"+$2.50"_s);
    QCOMPARE(adjustments.index(1, A::Amount).data().toString(), u"-$20.00"_s);
    QCOMPARE(adjustments.index(1, A::Amount).data(models::CsvRole).toString(), u"-20.00"_s);
    QCOMPARE(adjustments.index(1, A::Reason).data().toString(), u"Paid twice"_s);
    QCOMPARE(adjustments.index(0, A::By).data().toString(), u"Ada Admin"_s);
    QCOMPARE(adjustments.index(0, A::Person).data().toString(), u"Ana Lima (ana)"_s);
}

void tst_RecordModels::theLedgerAsksForPagesAndAppendsOnlyTheOneItAskedFor()
{
    models::LedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy more(&model, &models::LedgerModel::moreWanted);
    QVERIFY(!model.canFetchMore({})); // nothing known yet: nothing to ask for
    model.restart(ledgerPage(0, 450), u"USD"_s);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.total(), 450);
    if (more.isEmpty()) { // the tester's own checks may have scrolled already
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
    }
    QCOMPARE(more.count(), 1);
    const auto asked = more.takeFirst().first().value<domain::LedgerQuery>();
    QCOMPARE(asked.offset, 200);
    QVERIFY(!model.canFetchMore({})); // one page at a time
    model.fetchMore({});
    QCOMPARE(more.count(), 0);

    domain::LedgerQuery older = asked;
    older.sort = domain::LedgerQuery::Sort::Amount;
    QVERIFY(!model.append(ledgerPage(200, 450), older)); // an answer to another order
    QVERIFY(!model.append(ledgerPage(0, 450), asked)); // not the next page
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.append(ledgerPage(200, 450), asked));
    QCOMPARE(model.rowCount(), 400);
    QVERIFY(!model.append(ledgerPage(200, 450), asked)); // the same page twice
    model.fetchMore({});
    QCOMPARE(more.count(), 1);
    QVERIFY(
        model.append(ledgerPage(400, 450), more.takeFirst().first().value<domain::LedgerQuery>()));
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));

    QCOMPARE(model.index(0, models::LedgerModel::Kind).data().toString(), u"Adjustment"_s);
    QCOMPARE(model.index(0, models::LedgerModel::For).data().toString(), u"bank fee"_s);
    QCOMPARE(
        model.index(1, models::LedgerModel::For).data().toString(), u"Roads of Lima · task #1"_s);
    QCOMPARE(model.index(0, models::LedgerModel::Amount).data().toString(), u"-$2.50"_s);
    QCOMPARE(
        model.index(0, models::LedgerModel::Amount).data(models::CsvRole).toString(), u"-2.50"_s);

    model.fetchFailed();
    QVERIFY(!model.canFetchMore({}));
}

void tst_RecordModels::theLedgerAsksForANewFirstPageWhenSortedOrFiltered()
{
    models::LedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &models::LedgerModel::queryChanged);
    model.restart(ledgerPage(0, 450), u"USD"_s);
    model.sort(models::LedgerModel::Date, Qt::DescendingOrder); // already so
    QCOMPARE(changed.count(), 0);
    model.sort(models::LedgerModel::Amount, Qt::AscendingOrder);
    QCOMPARE(changed.count(), 1);
    auto query = changed.takeFirst().first().value<domain::LedgerQuery>();
    QCOMPARE(query.sort, domain::LedgerQuery::Sort::Amount);
    QVERIFY(!query.descending);
    QCOMPARE(query.offset, 0);
    QCOMPARE(model.rowCount(), 200); // the old rows stay until the new first page arrives
    model.setKind(domain::LedgerKind::Adjustment);
    QCOMPARE(changed.count(), 1);
    query = changed.takeFirst().first().value<domain::LedgerQuery>();
    QCOMPARE(query.kind, domain::LedgerKind::Adjustment);
    QCOMPARE(query.sort, domain::LedgerQuery::Sort::Amount);
    model.setKind(domain::LedgerKind::Adjustment);
    QCOMPARE(changed.count(), 0);
    domain::LedgerPage adjustments = ledgerPage(0, 90);
    model.restart(adjustments, u"USD"_s);
    QCOMPARE(model.rowCount(), 90);
    QVERIFY(!model.canFetchMore({}));
}

void tst_RecordModels::searchIgnoresCaseAndAccents()
{
    models::PayoutRequestsModel model;
    domain::PaymentRecordSet set;
    set.decided = { request(1, 100, domain::PaymentStatus::Paid, 2),
        request(2, 200, domain::PaymentStatus::Paid, 3) };
    set.decided[0].notes = u"Pago de José"_s;
    set.decided[1].notes = u"Maria"_s;
    model.setRequests(set, u"USD"_s);
    models::SearchFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearch(u"jose"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(
        proxy.index(0, models::PayoutRequestsModel::MyNote).data().toString(), u"Pago de José"_s);
    proxy.setSearch(u"PAGO  JOSÉ"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearch(u"pedro"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearch({});
    QCOMPARE(proxy.rowCount(), 2);
}

void tst_RecordModels::dashboardModelsShowTheChartsNumbers()
{
    models::WeeklyTasksModel weekly;
    QAbstractItemModelTester weeklyTester(
        &weekly, QAbstractItemModelTester::FailureReportingMode::QtTest);
    domain::WeeklySeries series;
    series.weekStarts = { QDate(2026, 3, 2), QDate(2026, 3, 9) };
    series.series = { { u"mapped"_s, { 0, 14 } }, { u"validated"_s, { 0, 3 } } };
    weekly.setSeries(series, { { u"mapped"_s, u"Mapped"_s }, { u"validated"_s, u"Validated"_s } });
    QCOMPARE(weekly.rowCount(), 2);
    QCOMPARE(weekly.columnCount(), 3);
    QCOMPARE(weekly.index(1, 0).data().toString(), u"9 Mar"_s);
    QCOMPARE(weekly.index(1, 1).data().toString(), u"14"_s);
    QCOMPARE(weekly.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), u"Validated"_s);
    QVERIFY(!weekly.isEmpty());
    series.series = { { u"mapped"_s, { 0, 0 } } };
    weekly.setSeries(series, { { u"mapped"_s, u"Mapped"_s } });
    QVERIFY(weekly.isEmpty());

    models::EarningsByKindModel earnings;
    QAbstractItemModelTester earningsTester(
        &earnings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(earnings.isEmpty());
    earnings.setEarnings(
        core::Money(1500), core::Money(0), core::Money(50), core::Money(-200), u"USD"_s);
    QCOMPARE(earnings.total(), core::Money(1350));
    QCOMPARE(earnings.index(3, 1).data().toString(), u"-$2.00"_s);
    QCOMPARE(earnings.index(0, 0).data().toString(), u"Mapping"_s);
    QVERIFY(!earnings.isEmpty());
}

void tst_RecordModels::checklistModelsCountItemsAndFlagWhatWaits()
{
    // Two of three items done, one of them confirmed; the other done one waits since day 3.
    domain::InstanceView v;
    v.id = 41;
    v.checklistId = 7;
    v.userName = u"Mia Mapper (mia)"_s;
    v.checklist.name = u"Road QA"_s;
    v.checklist.completionRate = core::Money(250);
    v.checklist.validationRate = core::Money(50);
    v.checklist.dueDate = QDate(2026, 3, 5);
    v.stale = true;
    v.startedAt = at(1);
    for (int n = 1; n <= 3; ++n) {
        domain::InstanceView::Item item;
        item.number = n;
        item.action = u"Step %1"_s.arg(n);
        if (n <= 2)
            item.completedAt = at(n + 1);
        if (n == 1)
            item.confirmedAt = at(4);
        v.items << item;
    }
    domain::InstanceView other = v;
    other.id = 42;
    other.stale = false;
    other.items[1].confirmedAt = at(5); // nothing waits
    other.checklist.dueDate = {};

    models::ReviewChecklistsModel review;
    QAbstractItemModelTester tester(
        &review, QAbstractItemModelTester::FailureReportingMode::QtTest);
    review.setChecklists({ v, other }, u"USD"_s, QDate(2026, 3, 10));
    using R = models::ReviewChecklistsModel;
    QCOMPARE(review.rowCount(), 2);
    QCOMPARE(review.index(0, R::Person).data().toString(), u"Mia Mapper (mia)"_s);
    QCOMPARE(review.index(0, R::Done).data().toString(), u"2/3"_s);
    QCOMPARE(review.index(0, R::Confirmed).data().toString(), u"1/3"_s);
    QCOMPARE(models::waitingSince(v), at(3));
    QCOMPARE(review.index(0, R::MyPay).data().toString(), u"$0.50"_s);
    QCOMPARE(review.index(0, R::MyPay).data(models::SortRole).toLongLong(), 50);
    QCOMPARE(review.index(0, R::MyPay).data(models::CsvRole).toString(), u"0.50"_s);
    QCOMPARE(review.index(0, R::Flags).data().toString(), u"Stale · Overdue"_s);
    QCOMPARE(review.index(0, R::Flags).data(models::StatusRole).toString(), u"overdue"_s);
    QCOMPARE(review.index(0, 0).data(models::IdRole).toLongLong(), 41);
    // Nothing waiting sorts after everything that waits.
    QVERIFY(review.index(1, R::WaitingSince).data(models::SortRole).toLongLong()
        > review.index(0, R::WaitingSince).data(models::SortRole).toLongLong());
    QVERIFY(review.index(1, R::WaitingSince).data().toString().isEmpty());
    QVERIFY(review.index(1, R::Flags).data().toString().isEmpty());

    models::MyChecklistsModel mine;
    QAbstractItemModelTester mineTester(
        &mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mine.setChecklists({ v }, u"USD"_s, QDate(2026, 3, 10));
    using M = models::MyChecklistsModel;
    QCOMPARE(mine.index(0, M::Done).data().toString(), u"2/3"_s);
    QCOMPARE(mine.index(0, M::Reward).data().toString(), u"$2.50"_s);
    QVERIFY(mine.index(0, M::Due).data().toString().endsWith(u" · Overdue"_s));
}

void tst_RecordModels::paidPeriodsFollowTheLocalCalendar()
{
    // In Auckland (UTC+13 in December), 10:00 UTC on 5 January is 23:00 local the same day;
    // 12:00 UTC is already 6 January, and 11:30 UTC on 31 December is 1 January local.
    const QByteArray zone = qgetenv("TZ");
    const auto restore = qScopeGuard([zone] {
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
    });
    qputenv("TZ", "Pacific/Auckland");
    const QDateTime now(QDate(2027, 1, 5), QTime(10, 0), Qt::UTC);
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    using models::PaidPeriod;
    QVERIFY(models::inPeriod(PaidPeriod::Any, utc(2001, 1, 1, 0, 0), now));
    QVERIFY(models::inPeriod(PaidPeriod::ThisMonth, utc(2026, 12, 31, 11, 30), now));
    QVERIFY(!models::inPeriod(PaidPeriod::ThisMonth, utc(2026, 12, 31, 10, 30), now));
    QVERIFY(models::inPeriod(PaidPeriod::LastMonth, utc(2026, 12, 31, 10, 30), now));
    QVERIFY(!models::inPeriod(PaidPeriod::LastMonth, utc(2026, 12, 31, 11, 30), now));
    QVERIFY(models::inPeriod(PaidPeriod::ThisYear, utc(2026, 12, 31, 11, 30), now));
    QVERIFY(!models::inPeriod(PaidPeriod::ThisYear, utc(2026, 12, 31, 10, 30), now));
    QVERIFY(models::inPeriod(PaidPeriod::Last30Days, utc(2026, 12, 7, 0, 0), now));
    QVERIFY(!models::inPeriod(PaidPeriod::Last30Days, utc(2026, 12, 5, 0, 0), now));
    QVERIFY(models::inPeriod(PaidPeriod::Last30Days, now, now));
    QCOMPARE(models::periodBounds(PaidPeriod::Any, now).first, QDateTime());
}

QTEST_GUILESS_MAIN(tst_RecordModels)
#include "tst_RecordModels.moc"
