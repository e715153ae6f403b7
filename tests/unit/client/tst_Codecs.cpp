#include "services/client/codec/JsonReader.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/client/codec/PersonCodec.h"
#include "services/client/codec/ProjectCodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QJsonObject parsed(const client::JsonWriter &writer)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(writer.finish(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

/// Every field differs from its default, so a field that is not written or not read fails.
domain::PayRequestRow fullRequest()
{
    domain::PayRequestRow r;
    r.id = 41;
    r.userId = u"auth0|mapper-1"_s;
    r.userName = u"Ana Lima"_s;
    r.osmUsername = u"ana_maps"_s;
    r.paymentEmail = u"ana@example.org"_s;
    r.amount = core::Money(1250);
    r.requestedAt = utc("2026-03-01T10:00:00Z");
    r.notes = u"March"_s;
    r.status = domain::PaymentStatus::Paid;
    r.decidedBy = u"auth0|admin-1"_s;
    r.decidedAt = utc("2026-03-02T11:30:05Z");
    r.decisionNote = u"ok"_s;
    r.paymentId = 7;
    return r;
}

domain::PaymentRow fullPayment()
{
    domain::PaymentRow p;
    p.id = 7;
    p.requestId = 41;
    p.userId = u"auth0|mapper-1"_s;
    p.userName = u"Ana Lima"_s;
    p.osmUsername = u"ana_maps"_s;
    p.paymentEmail = u"ana@example.org"_s;
    p.amount = core::Money(1250);
    p.externalRef = u"PAYONEER-77"_s;
    p.paidAt = utc("2026-03-02T11:30:05Z");
    p.paidBy = u"auth0|admin-1"_s;
    p.notes = u"batch 3"_s;
    return p;
}

domain::LedgerLine fullEntry()
{
    domain::LedgerLine e;
    e.id = 900;
    e.kind = domain::LedgerKind::Adjustment;
    e.amount = core::Money(-305);
    e.projectId = 101;
    e.taskId = 12;
    e.note = u"duplicate credit"_s;
    e.createdBy = u"auth0|admin-1"_s;
    e.createdAt = utc("2026-03-03T09:00:00Z");
    return e;
}

domain::PersonSummary fullPerson()
{
    domain::PersonSummary p;
    p.id = u"auth0|mapper-1"_s;
    p.name = u"Ana Lima"_s;
    p.email = u"ana@example.org"_s;
    p.osmUsername = u"ana_maps"_s;
    p.role = domain::Role::Validator;
    p.active = false;
    p.paid = core::Money(10000);
    p.pending = core::Money(1250);
    p.payable = core::Money(-75);
    p.tasksMapped = 31;
    p.tasksValidated = 29;
    p.paymentEmail = u"pay@example.org"_s;
    p.city = u"Recife"_s;
    p.country = u"BR"_s;
    p.joined = utc("2025-12-01T08:00:00Z");
    p.lastLoginAt = utc("2026-03-04T07:06:05Z");
    p.mapperPoints = 3;
    p.validatorPoints = 4;
    p.specialProjectPoints = 5;
    p.assignedProjects = 2;
    p.taskEarnings = core::Money(11175);
    return p;
}

domain::ProjectRow fullProject()
{
    domain::ProjectRow p;
    p.id = 101;
    p.name = u"Roads of Recife"_s;
    p.url = u"https://tasks.example/projects/101"_s;
    p.difficulty = u"hard"_s;
    p.active = true;
    p.visible = true;
    p.completed = true;
    p.totalTasks = 400;
    p.mappingRate = core::Money(150);
    p.validationRate = core::Money(50);
    p.budget = core::Money(80000);
    p.spent = core::Money(72500);
    p.maxEditors = 9;
    p.maxValidators = 3;
    p.editors = 8;
    p.validators = 2;
    p.mapped = 120;
    p.validated = 90;
    p.invalidated = 6;
    p.lastSyncedAt = utc("2026-03-05T12:00:00Z");
    p.createdAt = utc("2026-01-05T12:00:00Z");
    return p;
}

} // namespace

Q_DECLARE_METATYPE(mikro::domain::PayRequestRow)

/// The API.md shapes are described once (codec/*Codec.cpp) and both directions follow from it:
/// what the server writes, the desktop reads back equal; a broken answer is refused by name.
class tst_Codecs : public QObject
{
    Q_OBJECT

private slots:
    void payRequestRoundTrips_data();
    void payRequestRoundTrips();
    void paymentAndLedgerEntryRoundTrip();
    void userRowRoundTrips();
    void projectRoundTrips();
    void transactionsAnswerRoundTrips();
    void moneyIsWrittenAsApiMdSays();
    void brokenAnswersAreRefusedByName_data();
    void brokenAnswersAreRefusedByName();
};

void tst_Codecs::payRequestRoundTrips_data()
{
    QTest::addColumn<domain::PayRequestRow>("request");
    QTest::newRow("every field") << fullRequest();
    domain::PayRequestRow pending;
    pending.id = 1;
    pending.userId = u"u"_s;
    pending.amount = core::Money(1);
    pending.requestedAt = utc("2026-01-01T00:00:00Z");
    QTest::newRow("pending, nulls") << pending; // no email, no decision, no payment
    domain::PayRequestRow rejected = fullRequest();
    rejected.status = domain::PaymentStatus::Rejected;
    rejected.paymentId = 0;
    QTest::newRow("rejected") << rejected;
}

void tst_Codecs::payRequestRoundTrips()
{
    QFETCH(domain::PayRequestRow, request);
    const QJsonObject json = parsed(client::writePayRequest(request));
    const auto read = client::readPayRequest(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == request);
    QCOMPARE(json.value(u"task_ids"_s).toArray().size(), 0);
}

void tst_Codecs::paymentAndLedgerEntryRoundTrip()
{
    const auto payment = client::readPayment(parsed(client::writePayment(fullPayment())));
    QVERIFY(payment.ok());
    QVERIFY(payment.value() == fullPayment());
    domain::PaymentRow manual = fullPayment();
    manual.requestId = 0; // a manual payment answers no request: null
    const QJsonObject manualJson = parsed(client::writePayment(manual));
    QVERIFY(manualJson.value(u"request_id"_s).isNull());
    QVERIFY(client::readPayment(manualJson).value() == manual);

    const auto entry = client::readLedgerEntry(parsed(client::writeLedgerEntry(fullEntry())));
    QVERIFY(entry.ok());
    QVERIFY(entry.value() == fullEntry());
}

void tst_Codecs::userRowRoundTrips()
{
    const QJsonObject withEarnings = parsed(client::writeUserRow(fullPerson(), true));
    const auto read = client::readUserRow(withEarnings);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == fullPerson());
    QCOMPARE(withEarnings.value(u"requesting_payment"_s).toBool(), true);

    // The members' list leaves task earnings out: read back as zero, everything else equal.
    const QJsonObject members = parsed(client::writeUserRow(fullPerson(), false));
    QVERIFY(!members.contains(u"validated_tasks_amounts"_s));
    domain::PersonSummary expected = fullPerson();
    expected.taskEarnings = core::Money();
    QVERIFY(client::readUserRow(members).value() == expected);
}

void tst_Codecs::projectRoundTrips()
{
    const QJsonObject json = parsed(client::writeProject(fullProject()));
    const auto read = client::readProject(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == fullProject());
    QCOMPARE(json.value(u"budget_used_percent"_s).toInt(), 90); // 725.00 of 800.00
    QCOMPARE(json.value(u"budget_warning"_s).toBool(), true);
    QCOMPARE(json.value(u"source"_s).toString(), u"tm4"_s);
}

void tst_Codecs::transactionsAnswerRoundTrips()
{
    domain::PaymentRecordSet set;
    set.pending = { fullRequest(), fullRequest() };
    set.pending[1].id = 42;
    set.pending[1].status = domain::PaymentStatus::Pending;
    set.decided = { fullRequest() };
    set.payments = { fullPayment() };
    set.adjustments = { fullEntry() };
    for (const bool own : { true, false }) {
        client::JsonWriter envelope = client::JsonWriter::success(u"Transactions"_s);
        client::writePaymentRecords(envelope, set, own);
        const QJsonObject json = parsed(envelope);
        QCOMPARE(json.value(u"status"_s).toInt(), 200);
        const auto read = client::readPaymentRecords(json);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
        domain::PaymentRecordSet expected = set;
        if (!own)
            expected.adjustments.clear(); // an admin's view has no adjustments list
        QVERIFY(read.value() == expected);
    }
}

void tst_Codecs::moneyIsWrittenAsApiMdSays()
{
    // API.md §1.5: two decimals from the cents, never through a float, and the companion.
    domain::LedgerLine entry = fullEntry();
    entry.amount = core::Money(-300);
    const QByteArray written = client::writeLedgerEntry(entry).finish();
    QVERIFY2(written.contains(R"("amount":-3.00,"amount_cents":-300)"), written.constData());
    entry.amount = core::Money(5);
    QVERIFY(client::writeLedgerEntry(entry).finish().contains(R"("amount":0.05,"amount_cents":5)"));
    QVERIFY(client::writeLedgerEntry(entry).finish().contains(
        R"("created_at":"2026-03-03T09:00:00Z")"));
}

void tst_Codecs::brokenAnswersAreRefusedByName_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::addColumn<QString>("why");
    QTest::newRow("missing") << u"user_id"_s << QJsonValue(QJsonValue::Undefined) << u"missing"_s;
    QTest::newRow("cents missing")
        << u"amount_requested_cents"_s << QJsonValue(QJsonValue::Undefined) << u"missing"_s;
    QTest::newRow("cents fractional")
        << u"amount_requested_cents"_s << QJsonValue(12.5) << u"not an integer"_s;
    QTest::newRow("amount as text")
        << u"amount_requested"_s << QJsonValue(u"12.50"_s) << u"not a number"_s;
    QTest::newRow("unknown status")
        << u"request_status"_s << QJsonValue(u"Paid"_s) << u"an unknown word"_s;
    QTest::newRow("time not ISO") << u"date_requested"_s
                                  << QJsonValue(u"Mon, 02 Mar 2026 11:30:05 GMT"_s)
                                  << u"not an ISO 8601 time"_s;
    QTest::newRow("id as text") << u"id"_s << QJsonValue(u"41"_s) << u"not an integer"_s;
    QTest::newRow("null name") << u"user"_s << QJsonValue() << u"not text"_s;
}

void tst_Codecs::brokenAnswersAreRefusedByName()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, why);
    QJsonObject json = parsed(client::writePayRequest(fullRequest()));
    QVERIFY(client::readPayRequest(json).ok());
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const auto read = client::readPayRequest(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QByteArray("unreadable_answer"));
    QCOMPARE(read.error().diagnostic, u"PayRequest."_s + field + u": "_s + why);
    QVERIFY(!read.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Codecs)
#include "tst_Codecs.moc"
