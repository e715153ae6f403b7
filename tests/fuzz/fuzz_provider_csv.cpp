#include "services/core/Clock.h"
#include "services/core/Csv.h"
#include "services/domain/money/ReconciliationService.h"
#include "services/store/Database.h"
#include "services/store/DatabaseConfig.h"
#include "services/store/Migrator.h"
#include "tests/fuzz/FuzzTarget.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mikro;

/// A payment provider's results file (DESIGN.md §4): the admin's preview of the import on a real
/// store — an organisation with an admin, a person and their pending request —, which parses the
/// CSV, finds the columns and reads every row's id, amount, email and status. The preview writes
/// nothing, so every input meets the same store.
namespace {

struct Store
{
    QTemporaryDir dir;
    core::SystemClock clock;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<domain::ReconciliationService> service;
    domain::Caller admin { u"admin"_s, u"org"_s, domain::Role::Admin, true };
};

Store &shared()
{
    // libFuzzer calls free functions: the store lives for the whole run.
    // NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
    static Store *s = [] {
        auto *made = new Store;
        made->db = std::make_unique<store::Database>(
            store::DatabaseConfig::sqlite(made->dir.filePath(u"fuzz.sqlite"_s)), 1);
        if (!store::Migrator(*made->db, made->clock).migrate().ok())
            qFatal("cannot prepare the store");
        auto tx = made->db->begin();
        if (!tx.ok())
            qFatal("cannot write the store");
        for (const QString &sql :
            { u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) VALUES "
              "('org', 'Org', 'USD', 1000, '2026-01-01T00:00:00Z')"_s,
                u"INSERT INTO users (id, org_id, osm_username, role, payment_email, created_at) "
                "VALUES ('admin', 'org', 'ada', 'admin', 'ada@example.org', "
                "'2026-01-01T00:00:00Z'), ('mia', 'org', 'mia', 'user', 'mia@example.org', "
                "'2026-01-01T00:00:00Z')"_s,
                u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
                "created_at) VALUES ('org', 'mia', 'adjustment', 5000, 'seed', "
                "'2026-01-01T00:00:00Z')"_s,
                u"INSERT INTO payment_requests (id, org_id, user_id, amount_cents, "
                "payment_email, status, requested_at) VALUES (1, 'org', 'mia', 1250, "
                "'mia@example.org', 'pending', '2026-01-02T00:00:00Z')"_s })
            if (!tx.value().exec(sql).ok())
                qFatal("cannot seed the store: %s", qPrintable(sql));
        if (!tx.value().commit().ok())
            qFatal("cannot commit the seed");
        made->service = std::make_unique<domain::ReconciliationService>(*made->db, made->clock);
        return made;
    }();
    return *s;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver plugins
    (void)shared();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)core::parseCsv(csv, 1000);
    (void)shared().service->preview(shared().admin, csv);
    return 0;
}
