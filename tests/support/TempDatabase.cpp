#include "tests/support/TempDatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mikro::testing {

namespace {

core::Error noPostgres(const QString &why)
{
    return core::Error::make(core::ErrorKind::Unavailable, "no_postgres", why, why);
}

/// Runs one statement on the maintenance database `postgres` with its own short-lived
/// connection.
core::Result<void> adminExec(const store::DatabaseConfig &config, const QString &statement)
{
    const QString name = u"mikro-test-admin-%1"_s.arg(QRandomGenerator::global()->generate64());
    core::Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(QString::fromUtf8(config.password.reveal()));
        db.setDatabaseName(u"postgres"_s);
        db.setConnectOptions(u"connect_timeout=5"_s);
        if (!db.open()) {
            result = noPostgres(u"PostgreSQL at %1:%2 unreachable: %3"_s.arg(config.host)
                                    .arg(config.port)
                                    .arg(db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                result = noPostgres(u"%1 failed: %2"_s.arg(statement, query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

bool TempDatabase::postgresRequired()
{
    return qEnvironmentVariable("MIKRO_TEST_REQUIRE_POSTGRES") == "1"_L1;
}

core::Result<std::shared_ptr<TempDatabase>> TempDatabase::create()
{
    return create(qEnvironmentVariable("MIKRO_TEST_DB", u"sqlite"_s) == "sqlite"_L1
            ? store::Engine::Sqlite
            : store::Engine::Postgres);
}

core::Result<std::shared_ptr<TempDatabase>> TempDatabase::create(store::Engine engine)
{
    std::shared_ptr<TempDatabase> db(new TempDatabase());
    if (engine == store::Engine::Sqlite) {
        db->m_dir = std::make_unique<QTemporaryDir>();
        db->m_config = store::DatabaseConfig::sqlite(db->m_dir->filePath(u"mikro-test.sqlite"_s));
        return db;
    }
    if (!qEnvironmentVariableIsSet("MIKRO_TEST_PG_HOST"))
        return noPostgres(u"MIKRO_TEST_PG_HOST is not set; run the tests with scripts/test.sh"_s);
    store::DatabaseConfig &config = db->m_config;
    config.engine = store::Engine::Postgres;
    config.host = qEnvironmentVariable("MIKRO_TEST_PG_HOST");
    config.port = qEnvironmentVariableIntValue("MIKRO_TEST_PG_PORT");
    config.user = qEnvironmentVariable("MIKRO_TEST_PG_USER");
    config.password = core::Secret(qgetenv("MIKRO_TEST_PG_PASSWORD"));
    config.sslMode = u"disable"_s;
    config.databaseName
        = u"mikro_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    if (auto created = adminExec(config, u"CREATE DATABASE %1"_s.arg(config.databaseName));
        !created.ok()) {
        return created.error();
    }
    return db;
}

TempDatabase::~TempDatabase()
{
    if (m_config.engine == store::Engine::Postgres) {
        // FORCE: a connection some test thread still holds must not keep the database alive.
        auto dropped = adminExec(
            m_config, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_config.databaseName));
        if (!dropped.ok())
            qWarning("could not drop test database: %s", qPrintable(dropped.error().diagnostic));
    }
}

QHash<QString, QString> TempDatabase::environment() const
{
    if (m_config.engine == store::Engine::Sqlite)
        return { { u"SQLITE_PATH"_s, m_config.sqlitePath } };
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_config.host);
    url.setPort(m_config.port);
    url.setUserName(m_config.user);
    url.setPassword(QString::fromUtf8(m_config.password.reveal()));
    url.setPath(u"/"_s + m_config.databaseName);
    url.setQuery(u"sslmode=disable"_s);
    return { { u"DATABASE_URL"_s, url.toString() } };
}

} // namespace mikro::testing
