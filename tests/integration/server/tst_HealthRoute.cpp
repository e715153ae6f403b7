#include "app/server/ServerComposition.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {

QJsonObject bodyOf(const testing::RawResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

server::ServerConfig configFor(const store::DatabaseConfig &database)
{
    server::ServerConfig config;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.database = database;
    config.limits.workerThreads = 2;
    return config;
}

} // namespace

class tst_HealthRoute : public QObject
{
    Q_OBJECT
private slots:
    void healthyWithAReachableStore();
    void unhealthyWhenTheStoreIsUnreachable();
};

void tst_HealthRoute::healthyWithAReachableStore()
{
    MIKRO_TEMP_DATABASE(temp);
    server::ServerComposition composition(configFor(temp->config()));
    const auto schema = composition.prepareStore();
    QVERIFY(schema.ok());
    const auto port = composition.start();
    QVERIFY(port.ok());
    for (const QByteArray &path : { QByteArray("/health"), QByteArray("/api/health") }) {
        const auto response
            = testing::fetchOnce(port.value(), "GET " + path + " HTTP/1.1\r\nHost: t\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(bodyOf(*response).value(u"status"_s).toString(), u"healthy"_s);
        QCOMPARE(
            response->headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(response->headers.value("cache-control"), QByteArray("no-store"));
    }
}

void tst_HealthRoute::unhealthyWhenTheStoreIsUnreachable()
{
    MIKRO_TEMP_DATABASE(temp);
    store::DatabaseConfig unreachable = temp->config();
    if (unreachable.engine == store::Engine::Postgres) {
        // A port where nothing listens: bind one, note it, close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        unreachable.port = probe.serverPort();
        probe.close();
    } else {
        unreachable.sqlitePath = u"/proc/mikro-cannot-write-here/mikro.sqlite"_s;
    }
    server::ServerComposition composition(configFor(unreachable));
    QVERIFY(!composition.prepareStore().ok());
    const auto port = composition.start();
    QVERIFY(port.ok());
    const auto deep
        = testing::fetchOnce(port.value(), "GET /api/health HTTP/1.1\r\nHost: t\r\n\r\n");
    QVERIFY(deep);
    QCOMPARE(deep->status, 503);
    QCOMPARE(bodyOf(*deep).value(u"status"_s).toString(), u"unhealthy"_s);
    QCOMPARE(bodyOf(*deep).value(u"database"_s).toString(), u"unreachable"_s);
    // Liveness does not depend on the store.
    const auto shallow
        = testing::fetchOnce(port.value(), "GET /health HTTP/1.1\r\nHost: t\r\n\r\n");
    QVERIFY(shallow);
    QCOMPARE(shallow->status, 200);
}

QTEST_GUILESS_MAIN(tst_HealthRoute)
#include "tst_HealthRoute.moc"
