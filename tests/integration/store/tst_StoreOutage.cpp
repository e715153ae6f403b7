#include "services/core/Error.h"
#include "services/store/Database.h"
#include "services/store/DatabaseConfig.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

/// A PostgreSQL that does not answer (issue #15 §5): the first request waits out the connect
/// budget (a restarting server, a burst), but once the store is known to be down every request
/// fails at once as Unavailable (503) instead of each holding a worker for seconds.
class tst_StoreOutage : public QObject
{
    Q_OBJECT
private slots:
    void aDatabaseThatIsDownFailsAtOnce();
};

void tst_StoreOutage::aDatabaseThatIsDownFailsAtOnce()
{
    // A loopback port nobody listens on: every connect is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    store::DatabaseConfig config;
    config.engine = store::Engine::Postgres;
    config.host = u"127.0.0.1"_s;
    config.port = port;
    config.databaseName = u"mikro"_s;
    config.user = u"mikro"_s;
    store::Database db(config, 1);

    QElapsedTimer first;
    first.start();
    const auto waited = db.begin();
    QVERIFY(!waited.ok());
    QCOMPARE(waited.error().kind, core::ErrorKind::Unavailable);
    QVERIFY2(first.elapsed() >= store::Database::ConnectBudgetMs / 2,
        qPrintable(QString::number(first.elapsed())));

    for (int i = 0; i < 5; ++i) {
        QElapsedTimer next;
        next.start();
        const auto refused = db.begin();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, core::ErrorKind::Unavailable);
        QVERIFY2(next.elapsed() < 500, qPrintable(QString::number(next.elapsed())));
    }
}

QTEST_GUILESS_MAIN(tst_StoreOutage)
#include "tst_StoreOutage.moc"
