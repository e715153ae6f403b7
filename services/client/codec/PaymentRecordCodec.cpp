#include "services/client/codec/PaymentRecordCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

/// No request or payment lists tasks any more (API.md §2): always `[]`.
const QJsonValue NoTaskIds = QJsonArray();

/// `taskIds`: `[]` in the lists; the request's own in fetch_payment_request_details.
template <typename Io, typename Row>
void describePayRequest(Io &io, Row &r, const QJsonValue &taskIds = NoTaskIds)
{
    io.integer(u"id"_s, r.id);
    io.text(u"user_id"_s, r.userId);
    io.text(u"user"_s, r.userName);
    io.nullableText(u"osm_username"_s, r.osmUsername);
    io.nullableText(u"payment_email"_s, r.paymentEmail);
    io.money(u"amount_requested"_s, r.amount);
    io.time(u"date_requested"_s, r.requestedAt);
    io.text(u"notes"_s, r.notes);
    io.derived(u"task_ids"_s, taskIds);
    io.word(
        u"request_status"_s, r.status, &domain::paymentStatusText, &domain::paymentStatusFromText);
    io.nullableText(u"decided_by"_s, r.decidedBy);
    io.nullableText(u"decided_by_name"_s, r.decidedByName);
    io.time(u"decided_at"_s, r.decidedAt);
    io.nullableText(u"decision_note"_s, r.decisionNote);
    io.nullableId(u"payment_id"_s, r.paymentId);
}

template <typename Io, typename Row>
void describePayment(Io &io, Row &p)
{
    io.integer(u"id"_s, p.id);
    io.nullableId(u"request_id"_s, p.requestId);
    io.text(u"user_id"_s, p.userId);
    io.text(u"user"_s, p.userName);
    io.nullableText(u"osm_username"_s, p.osmUsername);
    io.nullableText(u"payment_email"_s, p.paymentEmail);
    io.money(u"amount_paid"_s, p.amount);
    io.nullableText(u"payoneer_id"_s, p.externalRef);
    io.time(u"date_paid"_s, p.paidAt);
    io.text(u"paid_by"_s, p.paidBy);
    io.text(u"notes"_s, p.notes);
    io.derived(u"task_ids"_s, NoTaskIds);
    io.nullableText(u"paid_by_name"_s, p.paidByName);
}

template <typename Io, typename Row>
void describeLedgerEntry(Io &io, Row &e)
{
    io.integer(u"id"_s, e.id);
    io.word(u"kind"_s, e.kind, &domain::ledgerKindText, &domain::ledgerKindFromText);
    io.money(u"amount"_s, e.amount);
    io.nullableId(u"project_id"_s, e.projectId);
    io.nullableId(u"task_id"_s, e.taskId);
    io.text(u"note"_s, e.note);
    io.nullableText(u"created_by"_s, e.createdBy);
    io.time(u"created_at"_s, e.createdAt);
}

/// An admin's adjustment row: a LedgerEntry with whose it is and who made it.
template <typename Io, typename Row>
void describeAdjustment(Io &io, Row &a)
{
    describeLedgerEntry(io, a.entry);
    io.text(u"user_id"_s, a.userId);
    io.text(u"user"_s, a.userName);
    io.nullableText(u"osm_username"_s, a.osmUsername);
    io.nullableText(u"created_by_name"_s, a.createdByName);
}

template <typename Io, typename Set>
void describeRecords(Io &io, Set &s, RecordsView view)
{
    const auto request = [](auto &nested, auto &r) { describePayRequest(nested, r); };
    io.array(u"requests"_s, s.pending, request);
    io.array(u"request_history"_s, s.decided, request);
    io.array(u"payments"_s, s.payments, [](auto &nested, auto &p) { describePayment(nested, p); });
    if (view == RecordsView::Own)
        io.array(u"adjustments"_s, s.adjustments,
            [](auto &nested, auto &e) { describeLedgerEntry(nested, e); });
    else
        io.array(u"adjustments"_s, s.orgAdjustments,
            [](auto &nested, auto &a) { describeAdjustment(nested, a); });
}

template <typename Io, typename Made>
void describePayoutRequested(Io &io, Made &m)
{
    io.integer(u"request_id"_s, m.requestId);
    io.money(u"amount_requested"_s, m.amount);
}

template <typename Io, typename Made>
void describePaymentMade(Io &io, Made &m)
{
    io.integer(u"payment_id"_s, m.paymentId);
    io.money(u"amount_paid"_s, m.amount);
}

} // namespace

void writePayoutRequested(JsonWriter &envelope, const PayoutRequested &made)
{
    writeShape(envelope, made, [](auto &io, auto &m) { describePayoutRequested(io, m); });
}

core::Result<PayoutRequested> readPayoutRequested(const QJsonObject &answer)
{
    return readShape<PayoutRequested>(answer, u"submit_payment_request"_s,
        [](auto &io, auto &m) { describePayoutRequested(io, m); });
}

void writePaymentMade(JsonWriter &envelope, const PaymentMade &made)
{
    writeShape(envelope, made, [](auto &io, auto &m) { describePaymentMade(io, m); });
}

core::Result<PaymentMade> readPaymentMade(const QJsonObject &answer)
{
    return readShape<PaymentMade>(answer, u"process_payment_request"_s,
        [](auto &io, auto &m) { describePaymentMade(io, m); });
}

JsonWriter writePayRequest(const domain::PayRequestRow &request)
{
    return writeShape(request, [](auto &io, auto &r) { describePayRequest(io, r); });
}

core::Result<domain::PayRequestRow> readPayRequest(const QJsonObject &object)
{
    return readShape<domain::PayRequestRow>(
        object, u"PayRequest"_s, [](auto &io, auto &r) { describePayRequest(io, r); });
}

void writeRequestBreakdown(JsonWriter &envelope, const domain::RequestBreakdown &breakdown)
{
    const QJsonValue taskIds = QJsonArray::fromStringList(breakdown.taskIds);
    const JsonWriter request = writeShape(
        breakdown.request, [&taskIds](auto &io, auto &r) { describePayRequest(io, r, taskIds); });
    QList<JsonWriter> projects;
    for (const domain::RequestBreakdown::Project &p : breakdown.projects) {
        JsonWriter row = JsonWriter::object();
        row.field(u"project_id"_s, p.projectId)
            .field(u"name"_s, p.name)
            .field(u"tasks"_s, qint64(p.tasks))
            .money(u"mapping"_s, p.mapping)
            .money(u"validation"_s, p.validation)
            .money(u"reversals"_s, p.reversals)
            .money(u"total"_s, p.total);
        projects << row;
    }
    envelope.nested(u"request"_s, request)
        .array(u"projects"_s, projects)
        .money(u"checklists"_s, breakdown.checklists)
        .money(u"adjustments"_s, breakdown.adjustments)
        .money(u"paid_before"_s, breakdown.paidBefore)
        .field(u"currency"_s, breakdown.currency);
}

JsonWriter writePayment(const domain::PaymentRow &payment)
{
    return writeShape(payment, [](auto &io, auto &p) { describePayment(io, p); });
}

core::Result<domain::PaymentRow> readPayment(const QJsonObject &object)
{
    return readShape<domain::PaymentRow>(
        object, u"Payment"_s, [](auto &io, auto &p) { describePayment(io, p); });
}

JsonWriter writeLedgerEntry(const domain::LedgerLine &entry)
{
    return writeShape(entry, [](auto &io, auto &e) { describeLedgerEntry(io, e); });
}

core::Result<domain::LedgerLine> readLedgerEntry(const QJsonObject &object)
{
    return readShape<domain::LedgerLine>(
        object, u"LedgerEntry"_s, [](auto &io, auto &e) { describeLedgerEntry(io, e); });
}

void writePaymentRecords(
    JsonWriter &envelope, const domain::PaymentRecordSet &records, RecordsView view)
{
    writeShape(envelope, records, [view](auto &io, auto &s) { describeRecords(io, s, view); });
}

core::Result<domain::PaymentRecordSet> readPaymentRecords(
    const QJsonObject &answer, RecordsView view)
{
    return readShape<domain::PaymentRecordSet>(
        answer, u"transactions"_s, [view](auto &io, auto &s) { describeRecords(io, s, view); });
}

} // namespace mikro::client
