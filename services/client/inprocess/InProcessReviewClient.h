#pragma once

#include "services/client/ReviewClient.h"
#include "services/domain/crediting/CreditingService.h"

namespace mikro::client {

class InProcessContext;

/// ReviewClient on the domain's CreditingService in this process.
class InProcessReviewClient : public ReviewClient
{
public:
    explicit InProcessReviewClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<QList<domain::ReviewItem>>> queue() override;
    [[nodiscard]] QFuture<core::Result<core::Money>> decide(
        qint64 projectId, qint64 taskId, bool validate) override;

private:
    InProcessContext &m_context;
    domain::CreditingService m_crediting;
};

} // namespace mikro::client
