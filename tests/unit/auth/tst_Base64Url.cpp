#include "services/auth/Base64Url.h"

#include <QTest>

using mikro::auth::base64UrlDecode;
using mikro::auth::base64UrlEncode;

class tst_Base64Url : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips();
    void refusesOtherAlphabetsAndPadding_data();
    void refusesOtherAlphabetsAndPadding();
};

void tst_Base64Url::roundTrips()
{
    const QByteArray bytes("\xfb\xff\xfe\x00\x01 any bytes", 15);
    const QByteArray text = base64UrlEncode(bytes);
    QVERIFY(!text.contains('=') && !text.contains('+') && !text.contains('/'));
    QCOMPARE(base64UrlDecode(text).value_or(QByteArray("wrong")), bytes);
}

void tst_Base64Url::refusesOtherAlphabetsAndPadding_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("standard alphabet plus") << QByteArray("ab+c");
    QTest::newRow("standard alphabet slash") << QByteArray("ab/c");
    QTest::newRow("padding") << QByteArray("YQ==");
    QTest::newRow("space") << QByteArray("YW Jj");
    QTest::newRow("impossible length") << QByteArray("YWJjZ");
}

void tst_Base64Url::refusesOtherAlphabetsAndPadding()
{
    QFETCH(QByteArray, text);
    QVERIFY(!base64UrlDecode(text).has_value());
}

QTEST_GUILESS_MAIN(tst_Base64Url)
#include "tst_Base64Url.moc"
