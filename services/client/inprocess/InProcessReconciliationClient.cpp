#include "services/client/inprocess/InProcessReconciliationClient.h"

#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessReconciliationClient::InProcessReconciliationClient(InProcessContext &context)
    : m_context(context)
    , m_payouts(context.database(), context.clock())
    , m_records(context.database())
{
}

QFuture<core::Result<domain::PaymentRecordSet>> InProcessReconciliationClient::records()
{
    return m_context.run<domain::PaymentRecordSet>(
        [this](const domain::Caller &caller) { return m_records.org(caller, QString()); });
}

QFuture<core::Result<PaymentMade>> InProcessReconciliationClient::pay(
    qint64 requestId, core::Money amount, const QString &transferReference, const QString &notes)
{
    return m_context.run<PaymentMade>(
        [this, requestId, amount, transferReference, notes](
            const domain::Caller &caller) -> core::Result<PaymentMade> {
            auto paid = m_payouts.pay(caller, requestId, amount, transferReference, notes);
            if (!paid.ok())
                return paid.error();
            m_context.feed().announce(decisionAreas);
            return PaymentMade { paid.value().id, paid.value().amount };
        });
}

QFuture<core::Result<void>> InProcessReconciliationClient::reject(
    qint64 requestId, const QString &reason)
{
    return m_context.run<void>(
        [this, requestId, reason](const domain::Caller &caller) -> core::Result<void> {
            auto rejected = m_payouts.reject(caller, requestId, reason);
            if (rejected.ok())
                m_context.feed().announce(decisionAreas);
            return rejected;
        });
}

} // namespace mikro::client
