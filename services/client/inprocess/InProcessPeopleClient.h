#pragma once

#include "services/client/PeopleClient.h"
#include "services/domain/people/PeopleService.h"

namespace mikro::client {

class InProcessContext;

/// PeopleClient on the domain services in this process.
class InProcessPeopleClient : public PeopleClient
{
public:
    explicit InProcessPeopleClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<QList<domain::PersonSummary>>> people(
        bool includeDeactivated) override;
    [[nodiscard]] QFuture<core::Result<domain::PersonChangeOutcome>> modify(
        const QString &userId, const domain::PersonChange &change) override;
    [[nodiscard]] QFuture<core::Result<domain::LedgerPage>> ledger(
        const QString &userId, const domain::LedgerQuery &query) override;
    [[nodiscard]] QFuture<core::Result<domain::PersonWork>> work(const QString &userId) override;

private:
    InProcessContext &m_context;
    domain::PeopleService m_people;
    domain::LedgerHistory m_ledger;
    domain::PersonWorkQuery m_work;
};

} // namespace mikro::client
