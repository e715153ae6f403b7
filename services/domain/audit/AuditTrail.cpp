#include "services/domain/audit/AuditTrail.h"

#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

/// `%words%` for LIKE, lower case, with the pattern characters taken literally.
QString likePattern(const QString &words)
{
    QString escaped = words.toLower();
    escaped.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

AuditTrail::AuditTrail(store::Database &db)
    : m_db(db)
{
}

core::Result<QList<AuditEntry>> AuditTrail::entries(
    const Caller &caller, const AuditQuery &query) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageOrganisation); !allowed.ok())
        return allowed.error();
    if (query.limit < 1 || query.limit > 500)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate("mikro::domain::AuditTrail", "Ask for 1 to 500 entries."))
            .withField(u"limit"_s);
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<AuditEntry>> {
        // Every filter is bound; an empty (or null) one matches everything.
        auto rows = tx.exec(
            u"SELECT a.id, a.at, a.actor_id, TRIM(COALESCE(u.first_name, '') || ' ' || "
            "COALESCE(u.last_name, '')), a.action, a.entity, COALESCE(a.entity_id, ''), "
            "CAST(a.details AS TEXT) FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id "
            "WHERE a.org_id = :org AND (COALESCE(:entity, '') = '' OR a.entity = :entity) "
            "AND (COALESCE(:entityId, '') = '' OR a.entity_id = :entityId) "
            "AND (COALESCE(:actor, '') = '' OR a.actor_id = :actor) "
            "AND (COALESCE(:action, '') = '' OR a.action = :action) "
            "AND (COALESCE(:search, '') = '' OR LOWER(CAST(a.details AS TEXT)) LIKE :pattern "
            "ESCAPE '!') "
            "AND a.at >= :from AND a.at <= :to AND a.id < :before "
            "ORDER BY a.id DESC LIMIT :limit"_s,
            { { u"org"_s, caller.orgId }, { u"entity"_s, query.entity },
                { u"entityId"_s, query.entityId }, { u"actor"_s, query.actorId },
                { u"action"_s, query.action }, { u"search"_s, query.search },
                { u"pattern"_s, likePattern(query.search) },
                { u"from"_s,
                    store::utcValue(
                        query.from.value_or(QDateTime::fromSecsSinceEpoch(0, Qt::UTC))) },
                { u"to"_s,
                    store::utcValue(query.to.value_or(
                        QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC))) },
                { u"before"_s, query.beforeId.value_or(std::numeric_limits<qint64>::max()) },
                { u"limit"_s, query.limit } });
        if (!rows.ok())
            return rows.error();
        QList<AuditEntry> out;
        store::Rows &q = rows.value();
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = store::utcFromValue(q.value(1)).value_or(QDateTime());
            e.actorId = q.value(2).toString();
            e.actorName = q.value(3).toString();
            e.action = q.value(4).toString();
            e.entity = q.value(5).toString();
            e.entityId = q.value(6).toString();
            e.details = q.value(7).toString().toUtf8();
            out << e;
        }
        return out;
    });
}

} // namespace mikro::domain
