#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/RequestBreakdown.h"

#include <QJsonObject>

namespace mikro::client {

/// A payout request just made (`submit_payment_request`'s answer): its id and amount.
struct PayoutRequested
{
    qint64 requestId = 0;
    core::Money amount;
    bool operator==(const PayoutRequested &) const = default;
};

/// A payment just recorded against a request (`process_payment_request`'s answer).
struct PaymentMade
{
    qint64 paymentId = 0;
    core::Money amount;
    bool operator==(const PaymentMade &) const = default;
};

/// API.md §2 PayRequest, Payment and LedgerEntry, and the answer of `fetch_org_transactions` /
/// `fetch_user_transactions` (§7): written by the server, read by the desktop's HttpBackend.
[[nodiscard]] JsonWriter writePayRequest(const domain::PayRequestRow &request);
[[nodiscard]] core::Result<domain::PayRequestRow> readPayRequest(const QJsonObject &object);
/// The answer of `fetch_payment_request_details`: `request` (a PayRequest with `task_ids`
/// ["<project>:<task>"]), `projects[]` {project_id, name, tasks, mapping, validation, reversals,
/// total}, `checklists`, `adjustments`, `paid_before` (an addition: payouts before the request)
/// and `currency`, added to `envelope`.
void writeRequestBreakdown(JsonWriter &envelope, const domain::RequestBreakdown &breakdown);
[[nodiscard]] JsonWriter writePayment(const domain::PaymentRow &payment);
[[nodiscard]] core::Result<domain::PaymentRow> readPayment(const QJsonObject &object);
[[nodiscard]] JsonWriter writeLedgerEntry(const domain::LedgerLine &entry);
[[nodiscard]] core::Result<domain::LedgerLine> readLedgerEntry(const QJsonObject &object);

/// Whose records an answer holds: a person's own (`fetch_user_transactions`: `adjustments` are
/// LedgerEntry) or an admin's view of the organisation (`fetch_org_transactions`: each
/// adjustment also names its person and who made it).
enum class RecordsView { Own, Org };

/// `requests`, `request_history`, `payments` and `adjustments`, added to `envelope`.
void writePaymentRecords(
    JsonWriter &envelope, const domain::PaymentRecordSet &records, RecordsView view);
/// The same lists from an answer.
[[nodiscard]] core::Result<domain::PaymentRecordSet> readPaymentRecords(
    const QJsonObject &answer, RecordsView view);

void writePayoutRequested(JsonWriter &envelope, const PayoutRequested &made);
[[nodiscard]] core::Result<PayoutRequested> readPayoutRequested(const QJsonObject &answer);
/// `payment_id` and `amount_paid`, added to `envelope`.
void writePaymentMade(JsonWriter &envelope, const PaymentMade &made);
[[nodiscard]] core::Result<PaymentMade> readPaymentMade(const QJsonObject &answer);

} // namespace mikro::client
