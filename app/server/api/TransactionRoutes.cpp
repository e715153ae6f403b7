#include "app/server/api/TransactionRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/BalanceCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/PayoutService.h"
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

ActionResult rejectRequest(const domain::PayoutService &payouts, const domain::Caller &caller,
    const http::Request &, qint64 requestId, const QString &reason)
{
    const auto rejected = payouts.reject(caller, requestId, reason);
    if (!rejected.ok())
        return rejected.error();
    return client::JsonWriter::success(tr("Payment Request %1 rejected").arg(requestId))
        .field(u"request_id"_s, requestId);
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

/// Manual payments, rejections, cancellations and adjustments.
void addMoneyMovingRoutes(
    http::Router &router, const AuthGate &gate, const domain::PayoutService &payouts)
{
    addAction(router, gate, u"transaction"_s, u"create_transaction"_s,
        [&payouts](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto user = body.text(u"user_id"_s, Need::Required, 255);
            const auto type = body.text(u"transaction_type"_s, Need::Required, 20);
            const auto notes = body.text(u"notes"_s, Need::Optional, 1000);
            for (const core::Error *e : { user.ok() ? nullptr : &user.error(),
                     type.ok() ? nullptr : &type.error(), notes.ok() ? nullptr : &notes.error() }) {
                if (e)
                    return *e;
            }
            const QString kind = *type.value();
            const auto amount = body.money(u"amount"_s, Need::Required,
                kind == "adjustment"_L1 ? core::SignPolicy::AllowNegative
                                        : core::SignPolicy::NonNegative);
            if (!amount.ok())
                return amount.error();
            const QString note = notes.value().value_or(QString());
            if (kind == "request"_L1) {
                const auto created
                    = payouts.requestOnBehalf(caller, *user.value(), *amount.value(), note);
                if (!created.ok())
                    return created.error();
                return client::JsonWriter::success(tr("Transaction created"))
                    .field(u"request_id"_s, created.value().id);
            }
            if (kind == "payment"_L1) {
                const auto reference = body.text(u"payoneer_id"_s, Need::Required, 100);
                if (!reference.ok())
                    return reference.error();
                const auto paid = payouts.recordManualPayment(
                    caller, *user.value(), *amount.value(), *reference.value(), note);
                if (!paid.ok())
                    return paid.error();
                return client::JsonWriter::success(tr("Transaction created"))
                    .field(u"payment_id"_s, paid.value().id);
            }
            if (kind == "adjustment"_L1) {
                const auto entry = adjust(payouts, caller, request, *user.value(), *amount.value(),
                    note.isEmpty() ? u"Adjustment"_s : note, 0);
                if (!entry.ok())
                    return entry.error();
                return client::JsonWriter::success(tr("Transaction created"))
                    .field(u"entry_id"_s, entry.value());
            }
            return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                tr("This field has the wrong type or format."))
                .withField(u"transaction_type"_s);
        });

    addAction(router, gate, u"transaction"_s, u"reject_payment_request"_s,
        [&payouts](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"request_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto reason = body.text(u"reason"_s, Need::Required, 1000);
            if (!reason.ok())
                return reason.error();
            return rejectRequest(payouts, caller, request, *id.value(), *reason.value());
        });

    addAction(router, gate, u"transaction"_s, u"cancel_payment_request"_s,
        [&payouts](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"request_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto cancelled = payouts.cancel(caller, *id.value());
            if (!cancelled.ok())
                return cancelled.error();
            return client::JsonWriter::success(tr("Payment Request %1 cancelled").arg(*id.value()));
        });

    addAction(router, gate, u"transaction"_s, u"create_adjustment"_s,
        [&payouts](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto user = body.text(u"user_id"_s, Need::Required, 255);
            if (!user.ok())
                return user.error();
            const auto amount
                = body.money(u"amount"_s, Need::Required, core::SignPolicy::AllowNegative);
            if (!amount.ok())
                return amount.error();
            const auto reason = body.text(u"reason"_s, Need::Required, 1000);
            if (!reason.ok())
                return reason.error();
            const auto project = body.integer(u"project_id"_s, Need::Optional);
            if (!project.ok())
                return project.error();
            const auto entry = adjust(payouts, caller, request, *user.value(), *amount.value(),
                *reason.value(), project.value().value_or(0));
            if (!entry.ok())
                return entry.error();
            client::JsonWriter out = client::JsonWriter::success(tr("Adjustment recorded"));
            out.field(u"entry_id"_s, entry.value());
            // Read after the commit: if this read fails, the adjustment still stands, so the
            // answer is still a success, only without the figure.
            if (const auto balance = payouts.balanceOf(caller, *user.value()); balance.ok())
                out.money(u"payable"_s, balance.value().payable);
            return out;
        });
}

} // namespace

void addTransactionRoutes(http::Router &router, const AuthGate &gate,
    const domain::PayoutService &payouts, const domain::PaymentRecords &records)
{
    addAction(router, gate, u"transaction"_s, u"fetch_user_payable"_s,
        [&payouts](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto balance = payouts.balance(caller);
            if (!balance.ok())
                return balance.error();
            client::JsonWriter answer = client::JsonWriter::success(tr("User payable"));
            client::writeBalance(answer, balance.value());
            return answer;
        });

    addAction(router, gate, u"transaction"_s, u"submit_payment_request"_s,
        [&payouts](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto notes = body.text(u"notes"_s, Need::Optional, 1000);
            if (!notes.ok())
                return notes.error();
            const auto created = payouts.requestPayout(caller, notes.value().value_or(QString()));
            if (!created.ok())
                return created.error();
            client::JsonWriter answer = client::JsonWriter::success(
                tr("Payment Request %1 has been submitted").arg(created.value().id));
            client::writePayoutRequested(
                answer, client::PayoutRequested { created.value().id, created.value().amount });
            return answer;
        });

    addAction(router, gate, u"transaction"_s, u"process_payment_request"_s,
        [&payouts, &records](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"request_id"_s, Need::Required);
            const auto approved = body.boolean(u"approved"_s);
            const auto notes = body.text(u"notes"_s, Need::Optional, 1000);
            const auto user = body.text(u"user_id"_s, Need::Optional, 255);
            for (const core::Error *e :
                { id.ok() ? nullptr : &id.error(), approved.ok() ? nullptr : &approved.error(),
                    notes.ok() ? nullptr : &notes.error(), user.ok() ? nullptr : &user.error() }) {
                if (e)
                    return *e;
            }
            const qint64 requestId = *id.value();
            // API.md §7: `user_id`, when sent, must be the request's person — an admin paying
            // from a stale screen learns it before anything is paid or rejected. A request's
            // person never changes, so reading it first cannot race the payment.
            if (user.value()) {
                const auto row = records.request(caller, requestId);
                if (!row.ok())
                    return row.error();
                if (row.value().userId != *user.value())
                    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                        tr("Payment Request %1 is not this person's; nothing was paid or "
                           "rejected. Reload the requests and try again.")
                            .arg(requestId))
                        .withField(u"user_id"_s);
            }
            if (approved.value() == false) // API.md §1.9: approved false rejects, notes the reason
                return rejectRequest(
                    payouts, caller, request, requestId, notes.value().value_or(QString()));
            const auto reference = body.text(u"payoneer_id"_s, Need::Required, 100);
            if (!reference.ok())
                return reference.error();
            const auto amount
                = body.money(u"request_amount"_s, Need::Optional, core::SignPolicy::NonNegative);
            if (!amount.ok())
                return amount.error();
            const auto paid = payouts.pay(caller, requestId, amount.value(), *reference.value(),
                notes.value().value_or(QString()));
            if (!paid.ok())
                return paid.error();
            client::JsonWriter answer = client::JsonWriter::success(
                tr("Payment Request %1 has been processed").arg(requestId));
            client::writePaymentMade(
                answer, client::PaymentMade { paid.value().id, paid.value().amount });
            return answer;
        });

    addAction(router, gate, u"transaction"_s, u"delete_transaction"_s,
        [&payouts](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"transaction_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto type = body.text(u"transaction_type"_s, Need::Required, 20);
            if (!type.ok())
                return type.error();
            if (*type.value()
                == "payment"_L1) // payments are permanent; correct one with an adjustment
                return core::Error::make(core::ErrorKind::Refused, "payment_immutable",
                    tr("Payments cannot be deleted. Record an adjustment instead."));
            if (*type.value() != "request"_L1)
                return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                    tr("This field has the wrong type or format."))
                    .withField(u"transaction_type"_s);
            const auto notes = body.text(u"notes"_s, Need::Optional, 1000);
            if (!notes.ok())
                return notes.error();
            const auto rejected = payouts.reject(
                caller, *id.value(), notes.value() ? *notes.value() : u"Deleted by admin"_s);
            if (!rejected.ok())
                return rejected.error();
            return client::JsonWriter::success(tr("Request %1 deleted").arg(*id.value()));
        });
    addMoneyMovingRoutes(router, gate, payouts);
}

} // namespace mikro::server
