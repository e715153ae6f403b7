#include "services/client/http/HttpPayoutsClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/codec/BalanceCodec.h"
#include "services/client/codec/LedgerCodec.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

} // namespace

HttpPayoutsClient::HttpPayoutsClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<domain::Balance>> HttpPayoutsClient::balance()
{
    return m_api.call(u"transaction/fetch_user_payable"_s)
        .then([](const Answer &answer) -> core::Result<domain::Balance> {
            if (!answer.ok())
                return answer.error();
            return readBalance(answer.value());
        });
}

QFuture<core::Result<domain::PaymentRecordSet>> HttpPayoutsClient::records()
{
    return m_api.call(u"transaction/fetch_user_transactions"_s)
        .then([](const Answer &answer) -> core::Result<domain::PaymentRecordSet> {
            if (!answer.ok())
                return answer.error();
            return readPaymentRecords(answer.value(), RecordsView::Own);
        });
}

QFuture<core::Result<domain::LedgerPage>> HttpPayoutsClient::ledger(
    const domain::LedgerQuery &query)
{
    return m_api.call(u"transaction/fetch_user_ledger"_s, ledgerQueryBody(query))
        .then([](const Answer &answer) -> core::Result<domain::LedgerPage> {
            if (!answer.ok())
                return answer.error();
            return readLedgerPage(answer.value());
        });
}

QFuture<core::Result<PayoutRequested>> HttpPayoutsClient::requestPayout(const QString &notes)
{
    return m_api
        .call(u"transaction/submit_payment_request"_s, QJsonObject { { u"notes"_s, notes } },
            ApiConnection::newOperationKey())
        .then([feed = &m_feed](const Answer &answer) -> core::Result<PayoutRequested> {
            if (!answer.ok())
                return answer.error();
            auto made = readPayoutRequested(answer.value());
            if (made.ok())
                feed->announce({ ChangeFeed::Area::Payouts, ChangeFeed::Area::Dashboards });
            return made;
        });
}

QFuture<core::Result<void>> HttpPayoutsClient::cancelRequest(qint64 requestId)
{
    return m_api
        .call(u"transaction/cancel_payment_request"_s,
            QJsonObject { { u"request_id"_s, requestId } }, ApiConnection::newOperationKey())
        .then([feed = &m_feed](const Answer &answer) -> core::Result<void> {
            if (!answer.ok())
                return answer.error();
            feed->announce({ ChangeFeed::Area::Payouts, ChangeFeed::Area::Dashboards });
            return {};
        });
}

} // namespace mikro::client
