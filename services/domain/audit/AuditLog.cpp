#include "services/domain/audit/AuditLog.h"

#include "services/store/SqlValues.h"
#include "services/store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::domain {

core::Result<void> AuditLog::record(store::Transaction &tx, const Caller &actor,
    const QString &action, const QString &entity, const QString &entityId,
    const QVariantMap &details, const QDateTime &now)
{
    auto done = tx.exec(
        u"INSERT INTO audit_log (org_id, actor_id, action, entity, entity_id, details, at) "
        "VALUES (:org_id, :actor_id, :action, :entity, :entity_id, :details, :at)"_s,
        { { u"org_id"_s, actor.orgId }, { u"actor_id"_s, actor.userId }, { u"action"_s, action },
            { u"entity"_s, entity }, { u"entity_id"_s, entityId },
            { u"details"_s,
                QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(details))
                                      .toJson(QJsonDocument::Compact)) },
            { u"at"_s, store::utcValue(now) } });
    if (!done.ok())
        return done.error();
    return {};
}

} // namespace mikro::domain
