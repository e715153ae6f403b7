#include "services/client/inprocess/InProcessReconciliationClient.h"

#include "services/client/inprocess/InProcessContext.h"
#include "services/core/Clock.h"

namespace mikro::client {

InProcessReconciliationClient::InProcessReconciliationClient(InProcessContext &context)
    : m_context(context)
    , m_payouts(context.database(), context.clock())
    , m_records(context.database())
    , m_reconcile(context.database(), context.clock())
    , m_organisation(context.database(), context.clock())
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

QFuture<core::Result<PaymentMade>> InProcessReconciliationClient::payManually(const QString &userId,
    core::Money amount, const QString &transferReference, const QString &notes)
{
    return m_context.run<PaymentMade>(
        [this, userId, amount, transferReference, notes](
            const domain::Caller &caller) -> core::Result<PaymentMade> {
            auto paid
                = m_payouts.recordManualPayment(caller, userId, amount, transferReference, notes);
            if (!paid.ok())
                return paid.error();
            m_context.feed().announce(decisionAreas);
            return PaymentMade { paid.value().id, paid.value().amount };
        });
}

QFuture<core::Result<AdjustmentMade>> InProcessReconciliationClient::adjust(
    const QString &userId, core::Money amount, const QString &reason, const QUuid &operation)
{
    return m_context.run<AdjustmentMade>(
        [this, userId, amount, reason, operation](
            const domain::Caller &caller) -> core::Result<AdjustmentMade> {
            auto entry = m_payouts.recordAdjustment(
                caller, userId, amount, reason, operation.toString(QUuid::WithoutBraces));
            if (!entry.ok())
                return entry.error();
            m_context.feed().announce(decisionAreas);
            // As the server: read after the commit; the adjustment stands if this read fails.
            const auto balance = m_payouts.balanceOf(caller, userId);
            return AdjustmentMade { entry.value(),
                balance.ok() ? balance.value().payable : core::Money() };
        });
}

QFuture<core::Result<PayoutBatch>> InProcessReconciliationClient::exportBatch()
{
    return m_context.run<PayoutBatch>(
        [this](const domain::Caller &caller) -> core::Result<PayoutBatch> {
            auto file = m_reconcile.exportPending(caller);
            if (!file.ok())
                return file.error();
            return payoutBatchOf(file.value(), m_context.clock().nowUtc());
        });
}

QFuture<core::Result<PayoutImport>> InProcessReconciliationClient::importResults(
    const QByteArray &csv, bool dryRun, std::optional<int> expectMatched)
{
    return m_context.run<PayoutImport>(
        [this, csv, dryRun, expectMatched](
            const domain::Caller &caller) -> core::Result<PayoutImport> {
            auto judged = dryRun ? m_reconcile.preview(caller, csv)
                                 : m_reconcile.apply(caller, csv, {}, expectMatched);
            if (!judged.ok())
                return judged.error();
            if (!dryRun)
                m_context.feed().announce(decisionAreas);
            return payoutImportOf(judged.value(), !dryRun);
        });
}

QFuture<core::Result<domain::OrgSettings>> InProcessReconciliationClient::payoutSettings()
{
    return m_context.run<domain::OrgSettings>(
        [this](const domain::Caller &caller) { return m_organisation.settings(caller); });
}

QFuture<core::Result<domain::OrgSettings>> InProcessReconciliationClient::setPayoutSettings(
    core::Money minimumPayout, const QString &currency)
{
    return m_context.run<domain::OrgSettings>(
        [this, minimumPayout, currency](
            const domain::Caller &caller) -> core::Result<domain::OrgSettings> {
            if (auto done = m_organisation.update(caller, QString(), currency, minimumPayout);
                !done.ok())
                return done.error();
            m_context.feed().announce(payoutSettingsAreas);
            return m_organisation.settings(caller);
        });
}

} // namespace mikro::client
