#include "services/client/http/HttpAuditClient.h"

#include "services/client/http/ApiConnection.h"
#include "services/core/UtcTime.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpAuditClient::HttpAuditClient(ApiConnection &api)
    : m_api(api)
{
}

QFuture<core::Result<AuditPage>> HttpAuditClient::page(const domain::AuditQuery &query)
{
    QJsonObject body { { u"limit"_s, query.limit } };
    for (const auto &[name, value] : { std::pair(u"entity"_s, query.entity),
             std::pair(u"entity_id"_s, query.entityId), std::pair(u"actor_id"_s, query.actorId),
             std::pair(u"action"_s, query.action), std::pair(u"search"_s, query.search) })
        if (!value.isEmpty())
            body.insert(name, value);
    if (query.from)
        body.insert(u"from"_s, core::toIsoUtc(*query.from));
    if (query.to)
        body.insert(u"to"_s, core::toIsoUtc(*query.to));
    if (query.beforeId)
        body.insert(u"before_id"_s, *query.beforeId);
    return m_api.call(u"user/fetch_audit_log"_s, body)
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<AuditPage> {
            if (!answer.ok())
                return answer.error();
            return readAuditPage(answer.value());
        });
}

} // namespace mikro::client
