#pragma once

#include "services/core/Result.h"
#include "services/store/DatabaseConfig.h"

#include <QTemporaryDir>

#include <memory>

namespace mikro::testing {

/// A fresh, empty database for one test, on the engine named by MIKRO_TEST_DB (`sqlite`, the
/// default, or `postgres`). PostgreSQL comes from MIKRO_TEST_PG_HOST/PORT/USER/PASSWORD (set by
/// scripts/test.sh): a database is created per instance and dropped with it. SQLite is a file in
/// a temporary directory, never `:memory:` (each pool thread would see its own empty database).
class TempDatabase
{
public:
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    /// Unavailable `no_postgres` when PostgreSQL is asked for but not configured or unreachable.
    [[nodiscard]] static core::Result<std::shared_ptr<TempDatabase>> create();
    /// The same on a given engine, whatever MIKRO_TEST_DB says.
    [[nodiscard]] static core::Result<std::shared_ptr<TempDatabase>> create(store::Engine engine);
    /// True when CI demands PostgreSQL (MIKRO_TEST_REQUIRE_POSTGRES=1): a missing server fails.
    [[nodiscard]] static bool postgresRequired();

    [[nodiscard]] const store::DatabaseConfig &config() const { return m_config; }
    /// The environment a child process needs to reach this database (DATABASE_URL or SQLITE_PATH).
    [[nodiscard]] QHash<QString, QString> environment() const;

private:
    TempDatabase() = default;

    store::DatabaseConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace mikro::testing

/// Creates `var` (a std::shared_ptr<TempDatabase>) or ends the test: QFAIL when PostgreSQL is
/// required, otherwise QSKIP with the reason.
#define MIKRO_TEMP_DATABASE(var)                                                                   \
    std::shared_ptr<mikro::testing::TempDatabase> var;                                             \
    do {                                                                                           \
        auto created_ = mikro::testing::TempDatabase::create();                                    \
        if (!created_.ok()) {                                                                      \
            const QByteArray why_ = created_.error().diagnostic.toUtf8();                          \
            if (mikro::testing::TempDatabase::postgresRequired())                                  \
                QFAIL(why_.constData());                                                           \
            QSKIP(why_.constData());                                                               \
        }                                                                                          \
        var = created_.value();                                                                    \
    } while (false)
