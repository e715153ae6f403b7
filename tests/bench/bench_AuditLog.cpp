#include "models/audit/AuditLogModel.h"
#include "services/client/AccountClient.h"
#include "services/client/Session.h"
#include "services/client/inprocess/InProcessBackend.h"
#include "services/core/Clock.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/bench/BenchSteps.h"
#include "tests/bench/LatencyProbe.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "ui/common/Banner.h"
#include "ui/pages/AuditLogPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The audit log (UI.md §5.9) of an organisation with a long history (issue #13: 1,000,000
/// entries): the first page, scrolling through ten pages read as the table reaches its end,
/// filtering by entity, searching inside the details (the store reads every entry), and a date
/// range — each timed to the rows shown, with the longest stall of the UI thread measured by an
/// event-loop latency probe. In process on SQLite (MIKRO_TEST_DB=postgres with the
/// MIKRO_TEST_PG_* variables for PostgreSQL). Run: build/release/tests/bench/bench_AuditLog
/// (MIKRO_BENCH_ENTRIES, default 1000000). Exit status 1 when a step fails or, with
/// MIKRO_BENCH_STALL_LIMIT_MS set, a stall exceeds it.
namespace {

const QString Subject = u"auth0|bench-admin"_s;
constexpr int PagesScrolled = 10;

using Step = testing::BenchStep;

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int entries = qEnvironmentVariableIntValue("MIKRO_BENCH_ENTRIES") > 0
        ? qEnvironmentVariableIntValue("MIKRO_BENCH_ENTRIES")
        : 1000000;
    const double stallLimit = qEnvironmentVariableIntValue("MIKRO_BENCH_STALL_LIMIT_MS");
    auto temp = testing::TempDatabase::create();
    if (!temp.ok()) {
        std::fprintf(stderr, "bench_AuditLog: %s\n", qPrintable(temp.error().message));
        return 1;
    }
    core::SystemClock clock;
    store::Database db(temp.value()->config(), 2);
    if (const auto migrated = store::Migrator(db, clock).migrate(); !migrated.ok()) {
        std::fprintf(stderr, "bench_AuditLog: %s\n", qPrintable(migrated.error().message));
        return 1;
    }
    client::InProcessBackend backend(db, clock);
    backend.setClaims(domain::SignInClaims {
        Subject, u"admin"_s, u"org_bench"_s, u"admin@example.org"_s, u"Bench"_s, u"Admin"_s });
    const auto admitted = testing::awaitResult(backend.account().signIn());
    QElapsedTimer seeding;
    seeding.start();
    // The newest entry a minute ago; a million minutes reach back almost two years.
    if (!admitted || !admitted->ok()
        || !testing::seedAuditEntries(
            db, u"org_bench"_s, Subject, entries, clock.nowUtc().addSecs(-60))) {
        std::fprintf(stderr, "bench_AuditLog: could not prepare the organisation\n");
        return 1;
    }
    testing::execSql(db,
        u"UPDATE users SET osm_username = 'bench_admin', payment_email = 'admin@pay.example', "
        "city = 'Lima', country = 'PE', terms_accepted_at = '2026-01-01T00:00:00Z' WHERE id = "
        "'%1'"_s.arg(Subject));
    const auto details = testing::awaitResult(backend.account().details());
    if (!details || !details->ok())
        return 1;
    client::Session session;
    session.adopt(details->value());
    std::printf("audit log: %d entries on %s (seeded in %.1f s)\n", entries,
        qPrintable(db.config().describe()), double(seeding.elapsed()) / 1000.0);

    ui::AuditLogPage page(
        ui::PageContext { backend, session, clock, [](const QUrl &) { return true; } });
    page.resize(1100, 760);
    QTableView *view = page.view();
    models::AuditLogModel *model = page.model();
    testing::LatencyProbe probe;
    QList<Step> steps;
    QElapsedTimer timer;
    const auto shown = [&] { return u"%1 rows"_s.arg(model->rowCount()); };
    const auto begin = [&] {
        probe.start();
        if (!QTest::qWaitFor([&] { return probe.ticking(); }))
            std::fprintf(stderr, "bench_AuditLog: the probe never ticked\n");
        timer.start();
    };
    const auto settled = [&] {
        return QTest::qWaitFor([&] { return page.hasLoaded() && !page.isLoading(); }, 120000);
    };
    const auto measure = [&](const char *name, const std::function<bool()> &done) {
        if (!QTest::qWaitFor(done, 120000)) {
            std::fprintf(stderr, "bench_AuditLog: %s did not finish\n", name);
            return false;
        }
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        steps << Step { name, double(timer.nsecsElapsed()) / 1e6, probe.worstMs(), shown() };
        return true;
    };

    begin();
    page.show();
    if (!settled()) {
        const auto *banner = page.findChild<ui::Banner *>();
        std::fprintf(stderr, "bench_AuditLog: the page did not load: %s\n",
            banner ? qPrintable(banner->message()) : "");
        return 1;
    }
    if (!measure("load", [] { return true; }))
        return 1;

    // The view asks for the next page when it is scrolled to its end.
    const int wanted = qMin(entries, (PagesScrolled + 1) * ui::AuditLogPage::PageSize);
    QScrollBar *bar = view->verticalScrollBar();
    begin();
    if (!measure("scroll 10 pages", [&] {
            bar->setValue(bar->maximum());
            return model->rowCount() >= wanted || !model->hasMore();
        }))
        return 1;

    auto *entity = page.findChild<QComboBox *>(u"auditEntity"_s);
    begin();
    entity->setCurrentIndex(entity->findData(u"project"_s));
    if (!measure("filter: projects", [&] {
            return settled() && model->rowCount() > 0 && model->entryAt(0).entity == "project"_L1;
        }))
        return 1;
    entity->setCurrentIndex(0);
    if (!settled())
        return 1;

    auto *search = page.findChild<QLineEdit *>(u"auditSearch"_s);
    begin();
    search->setText(u"Entry 99999\""_s); // one entry: the store reads every one
    if (!measure("search: one entry",
            [&] { return settled() && model->rowCount() <= 1 && !search->text().isEmpty(); }))
        return 1;
    search->clear();
    if (!QTest::qWaitFor([&] { return settled() && model->rowCount() > 1; }, 120000))
        return 1;

    auto *from = page.findChild<QDateEdit *>(u"auditFrom"_s);
    begin();
    from->setDate(from->date().addDays(-365));
    if (!measure("dates: a year more", [&] { return settled() && model->rowCount() > 0; }))
        return 1;

    const bool withinLimit = testing::printSteps(steps, stallLimit);
    page.close();
    store::Database::releaseThreadState();
    return withinLimit ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    return testing::runGuarded("bench_AuditLog", &run, argc, argv);
}
