#include "tests/support/SqlSeed.h"

#include "services/store/Database.h"

#include <QSqlQuery>
#include <QTest>

namespace mikro::testing {

void execSql(store::Database &db, const QString &sql)
{
    auto tx = db.begin();
    QVERIFY(tx.ok());
    const auto done = tx.value().exec(sql);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().diagnostic));
    QVERIFY(tx.value().commit().ok());
}

qint64 scalarSql(store::Database &db, const QString &sql)
{
    auto tx = db.begin(store::Database::Access::ReadOnly);
    if (!tx.ok())
        return -1;
    auto rows = tx.value().exec(sql);
    return rows.ok() && rows.value().next() ? rows.value().value(0).toLongLong() : -1;
}

} // namespace mikro::testing
