#include "app/server/api/PaymentRecordRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "app/server/api/JsonWriter.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

/// PayRequest (API.md §2).
JsonWriter requestJson(const domain::PayRequestRow &r)
{
    JsonWriter row = JsonWriter::object();
    row.field(u"id"_s, r.id)
        .field(u"user_id"_s, r.userId)
        .field(u"user"_s, r.userName)
        .nullableText(u"osm_username"_s, r.osmUsername)
        .nullableText(u"payment_email"_s, r.paymentEmail)
        .money(u"amount_requested"_s, r.amount)
        .time(u"date_requested"_s, r.requestedAt)
        .field(u"notes"_s, r.notes)
        .field(u"task_ids"_s, QJsonValue(QJsonArray()))
        .field(u"request_status"_s, domain::paymentStatusText(r.status))
        .nullableText(u"decided_by"_s, r.decidedBy)
        .time(u"decided_at"_s, r.decidedAt)
        .nullableText(u"decision_note"_s, r.decisionNote)
        .field(u"payment_id"_s, r.paymentId ? QJsonValue(r.paymentId) : QJsonValue());
    return row;
}

/// Payment (API.md §2).
JsonWriter paymentJson(const domain::PaymentRow &p)
{
    JsonWriter row = JsonWriter::object();
    row.field(u"id"_s, p.id)
        .field(u"request_id"_s, p.requestId ? QJsonValue(p.requestId) : QJsonValue())
        .field(u"user_id"_s, p.userId)
        .field(u"user"_s, p.userName)
        .nullableText(u"osm_username"_s, p.osmUsername)
        .nullableText(u"payment_email"_s, p.paymentEmail)
        .money(u"amount_paid"_s, p.amount)
        .nullableText(u"payoneer_id"_s, p.externalRef)
        .time(u"date_paid"_s, p.paidAt)
        .field(u"paid_by"_s, p.paidBy)
        .field(u"notes"_s, p.notes)
        .field(u"task_ids"_s, QJsonValue(QJsonArray()));
    return row;
}

/// LedgerEntry (API.md §2).
JsonWriter entryJson(const domain::LedgerLine &e)
{
    JsonWriter row = JsonWriter::object();
    row.field(u"id"_s, e.id)
        .field(u"kind"_s, domain::ledgerKindText(e.kind))
        .money(u"amount"_s, e.amount)
        .field(u"project_id"_s, e.projectId ? QJsonValue(e.projectId) : QJsonValue())
        .field(u"task_id"_s, e.taskId ? QJsonValue(e.taskId) : QJsonValue())
        .field(u"note"_s, e.note)
        .nullableText(u"created_by"_s, e.createdBy)
        .time(u"created_at"_s, e.createdAt);
    return row;
}

template <typename Row>
QList<JsonWriter> rows(const QList<Row> &items, JsonWriter (*write)(const Row &))
{
    QList<JsonWriter> out;
    out.reserve(items.size());
    for (const Row &item : items)
        out << write(item);
    return out;
}

JsonWriter recordsAnswer(const domain::PaymentRecordSet &set, bool withAdjustments)
{
    JsonWriter out = JsonWriter::success(
        QCoreApplication::translate("mikro::server::PaymentRecordRoutes", "Transactions"));
    out.array(u"requests"_s, rows(set.pending, &requestJson))
        .array(u"request_history"_s, rows(set.decided, &requestJson))
        .array(u"payments"_s, rows(set.payments, &paymentJson));
    if (withAdjustments)
        out.array(u"adjustments"_s, rows(set.adjustments, &entryJson));
    return out;
}

} // namespace

void addPaymentRecordRoutes(
    http::Router &router, const AuthGate &gate, const domain::PaymentRecords &records)
{
    addAction(router, gate, u"transaction"_s, u"fetch_org_transactions"_s,
        [&records](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto user = body.text(u"user_id"_s, Need::Optional, 255);
            if (!user.ok())
                return user.error();
            const auto set = records.org(caller, user.value().value_or(QString()));
            if (!set.ok())
                return set.error();
            return recordsAnswer(set.value(), false);
        });

    addAction(router, gate, u"transaction"_s, u"fetch_user_transactions"_s,
        [&records](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto set = records.mine(caller);
            if (!set.ok())
                return set.error();
            return recordsAnswer(set.value(), true);
        });
}

} // namespace mikro::server
