#include "app/server/api/TransactionRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "app/server/api/JsonWriter.h"
#include "services/domain/PayoutService.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::TransactionRoutes", text);
}

http::Response rejectRequest(const domain::PayoutService &payouts, const domain::Caller &caller,
    const http::Request &request, qint64 requestId, const QString &reason)
{
    const auto rejected = payouts.reject(caller, requestId, reason);
    if (!rejected.ok())
        return errorResponse(rejected.error(), request.requestId);
    return JsonWriter::success(tr("Payment Request %1 rejected").arg(requestId))
        .field(u"request_id"_s, requestId)
        .response();
}

/// An adjustment whose `Idempotency-Key` (API.md §1.8) makes a retry land once; without one,
/// every call is its own operation.
core::Result<qint64> adjust(const domain::PayoutService &payouts, const domain::Caller &caller,
    const http::Request &request, const QString &userId, core::Money amount, const QString &reason,
    qint64 projectId)
{
    const QByteArray key = request.header("idempotency-key");
    const QUuid given = QUuid::fromString(QLatin1StringView(key));
    if (!key.isEmpty() && given.isNull()) // API.md §1.8
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            tr("The Idempotency-Key header must be a UUID."))
            .withField(u"Idempotency-Key"_s);
    const QUuid operation = key.isEmpty() ? QUuid::createUuid() : given;
    return payouts.recordAdjustment(
        caller, userId, amount, reason, operation.toString(QUuid::WithoutBraces), projectId);
}

} // namespace

void addTransactionRoutes(
    http::Router &router, const AuthGate &gate, const domain::PayoutService &payouts)
{
    addAction(router, gate, u"transaction"_s, u"fetch_user_payable"_s,
        [&payouts](const JsonBody &, const http::Request &request, const domain::Caller &caller) {
            const auto balance = payouts.balance(caller);
            if (!balance.ok())
                return errorResponse(balance.error(), request.requestId);
            const domain::Balance &b = balance.value();
            const bool canRequest = b.pending == core::Money(0) && b.payable > core::Money(0)
                && b.payable >= b.minimumPayout;
            return JsonWriter::success(tr("User payable"))
                .money(u"mapping_earnings"_s, b.mappingEarnings)
                .money(u"validation_earnings"_s, b.validationEarnings)
                .money(u"checklist_earnings"_s, b.checklistEarnings)
                .money(u"payable_total"_s, b.payable)
                .money(u"earned_total"_s, b.earned)
                .money(u"adjustments_total"_s, b.adjustments)
                .money(u"paid_total"_s, b.paid)
                .money(u"pending_total"_s, b.pending)
                .money(u"min_payout"_s, b.minimumPayout)
                .field(u"can_request"_s, canRequest)
                .response();
        });

    addAction(router, gate, u"transaction"_s, u"submit_payment_request"_s,
        [&payouts](
            const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto notes = body.text(u"notes"_s, false, 1000);
            if (!notes.ok())
                return errorResponse(notes.error(), request.requestId);
            const auto created = payouts.requestPayout(caller, notes.value().value_or(QString()));
            if (!created.ok())
                return errorResponse(created.error(), request.requestId);
            return JsonWriter::success(
                tr("Payment Request %1 has been submitted").arg(created.value().id))
                .field(u"request_id"_s, created.value().id)
                .money(u"amount_requested"_s, created.value().amount)
                .response();
        });

    addAction(router, gate, u"transaction"_s, u"process_payment_request"_s,
        [&payouts](
            const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto id = body.integer(u"request_id"_s, true);
            const auto approved = body.boolean(u"approved"_s);
            const auto notes = body.text(u"notes"_s, false, 1000);
            for (const core::Error *e :
                { id.ok() ? nullptr : &id.error(), approved.ok() ? nullptr : &approved.error(),
                    notes.ok() ? nullptr : &notes.error() }) {
                if (e)
                    return errorResponse(*e, request.requestId);
            }
            const qint64 requestId = *id.value();
            if (approved.value() == false) // API.md §1.9: approved false rejects, notes the reason
                return rejectRequest(
                    payouts, caller, request, requestId, notes.value().value_or(QString()));
            const auto reference = body.text(u"payoneer_id"_s, true, 100);
            if (!reference.ok())
                return errorResponse(reference.error(), request.requestId);
            const auto amount
                = body.money(u"request_amount"_s, false, core::SignPolicy::NonNegative);
            if (!amount.ok())
                return errorResponse(amount.error(), request.requestId);
            const auto paid = payouts.pay(caller, requestId, amount.value(), *reference.value(),
                notes.value().value_or(QString()));
            if (!paid.ok())
                return errorResponse(paid.error(), request.requestId);
            return JsonWriter::success(tr("Payment Request %1 has been processed").arg(requestId))
                .field(u"payment_id"_s, paid.value().id)
                .money(u"amount_paid"_s, paid.value().amount)
                .response();
        });

    addAction(router, gate, u"transaction"_s, u"delete_transaction"_s,
        [&payouts](
            const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto id = body.integer(u"transaction_id"_s, true);
            if (!id.ok())
                return errorResponse(id.error(), request.requestId);
            const auto type = body.text(u"transaction_type"_s, true, 20);
            if (!type.ok())
                return errorResponse(type.error(), request.requestId);
            if (*type.value()
                == "payment"_L1) // payments are permanent; correct one with an adjustment
                return errorResponse(
                    core::Error::make(core::ErrorKind::Refused, "payment_immutable",
                        tr("Payments cannot be deleted. Record an adjustment instead.")),
                    request.requestId);
            if (*type.value() != "request"_L1)
                return errorResponse(
                    core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                        tr("This field has the wrong type or format."))
                        .withField(u"transaction_type"_s),
                    request.requestId);
            const auto notes = body.text(u"notes"_s, false, 1000);
            if (!notes.ok())
                return errorResponse(notes.error(), request.requestId);
            const auto rejected = payouts.reject(
                caller, *id.value(), notes.value() ? *notes.value() : u"Deleted by admin"_s);
            if (!rejected.ok())
                return errorResponse(rejected.error(), request.requestId);
            return JsonWriter::success(tr("Request %1 deleted").arg(*id.value())).response();
        });

    addAction(router, gate, u"transaction"_s, u"create_transaction"_s,
        [&payouts](
            const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto user = body.text(u"user_id"_s, true, 255);
            const auto type = body.text(u"transaction_type"_s, true, 20);
            const auto notes = body.text(u"notes"_s, false, 1000);
            for (const core::Error *e : { user.ok() ? nullptr : &user.error(),
                     type.ok() ? nullptr : &type.error(), notes.ok() ? nullptr : &notes.error() }) {
                if (e)
                    return errorResponse(*e, request.requestId);
            }
            const QString kind = *type.value();
            const auto amount = body.money(u"amount"_s, true,
                kind == "adjustment"_L1 ? core::SignPolicy::AllowNegative
                                        : core::SignPolicy::NonNegative);
            if (!amount.ok())
                return errorResponse(amount.error(), request.requestId);
            const QString note = notes.value().value_or(QString());
            if (kind == "request"_L1) {
                const auto created
                    = payouts.requestOnBehalf(caller, *user.value(), *amount.value(), note);
                if (!created.ok())
                    return errorResponse(created.error(), request.requestId);
                return JsonWriter::success(tr("Transaction created"))
                    .field(u"request_id"_s, created.value().id)
                    .response();
            }
            if (kind == "payment"_L1) {
                const auto reference = body.text(u"payoneer_id"_s, true, 100);
                if (!reference.ok())
                    return errorResponse(reference.error(), request.requestId);
                const auto paid = payouts.recordManualPayment(
                    caller, *user.value(), *amount.value(), *reference.value(), note);
                if (!paid.ok())
                    return errorResponse(paid.error(), request.requestId);
                return JsonWriter::success(tr("Transaction created"))
                    .field(u"payment_id"_s, paid.value().id)
                    .response();
            }
            if (kind == "adjustment"_L1) {
                const auto entry = adjust(payouts, caller, request, *user.value(), *amount.value(),
                    note.isEmpty() ? u"Adjustment"_s : note, 0);
                if (!entry.ok())
                    return errorResponse(entry.error(), request.requestId);
                return JsonWriter::success(tr("Transaction created"))
                    .field(u"entry_id"_s, entry.value())
                    .response();
            }
            return errorResponse(core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                                     tr("This field has the wrong type or format."))
                                     .withField(u"transaction_type"_s),
                request.requestId);
        });

    addAction(router, gate, u"transaction"_s, u"reject_payment_request"_s,
        [&payouts](
            const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto id = body.integer(u"request_id"_s, true);
            if (!id.ok())
                return errorResponse(id.error(), request.requestId);
            const auto reason = body.text(u"reason"_s, true, 1000);
            if (!reason.ok())
                return errorResponse(reason.error(), request.requestId);
            return rejectRequest(payouts, caller, request, *id.value(), *reason.value());
        });

    addAction(router, gate, u"transaction"_s, u"cancel_payment_request"_s,
        [&payouts](
            const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto id = body.integer(u"request_id"_s, true);
            if (!id.ok())
                return errorResponse(id.error(), request.requestId);
            const auto cancelled = payouts.cancel(caller, *id.value());
            if (!cancelled.ok())
                return errorResponse(cancelled.error(), request.requestId);
            return JsonWriter::success(tr("Payment Request %1 cancelled").arg(*id.value()))
                .response();
        });

    addAction(router, gate, u"transaction"_s, u"create_adjustment"_s,
        [&payouts](
            const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto user = body.text(u"user_id"_s, true, 255);
            if (!user.ok())
                return errorResponse(user.error(), request.requestId);
            const auto amount = body.money(u"amount"_s, true, core::SignPolicy::AllowNegative);
            if (!amount.ok())
                return errorResponse(amount.error(), request.requestId);
            const auto reason = body.text(u"reason"_s, true, 1000);
            if (!reason.ok())
                return errorResponse(reason.error(), request.requestId);
            const auto project = body.integer(u"project_id"_s, false);
            if (!project.ok())
                return errorResponse(project.error(), request.requestId);
            const auto entry = adjust(payouts, caller, request, *user.value(), *amount.value(),
                *reason.value(), project.value().value_or(0));
            if (!entry.ok())
                return errorResponse(entry.error(), request.requestId);
            JsonWriter out = JsonWriter::success(tr("Adjustment recorded"));
            out.field(u"entry_id"_s, entry.value());
            // Read after the commit: if this read fails, the adjustment still stands, so the
            // answer is still a success, only without the figure.
            if (const auto balance = payouts.balanceOf(caller, *user.value()); balance.ok())
                out.money(u"payable"_s, balance.value().payable);
            return out.response();
        });
}

} // namespace mikro::server
