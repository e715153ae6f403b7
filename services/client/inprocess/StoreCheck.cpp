#include "services/client/inprocess/StoreCheck.h"

#include "services/core/Clock.h"
#include "services/store/Database.h"

#include <QtConcurrent>

namespace mikro::client {

QFuture<core::Result<store::SchemaState>> checkStore(store::DatabaseConfig config)
{
    return QtConcurrent::run([config = std::move(config)]() -> core::Result<store::SchemaState> {
        const core::SystemClock clock;
        store::Database db(config, 1);
        // The store's own pool thread does the work; this thread only waits for it, and the
        // Database is destroyed after its pool has finished.
        return QtConcurrent::run(&db.pool(), [&db, &clock] {
            core::Result<store::SchemaState> state = store::Migrator(db, clock).state();
            store::Database::releaseThreadState();
            return state;
        }).result();
    });
}

QString storePasswordService()
{
    return QStringLiteral("mikro:database");
}

QString storePasswordKey(const store::DatabaseConfig &config)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(config.user, config.host)
        .arg(config.port)
        .arg(config.databaseName);
}

} // namespace mikro::client
