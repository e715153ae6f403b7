#include "models/payments/LedgerModel.h"
#include "services/client/AccountClient.h"
#include "services/client/PayoutsClient.h"
#include "services/client/Session.h"
#include "services/client/inprocess/InProcessBackend.h"
#include "services/core/Clock.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/bench/BenchSteps.h"
#include "tests/bench/LatencyProbe.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/TempDatabase.h"
#include "ui/common/RecordTable.h"
#include "ui/pages/LedgerPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mikro;

/// A long ledger through the desktop's Ledger tab (issue #12): the first page, scrolling to the
/// end a page of 200 at a time, a sort and a filter — each timed, with the longest stall of the
/// UI thread measured by an event-loop latency probe. In process on SQLite (the store does the
/// sorting and paging); the same model and panel run over HTTP.
/// Run: build/release/tests/bench/bench_LedgerModel (MIKRO_BENCH_LEDGER_ROWS, default 100000;
/// MIKRO_TEST_DB=postgres with the MIKRO_TEST_PG_* variables for PostgreSQL).
/// Exit status 1 when a step fails or, with MIKRO_BENCH_STALL_LIMIT_MS set, a stall exceeds it.
namespace {

const QString Subject = u"auth0|bench-ledger"_s;

bool seed(store::Database &db, qint64 rows)
{
    auto tx = db.begin();
    if (!tx.ok())
        return false;
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    constexpr qint64 Batch = 500;
    for (qint64 from = 0; from < rows; from += Batch) {
        QStringList values;
        for (qint64 i = from; i < qMin(rows, from + Batch); ++i) {
            const bool adjustment = i % 10 == 0;
            values << u"('org_bench', '%1', '%2', %3, 'b-%4', '%5')"_s.arg(Subject,
                adjustment ? u"adjustment"_s : u"mapping"_s,
                QString::number(adjustment ? -(i % 700 + 1) : 100 + i % 997), QString::number(i),
                start.addSecs(60 * i).toString(Qt::ISODate));
        }
        if (!tx.value()
                 .exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, "
                       "source_key, created_at) VALUES "_s
                     + values.join(u", "_s))
                 .ok())
            return false;
    }
    return tx.value().commit().ok();
}

using Step = testing::BenchStep;

template <typename Done>
bool waitFor(Done done, int timeoutMs = 600000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace

namespace {

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    const qint64 rows = qEnvironmentVariableIntValue("MIKRO_BENCH_LEDGER_ROWS") > 0
        ? qEnvironmentVariableIntValue("MIKRO_BENCH_LEDGER_ROWS")
        : 100000;
    const double stallLimit = qEnvironmentVariableIntValue("MIKRO_BENCH_STALL_LIMIT_MS");
    auto temp = testing::TempDatabase::create();
    if (!temp.ok()) {
        std::fprintf(stderr, "bench_LedgerModel: %s\n", qPrintable(temp.error().message));
        return 1;
    }
    core::SystemClock clock;
    store::Database db(temp.value()->config(), 2);
    if (const auto migrated = store::Migrator(db, clock).migrate(); !migrated.ok()) {
        std::fprintf(stderr, "bench_LedgerModel: %s\n", qPrintable(migrated.error().message));
        return 1;
    }
    client::InProcessBackend backend(db, clock);
    backend.setClaims(domain::SignInClaims {
        Subject, u"user"_s, u"org_bench"_s, u"bench@example.org"_s, u"Bench"_s, u"Ledger"_s });
    client::Session session;
    const auto admitted = testing::awaitResult(backend.account().signIn());
    const auto details = testing::awaitResult(backend.account().details());
    QElapsedTimer seeding;
    seeding.start();
    for (const auto *failed : { admitted && !admitted->ok() ? &admitted->error() : nullptr,
             details && !details->ok() ? &details->error() : nullptr }) {
        if (failed) {
            std::fprintf(stderr, "bench_LedgerModel: %s\n", qPrintable(failed->message));
            return 1;
        }
    }
    if (!admitted || !details || !seed(db, rows)) {
        std::fprintf(stderr, "bench_LedgerModel: could not prepare the ledger\n");
        return 1;
    }
    session.adopt(details->value());
    std::printf("ledger: %lld lines for one person on %s (seeded in %lld ms)\n",
        static_cast<long long>(rows), qPrintable(db.config().describe()), seeding.elapsed());

    ui::LedgerPanel panel(
        [&backend](const domain::LedgerQuery &query) { return backend.payouts().ledger(query); },
        session);
    panel.resize(1000, 700);
    panel.show();
    QTableView *view = panel.table()->view();
    testing::LatencyProbe probe;
    QList<Step> steps;
    QElapsedTimer timer;
    const auto footer = [&] { return panel.footerText(); };

    probe.start();
    timer.start();
    panel.reload();
    if (!waitFor([&] { return panel.model()->rowCount() == qMin<qint64>(200, rows); }))
        return 1;
    steps << Step { "first page", double(timer.nsecsElapsed()) / 1e6, probe.worstMs(), footer() };

    probe.start();
    timer.start();
    int pages = 1;
    while (panel.model()->rowCount() < rows) {
        const int before = panel.model()->rowCount();
        view->scrollToBottom();
        if (!waitFor([&] { return panel.model()->rowCount() > before; }))
            return 1;
        ++pages;
    }
    const double scrolled = double(timer.nsecsElapsed()) / 1e6;
    steps << Step { "scroll to the end", scrolled, probe.worstMs(),
        u"%1 pages, %2 ms a page"_s.arg(pages).arg(scrolled / pages, 0, 'f', 1) };

    view->scrollToTop();
    probe.start();
    timer.start();
    view->horizontalHeader()->setSortIndicator(models::LedgerModel::Amount, Qt::AscendingOrder);
    if (!waitFor([&] {
            return panel.model()->rowCount() == qMin<qint64>(200, rows)
                && panel.model()->query().sort == domain::LedgerQuery::Sort::Amount
                && panel.readsRunning() == 0;
        }))
        return 1;
    steps << Step { "sort by amount", double(timer.nsecsElapsed()) / 1e6, probe.worstMs(),
        footer() };

    view->scrollToTop();
    auto *kind = panel.findChild<QComboBox *>(u"ledgerKind"_s);
    probe.start();
    timer.start();
    kind->setCurrentIndex(5);
    emit kind->activated(5); // Adjustment
    const qint64 adjustments = (rows + 9) / 10;
    if (!waitFor(
            [&] { return panel.model()->total() == adjustments && panel.readsRunning() == 0; }))
        return 1;
    steps << Step { "filter: adjustments", double(timer.nsecsElapsed()) / 1e6, probe.worstMs(),
        footer() };

    const bool withinLimit = testing::printSteps(steps, stallLimit);
    panel.close();
    store::Database::releaseThreadState();
    return withinLimit ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    return testing::runGuarded("bench_LedgerModel", &run, argc, argv);
}
