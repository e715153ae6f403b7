#include "services/client/inprocess/InProcessPayoutsClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessPayoutsClient::InProcessPayoutsClient(InProcessContext &context)
    : m_context(context)
    , m_payouts(context.database(), context.clock())
    , m_records(context.database())
    , m_ledger(context.database())
{
}

QFuture<core::Result<domain::Balance>> InProcessPayoutsClient::balance()
{
    return m_context.run<domain::Balance>(
        [this](const domain::Caller &caller) { return m_payouts.balance(caller); });
}

QFuture<core::Result<domain::PaymentRecordSet>> InProcessPayoutsClient::records()
{
    return m_context.run<domain::PaymentRecordSet>(
        [this](const domain::Caller &caller) { return m_records.mine(caller); });
}

QFuture<core::Result<domain::LedgerPage>> InProcessPayoutsClient::ledger(
    const domain::LedgerQuery &query)
{
    return m_context.run<domain::LedgerPage>(
        [this, query](const domain::Caller &caller) { return m_ledger.mine(caller, query); });
}

QFuture<core::Result<PayoutRequested>> InProcessPayoutsClient::requestPayout(const QString &notes)
{
    return m_context.run<PayoutRequested>(
        [this, notes](const domain::Caller &caller) -> core::Result<PayoutRequested> {
            auto made = m_payouts.requestPayout(caller, notes);
            if (!made.ok())
                return made.error();
            m_context.feed().announce({ ChangeFeed::Area::Payouts, ChangeFeed::Area::Dashboards });
            return PayoutRequested { made.value().id, made.value().amount };
        });
}

QFuture<core::Result<void>> InProcessPayoutsClient::cancelRequest(qint64 requestId)
{
    return m_context.run<void>([this, requestId](
                                   const domain::Caller &caller) -> core::Result<void> {
        auto cancelled = m_payouts.cancel(caller, requestId);
        if (cancelled.ok())
            m_context.feed().announce({ ChangeFeed::Area::Payouts, ChangeFeed::Area::Dashboards });
        return cancelled;
    });
}

} // namespace mikro::client
