#include "models/people/UsersModel.h"
#include "services/client/AccountClient.h"
#include "services/client/Session.h"
#include "services/client/inprocess/InProcessBackend.h"
#include "services/core/Clock.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/bench/BenchSteps.h"
#include "tests/bench/LatencyProbe.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/TempDatabase.h"
#include "ui/common/Banner.h"
#include "ui/common/RecordTable.h"
#include "ui/pages/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The Users page (UI.md §5.2) of an organisation with many people (issue #13: 2,000): loading,
/// sorting by several columns, filtering by role, searching, and scrolling from the top to the
/// end — each timed, with the longest stall of the UI thread measured by an event-loop latency
/// probe. In process on SQLite (MIKRO_TEST_DB=postgres with the MIKRO_TEST_PG_* variables for
/// PostgreSQL). Run: build/release/tests/bench/bench_UsersPage (MIKRO_BENCH_PEOPLE, default
/// 2000). Exit status 1 when a step fails or, with MIKRO_BENCH_STALL_LIMIT_MS set, a stall
/// exceeds it.
namespace {

const QString Subject = u"auth0|bench-admin"_s;

bool seed(store::Database &db, int people)
{
    auto tx = db.begin();
    if (!tx.ok())
        return false;
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    constexpr int Batch = 250;
    for (int from = 0; from < people; from += Batch) {
        QStringList users;
        QStringList ledger;
        for (int i = from; i < qMin(people, from + Batch); ++i) {
            const QString id = u"auth0|bench-%1"_s.arg(i);
            const QString role = i % 20 == 0 ? u"validator"_s : u"user"_s;
            users << u"('%1', 'org_bench', 'p%2@bench.example', 'Person', '%2', 'osm_%2', "
                     "'p%2@pay.example', '%3', '%4', '%5', %6)"_s.arg(id)
                         .arg(i)
                         .arg(role, start.addSecs(3600LL * i).toString(Qt::ISODate),
                             start.addSecs(600LL * i).toString(Qt::ISODate),
                             i % 50 == 0 ? u"'2026-01-01T00:00:00Z'"_s : u"NULL"_s);
            ledger << u"('org_bench', '%1', 'mapping', %2, 'm-%3', '%4')"_s.arg(id)
                          .arg(100 + (i * 37) % 5000)
                          .arg(i)
                          .arg(start.addSecs(60LL * i).toString(Qt::ISODate));
        }
        if (!tx.value()
                 .exec(u"INSERT INTO users (id, org_id, email, first_name, last_name, "
                       "osm_username, payment_email, role, created_at, last_login_at, "
                       "deactivated_at) VALUES "_s
                     + users.join(u", "_s))
                 .ok()
            || !tx.value()
                    .exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, "
                          "source_key, created_at) VALUES "_s
                        + ledger.join(u", "_s))
                    .ok())
            return false;
    }
    // The admin has finished their profile (onboarding), as the page requires.
    if (!tx.value()
             .exec(u"UPDATE users SET osm_username = 'bench_admin', payment_email = "
                   "'admin@pay.example', city = 'Lima', country = 'PE', terms_accepted_at = "
                   "'2026-01-01T00:00:00Z' WHERE id = '%1'"_s.arg(Subject))
             .ok())
        return false;
    return tx.value().commit().ok();
}

using Step = testing::BenchStep;

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each step's line as it comes
    const int people = qEnvironmentVariableIntValue("MIKRO_BENCH_PEOPLE") > 0
        ? qEnvironmentVariableIntValue("MIKRO_BENCH_PEOPLE")
        : 2000;
    const double stallLimit = qEnvironmentVariableIntValue("MIKRO_BENCH_STALL_LIMIT_MS");
    auto temp = testing::TempDatabase::create();
    if (!temp.ok()) {
        std::fprintf(stderr, "bench_UsersPage: %s\n", qPrintable(temp.error().message));
        return 1;
    }
    core::SystemClock clock;
    store::Database db(temp.value()->config(), 2);
    if (const auto migrated = store::Migrator(db, clock).migrate(); !migrated.ok()) {
        std::fprintf(stderr, "bench_UsersPage: %s\n", qPrintable(migrated.error().message));
        return 1;
    }
    client::InProcessBackend backend(db, clock);
    backend.setClaims(domain::SignInClaims {
        Subject, u"admin"_s, u"org_bench"_s, u"admin@example.org"_s, u"Bench"_s, u"Admin"_s });
    const auto admitted = testing::awaitResult(backend.account().signIn());
    const auto details = testing::awaitResult(backend.account().details());
    if (!admitted || !admitted->ok() || !details || !details->ok() || !seed(db, people)) {
        std::fprintf(stderr, "bench_UsersPage: could not prepare the organisation\n");
        return 1;
    }
    client::Session session;
    session.adopt(details->value());
    std::printf(
        "users: %d people (and the admin) on %s\n", people, qPrintable(db.config().describe()));

    ui::UsersPage page(
        ui::PageContext { backend, session, clock, [](const QUrl &) { return true; } });
    page.resize(1100, 760);
    QTableView *view = page.table()->view();
    QAbstractItemModel *rows = view->model();
    testing::LatencyProbe probe;
    QList<Step> steps;
    QElapsedTimer timer;
    const auto shown = [&] { return u"%1 rows"_s.arg(rows->rowCount()); };
    // The probe ticks once before each step, so a stall at the step's very start is measured.
    const auto begin = [&] {
        probe.start();
        if (!QTest::qWaitFor([&] { return probe.ticking(); }))
            std::fprintf(stderr, "bench_UsersPage: the probe never ticked\n");
        timer.start();
    };

    begin();
    page.show();
    if (!QTest::qWaitFor([&] { return page.hasLoaded() && !page.isLoading(); }, 20000)) {
        const auto *banner = page.findChild<ui::Banner *>();
        std::fprintf(stderr, "bench_UsersPage: the page did not load: %s\n",
            banner ? qPrintable(banner->message()) : "");
        return 1;
    }
    steps << Step { "load", double(timer.nsecsElapsed()) / 1e6, probe.worstMs(), shown() };

    for (const auto &[column, name] :
        { std::pair(int(models::UsersModel::Payable), "sort: payable"),
            std::pair(int(models::UsersModel::LastSignIn), "sort: last sign-in"),
            std::pair(int(models::UsersModel::Name), "sort: name") }) {
        begin();
        view->horizontalHeader()->setSortIndicator(column, Qt::DescendingOrder);
        view->viewport()->repaint(); // the repaint is part of the step
        QCoreApplication::processEvents(); // and the probe sees the stall it caused
        steps << Step { name, double(timer.nsecsElapsed()) / 1e6, probe.worstMs(), shown() };
    }

    auto *role = page.findChild<QComboBox *>(u"roleFilter"_s);
    begin();
    role->setCurrentIndex(2); // validators
    view->viewport()->repaint();
    QCoreApplication::processEvents();
    steps << Step { "filter: validators", double(timer.nsecsElapsed()) / 1e6, probe.worstMs(),
        shown() };
    role->setCurrentIndex(0);

    const int everyone = rows->rowCount();
    begin();
    page.table()->searchBox()->setText(u"osm_19"_s);
    if (!QTest::qWaitFor([&] { return rows->rowCount() < everyone; }, 10000))
        return 1;
    steps << Step { "search: osm_19", double(timer.nsecsElapsed()) / 1e6, probe.worstMs(),
        shown() };
    page.table()->searchBox()->clear();
    if (!QTest::qWaitFor([&] { return rows->rowCount() == everyone; }, 10000))
        return 1;

    QScrollBar *bar = view->verticalScrollBar();
    // The view lays out the whole list again before there is anything to scroll (a short list
    // never scrolls: the step then has no pages).
    (void)QTest::qWaitFor([&] { return bar->maximum() > 0; }, 2000);
    begin();
    int pages = 0;
    while (bar->value() < bar->maximum()) {
        const int before = bar->value();
        bar->setValue(before + qMax(1, bar->pageStep()));
        view->viewport()->repaint(); // each page painted
        QCoreApplication::processEvents();
        ++pages;
        if (bar->value() == before)
            return 1;
    }
    steps << Step { "scroll to the end", double(timer.nsecsElapsed()) / 1e6, probe.worstMs(),
        u"%1 pages"_s.arg(pages) };

    const bool withinLimit = testing::printSteps(steps, stallLimit);
    page.close();
    store::Database::releaseThreadState();
    return withinLimit ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    return testing::runGuarded("bench_UsersPage", &run, argc, argv);
}
