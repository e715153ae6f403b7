#include "services/client/http/HttpReconciliationClient.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/codec/OrgSettingsCodec.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

/// The same id read from a field the answer names (`payment_id`, `entry_id`).
core::Result<qint64> idIn(const QJsonObject &answer, const QString &name)
{
    return readShape<qint64>(answer, name, [&name](auto &io, qint64 &id) { io.integer(name, id); });
}

} // namespace

HttpReconciliationClient::HttpReconciliationClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<domain::PaymentRecordSet>> HttpReconciliationClient::records()
{
    return m_api.call(u"transaction/fetch_org_transactions"_s)
        .then([](const Answer &answer) -> core::Result<domain::PaymentRecordSet> {
            if (!answer.ok())
                return answer.error();
            return readPaymentRecords(answer.value(), RecordsView::Org);
        });
}

QFuture<core::Result<PaymentMade>> HttpReconciliationClient::pay(
    qint64 requestId, core::Money amount, const QString &transferReference, const QString &notes)
{
    const QJsonObject body { { u"request_id"_s, requestId }, { u"approved"_s, true },
        { u"payoneer_id"_s, transferReference },
        { u"request_amount"_s, core::toDecimalString(amount) }, { u"notes"_s, notes } };
    return m_api
        .call(u"transaction/process_payment_request"_s, body, ApiConnection::newOperationKey())
        .then([feed = &m_feed](const Answer &answer) -> core::Result<PaymentMade> {
            if (!answer.ok())
                return answer.error();
            auto made = readPaymentMade(answer.value());
            if (made.ok())
                feed->announce(decisionAreas);
            return made;
        });
}

QFuture<core::Result<void>> HttpReconciliationClient::reject(
    qint64 requestId, const QString &reason)
{
    return m_api
        .call(u"transaction/reject_payment_request"_s,
            QJsonObject { { u"request_id"_s, requestId }, { u"reason"_s, reason } },
            ApiConnection::newOperationKey())
        .then([feed = &m_feed](const Answer &answer) -> core::Result<void> {
            if (!answer.ok())
                return answer.error();
            feed->announce(decisionAreas);
            return {};
        });
}

QFuture<core::Result<PaymentMade>> HttpReconciliationClient::payManually(const QString &userId,
    core::Money amount, const QString &transferReference, const QString &notes)
{
    const QJsonObject body { { u"user_id"_s, userId }, { u"transaction_type"_s, u"payment"_s },
        { u"amount"_s, core::toDecimalString(amount) }, { u"payoneer_id"_s, transferReference },
        { u"notes"_s, notes } };
    return m_api.call(u"transaction/create_transaction"_s, body, ApiConnection::newOperationKey())
        .then([feed = &m_feed, amount](const Answer &answer) -> core::Result<PaymentMade> {
            if (!answer.ok())
                return answer.error();
            const auto id = idIn(answer.value(), u"payment_id"_s);
            if (!id.ok())
                return id.error();
            feed->announce(decisionAreas);
            return PaymentMade { id.value(), amount };
        });
}

QFuture<core::Result<AdjustmentMade>> HttpReconciliationClient::adjust(
    const QString &userId, core::Money amount, const QString &reason, const QUuid &operation)
{
    const QJsonObject body { { u"user_id"_s, userId },
        { u"amount"_s, core::toDecimalString(amount) }, { u"reason"_s, reason } };
    return m_api
        .call(u"transaction/create_adjustment"_s, body, operation.toByteArray(QUuid::WithoutBraces))
        .then([feed = &m_feed](const Answer &answer) -> core::Result<AdjustmentMade> {
            if (!answer.ok())
                return answer.error();
            auto made = readShape<AdjustmentMade>(
                answer.value(), u"create_adjustment"_s, [](auto &io, AdjustmentMade &m) {
                    io.integer(u"entry_id"_s, m.entryId);
                    io.optionalMoney(u"payable"_s, m.payable, true);
                });
            if (made.ok())
                feed->announce(decisionAreas);
            return made;
        });
}

QFuture<core::Result<PayoutBatch>> HttpReconciliationClient::exportBatch()
{
    return m_api.call(u"transaction/export_payout_batch"_s)
        .then([](const Answer &answer) -> core::Result<PayoutBatch> {
            if (!answer.ok())
                return answer.error();
            return readPayoutBatch(answer.value());
        });
}

QFuture<core::Result<PayoutImport>> HttpReconciliationClient::importResults(
    const QByteArray &csv, bool dryRun, std::optional<int> expectMatched)
{
    // API.md text fields refuse control characters but line feeds and tabs: the file travels
    // with LF line ends, which the import reads as it reads CRLF.
    const QString text = QString::fromUtf8(csv).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QJsonObject body { { u"csv"_s, text }, { u"dry_run"_s, dryRun } };
    if (expectMatched)
        body.insert(u"expect_matched"_s, *expectMatched);
    return m_api
        .call(u"transaction/import_payout_results"_s, body,
            dryRun ? QByteArray() : ApiConnection::newOperationKey())
        .then([feed = &m_feed, dryRun](const Answer &answer) -> core::Result<PayoutImport> {
            if (!answer.ok())
                return answer.error();
            auto result = readPayoutImport(answer.value());
            if (result.ok() && !dryRun)
                feed->announce(decisionAreas);
            return result;
        });
}

QFuture<core::Result<domain::OrgSettings>> HttpReconciliationClient::payoutSettings()
{
    return m_api.call(u"user/fetch_org_settings"_s)
        .then([](const Answer &answer) -> core::Result<domain::OrgSettings> {
            if (!answer.ok())
                return answer.error();
            return readOrgSettings(answer.value());
        });
}

QFuture<core::Result<domain::OrgSettings>> HttpReconciliationClient::setPayoutSettings(
    core::Money minimumPayout, const QString &currency)
{
    // Setting the same values twice changes nothing: no Idempotency-Key.
    const QJsonObject body { { u"min_payout"_s, core::toDecimalString(minimumPayout) },
        { u"currency"_s, currency } };
    return m_api.call(u"user/update_org_settings"_s, body)
        .then([feed = &m_feed](const Answer &answer) -> core::Result<domain::OrgSettings> {
            if (!answer.ok())
                return answer.error();
            auto settings = readOrgSettings(answer.value());
            if (settings.ok())
                feed->announce(payoutSettingsAreas);
            return settings;
        });
}

} // namespace mikro::client
