#include "services/client/codec/PayoutImportCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using domain::ImportVerdict;

template <typename Io, typename Row>
void describeMatched(Io &io, Row &r)
{
    io.integer(u"row"_s, r.line);
    io.integer(u"request_id"_s, r.requestId);
    io.nullableId(u"payment_id"_s, r.paymentId); // null in a dry run
    io.money(u"amount"_s, r.amount);
}

template <typename Io, typename Row>
void describeMismatched(Io &io, Row &r)
{
    io.integer(u"row"_s, r.line);
    io.integer(u"request_id"_s, r.requestId);
    io.word(u"reason"_s, r.verdict, &domain::verdictName, &domain::verdictNamed);
}

template <typename Io, typename Row>
void describeAlreadyPaid(Io &io, Row &r)
{
    io.integer(u"row"_s, r.line);
    io.integer(u"request_id"_s, r.requestId);
}

/// The answer's lists: rows split by verdict, each list in file order.
struct ImportLists
{
    QList<ImportedRow> matched;
    QList<ImportedRow> mismatched;
    QList<ImportedRow> alreadyPaid;
    int paidCount = 0;
    core::Money paidTotal;
};

template <typename Io, typename Lists>
void describeImport(Io &io, Lists &l)
{
    io.array(u"matched"_s, l.matched, [](auto &nested, auto &r) { describeMatched(nested, r); });
    io.array(u"mismatched"_s, l.mismatched,
        [](auto &nested, auto &r) { describeMismatched(nested, r); });
    io.array(u"already_paid"_s, l.alreadyPaid,
        [](auto &nested, auto &r) { describeAlreadyPaid(nested, r); });
    io.integer(u"paid_count"_s, l.paidCount);
    io.money(u"paid_total"_s, l.paidTotal);
}

template <typename Io, typename Batch>
void describeBatch(Io &io, Batch &b)
{
    io.text(u"filename"_s, b.filename);
    io.text(u"csv"_s, b.csv);
    io.integer(u"rows"_s, b.rows);
    io.money(u"total"_s, b.total);
    io.text(u"currency"_s, b.currency);
}

/// The batch's CSV travels as text; the codec's verbs read and write QString.
struct BatchText
{
    QString filename;
    QString csv;
    int rows = 0;
    core::Money total;
    QString currency;
};

} // namespace

int PayoutImport::count(ImportVerdict verdict) const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [&](const ImportedRow &r) { return r.verdict == verdict; }));
}

core::Money PayoutImport::matchedTotal() const
{
    qint64 cents = 0;
    for (const ImportedRow &r : rows)
        if (r.verdict == ImportVerdict::Matched)
            cents += r.amount.cents();
    return core::Money(cents);
}

PayoutImport payoutImportOf(const domain::ImportPreview &preview, bool applied)
{
    PayoutImport out;
    for (const domain::ImportRow &row : preview.rows) {
        const bool matched = row.verdict == ImportVerdict::Matched;
        out.rows << ImportedRow { row.line, row.requestId, row.verdict,
            matched ? row.amount : core::Money(), applied ? row.paymentId : 0 };
    }
    if (applied) {
        out.paidCount = out.count(ImportVerdict::Matched);
        out.paidTotal = out.matchedTotal();
    }
    return out;
}

void writePayoutImport(JsonWriter &envelope, const PayoutImport &result)
{
    ImportLists lists { {}, {}, {}, result.paidCount, result.paidTotal };
    for (const ImportedRow &r : result.rows) {
        if (r.verdict == ImportVerdict::Matched)
            lists.matched << r;
        else if (r.verdict == ImportVerdict::AlreadyPaid)
            lists.alreadyPaid << r;
        else
            lists.mismatched << r;
    }
    writeShape(envelope, lists, [](auto &io, auto &l) { describeImport(io, l); });
}

core::Result<PayoutImport> readPayoutImport(const QJsonObject &answer)
{
    auto lists = readShape<ImportLists>(
        answer, u"import_payout_results"_s, [](auto &io, auto &l) { describeImport(io, l); });
    if (!lists.ok())
        return lists.error();
    ImportLists &l = lists.value();
    for (ImportedRow &r : l.matched)
        r.verdict = ImportVerdict::Matched;
    for (ImportedRow &r : l.alreadyPaid)
        r.verdict = ImportVerdict::AlreadyPaid;
    PayoutImport out { l.matched + l.mismatched + l.alreadyPaid, l.paidCount, l.paidTotal };
    std::sort(out.rows.begin(), out.rows.end(),
        [](const ImportedRow &a, const ImportedRow &b) { return a.line < b.line; });
    return out;
}

PayoutBatch payoutBatchOf(const domain::PayoutBatchFile &file, const QDateTime &utc)
{
    return { u"mikro-payouts-%1.csv"_s.arg(utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s)),
        file.csv, file.rows, file.total, file.currency };
}

void writePayoutBatch(JsonWriter &envelope, const PayoutBatch &batch)
{
    const BatchText text { batch.filename, QString::fromUtf8(batch.csv), batch.rows, batch.total,
        batch.currency };
    writeShape(envelope, text, [](auto &io, auto &b) { describeBatch(io, b); });
}

core::Result<PayoutBatch> readPayoutBatch(const QJsonObject &answer)
{
    auto text = readShape<BatchText>(
        answer, u"export_payout_batch"_s, [](auto &io, auto &b) { describeBatch(io, b); });
    if (!text.ok())
        return text.error();
    return PayoutBatch { text.value().filename, text.value().csv.toUtf8(), text.value().rows,
        text.value().total, text.value().currency };
}

} // namespace mikro::client
