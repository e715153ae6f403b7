#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/domain/money/PaymentRecords.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The CPU of writing `fetch_org_transactions` for an organisation with 1,000 decided requests,
/// 1,000 payments and 200 adjustments (issue 15: about 38 ms an answer, 32 µs a row), against
/// its baseline: Qt's own JSON writer writing the same answer (QJsonDocument::toJson of the
/// parsed answer). Run: build/…/tests/bench/bench_RecordsAnswer (release build for the figures).
class bench_RecordsAnswer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qtWriterBaseline();
    void orgTransactionsAnswer();

private:
    [[nodiscard]] QByteArray write() const;
    domain::PaymentRecordSet m_set;
    QJsonDocument m_parsed;
};

void bench_RecordsAnswer::initTestCase()
{
    const QDateTime at(QDate(2026, 6, 1), QTime(9, 30), QTimeZone::utc());
    const QStringList names
        = { u"Ana Souza (ana_maps)"_s, u"José Núñez (jnunez)"_s, u"Mia Mapper (mia_maps)"_s };
    for (int i = 0; i < 1000; ++i) {
        domain::PayRequestRow r;
        r.id = i + 1;
        r.userId = u"auth0|person-%1"_s.arg(i % 200);
        r.userName = names[i % names.size()];
        r.osmUsername = u"mapper_%1"_s.arg(i % 200);
        r.paymentEmail = u"person%1@example.org"_s.arg(i % 200);
        r.amount = core::Money(1000 + i);
        r.requestedAt = at.addSecs(qint64(i) * 60);
        r.notes = u"June's mapping"_s;
        r.status = domain::PaymentStatus::Paid;
        r.decidedBy = u"auth0|admin"_s;
        r.decidedAt = at.addSecs(qint64(i) * 60 + 3600);
        r.paymentId = i + 1;
        r.decidedByName = u"Ada Admin (ada_maps)"_s;
        m_set.decided << r;
        domain::PaymentRow p;
        p.id = i + 1;
        p.requestId = r.id;
        p.userId = r.userId;
        p.userName = r.userName;
        p.osmUsername = r.osmUsername;
        p.paymentEmail = r.paymentEmail;
        p.amount = r.amount;
        p.externalRef = u"PAYONEER-%1"_s.arg(100000 + i);
        p.paidAt = r.decidedAt;
        p.paidBy = r.decidedBy;
        p.notes = u"paid"_s;
        p.paidByName = r.decidedByName;
        m_set.payments << p;
    }
    for (int i = 0; i < 200; ++i) {
        domain::AdjustmentRow a;
        a.entry.id = i + 1;
        a.entry.kind = domain::LedgerKind::Adjustment;
        a.entry.amount = core::Money(i % 2 ? 250 : -125);
        a.entry.note = u"Correction \"overpaid\"\tline %1"_s.arg(i); // escaped by Qt's writer
        a.entry.createdBy = u"auth0|admin"_s;
        a.entry.createdAt = at.addSecs(qint64(i) * 90);
        a.userId = u"auth0|person-%1"_s.arg(i);
        a.userName = names[i % names.size()];
        a.osmUsername = u"mapper_%1"_s.arg(i);
        a.createdByName = u"Ada Admin (ada_maps)"_s;
        m_set.orgAdjustments << a;
    }
    const QByteArray answer = write();
    QJsonParseError error;
    m_parsed = QJsonDocument::fromJson(answer, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    qInfo("answer: %lld bytes, %lld rows", answer.size(),
        m_set.decided.size() + m_set.payments.size() + m_set.orgAdjustments.size());
}

QByteArray bench_RecordsAnswer::write() const
{
    client::JsonWriter out = client::JsonWriter::success(u"Transactions"_s);
    client::writePaymentRecords(out, m_set, client::RecordsView::Org);
    return out.finish();
}

void bench_RecordsAnswer::qtWriterBaseline()
{
    qsizetype bytes = 0;
    QBENCHMARK
    {
        bytes = m_parsed.toJson(QJsonDocument::Compact).size();
    }
    QVERIFY(bytes > 0);
}

void bench_RecordsAnswer::orgTransactionsAnswer()
{
    qsizetype bytes = 0;
    QBENCHMARK
    {
        bytes = write().size();
    }
    QVERIFY(bytes > 0);
}

QTEST_GUILESS_MAIN(bench_RecordsAnswer)
#include "bench_RecordsAnswer.moc"
