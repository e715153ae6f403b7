#include "services/client/http/HttpReconciliationClient.h"

#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

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
            return readPaymentRecords(answer.value());
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

} // namespace mikro::client
