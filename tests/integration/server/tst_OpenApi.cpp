#include "tests/integration/server/ServerFixture.h"
#include "tests/support/OpenApiCheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Mapper;
using testing::OpenApiCheck;

/// Issue #15 §2: the contract as a document. Every route the server answers is documented, every
/// documented operation is routed, the document is served without a token, and the check that
/// holds every answer of the server suites to it (ServerFixture::post) fails for the right reason.
class tst_OpenApi : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init() { startServer(); }
    void cleanup() { stopServer(); }
    void routesAndDocumentAgree();
    void theDocumentIsServedWithoutAToken();
    void anAnswerThatBreaksTheDocumentIsNamed();
};

void tst_OpenApi::routesAndDocumentAgree()
{
    const QStringList routes = m_server->router().routes();
    QVERIFY(routes.size() > 100);
    QSet<QString> routed;
    for (const QString &route : routes)
        routed.insert(OpenApiCheck::operationOf(
            route.section(u' ', 0, 0).toLatin1(), route.section(u' ', 1).toUtf8()));
    const QStringList documented = OpenApiCheck::served().operations();
    QStringList undocumented;
    for (const QString &operation : routed)
        if (!documented.contains(operation))
            undocumented << operation;
    // The lookup ServerFixture uses for every answer agrees with the list.
    for (const QString &operation : routed)
        QCOMPARE(OpenApiCheck::served().documents(operation), documented.contains(operation));
    QVERIFY(!OpenApiCheck::served().documents(u"POST /api/user/no_such_action"_s));
    undocumented.sort();
    QVERIFY2(undocumented.isEmpty(),
        qPrintable(u"routed, not documented: "_s + undocumented.join(u", "_s)));
    QStringList unrouted;
    for (const QString &operation : documented)
        if (!routed.contains(operation))
            unrouted << operation;
    QVERIFY2(
        unrouted.isEmpty(), qPrintable(u"documented, not routed: "_s + unrouted.join(u", "_s)));
}

void tst_OpenApi::theDocumentIsServedWithoutAToken()
{
    QFile compiled(u":/mikro/api/openapi.json"_s);
    QVERIFY(compiled.open(QIODevice::ReadOnly));
    const QByteArray document = compiled.readAll();
    for (const QByteArray &path :
        { QByteArray("/api/openapi.json"), QByteArray("/openapi.json") }) {
        const auto answer
            = testing::fetchOnce(m_port, "GET " + path + " HTTP/1.1\r\nHost: t\r\n\r\n");
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body, document);
    }
    const QJsonObject parsed = QJsonDocument::fromJson(document).object();
    QCOMPARE(parsed.value(u"openapi"_s).toString(), u"3.1.0"_s);
}

void tst_OpenApi::anAnswerThatBreaksTheDocumentIsNamed()
{
    const auto real = post(Mapper, "/api/transaction/fetch_user_payable", "{}");
    QCOMPARE(real.status, 200);
    const OpenApiCheck &check = OpenApiCheck::served();
    QCOMPARE(check.problems("POST", "/api/transaction/fetch_user_payable", 200, real.body),
        QStringList());
    // The unprefixed path and GET are the same operation.
    QCOMPARE(check.problems("GET", "/transaction/fetch_user_payable?x=1", 200, real.body),
        QStringList());

    QJsonObject broken = QJsonDocument::fromJson(real.body).object();
    broken.remove(u"status"_s);
    broken.insert(u"payable_total_cents"_s, u"1550"_s);
    const QStringList problems = check.problems(
        "POST", "/api/transaction/fetch_user_payable", 200, QJsonDocument(broken).toJson());
    QVERIFY2(problems.size() == 2, qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.filter(u"lacks the required status"_s).size() == 1,
        qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.filter(u".payable_total_cents: string"_s).size() == 1,
        qPrintable(problems.join(u'\n')));
    QCOMPARE(check.problems("POST", "/api/user/no_such_action", 200, "{}"),
        QStringList { u"POST /api/user/no_such_action is not documented"_s });
    QCOMPARE(check.problems("POST", "/api/transaction/fetch_user_payable", 200, "{").size(), 1);
}

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_OpenApi.moc"
