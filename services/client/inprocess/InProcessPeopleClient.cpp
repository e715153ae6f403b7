#include "services/client/inprocess/InProcessPeopleClient.h"

#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessPeopleClient::InProcessPeopleClient(InProcessContext &context)
    : m_context(context)
    , m_people(context.database(), context.clock())
    , m_ledger(context.database())
    , m_work(context.database())
{
}

QFuture<core::Result<QList<domain::PersonSummary>>> InProcessPeopleClient::people(
    bool includeDeactivated)
{
    return m_context.run<QList<domain::PersonSummary>>(
        [this, includeDeactivated](
            const domain::Caller &caller) -> core::Result<QList<domain::PersonSummary>> {
            auto all = m_people.orgPeople(caller);
            if (!all.ok() || includeDeactivated)
                return all;
            QList<domain::PersonSummary> active;
            for (const domain::PersonSummary &p : all.value())
                if (p.active)
                    active << p;
            return active;
        });
}

QFuture<core::Result<domain::PersonChangeOutcome>> InProcessPeopleClient::modify(
    const QString &userId, const domain::PersonChange &change)
{
    return m_context.run<domain::PersonChangeOutcome>(
        [this, userId, change](
            const domain::Caller &caller) -> core::Result<domain::PersonChangeOutcome> {
            auto changed = m_people.modify(caller, userId, change);
            if (changed.ok())
                m_context.feed().announce(personAreas);
            return changed;
        });
}

QFuture<core::Result<domain::LedgerPage>> InProcessPeopleClient::ledger(
    const QString &userId, const domain::LedgerQuery &query)
{
    return m_context.run<domain::LedgerPage>([this, userId, query](const domain::Caller &caller) {
        return m_ledger.ofPerson(caller, userId, query);
    });
}

QFuture<core::Result<domain::PersonWork>> InProcessPeopleClient::work(const QString &userId)
{
    return m_context.run<domain::PersonWork>(
        [this, userId](const domain::Caller &caller) { return m_work.of(caller, userId); });
}

} // namespace mikro::client
