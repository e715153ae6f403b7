#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mikro::store {
class Database;
}

namespace mikro::domain {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actorId;
    QString actorName;
    QString action;
    QString entity;
    QString entityId;
    QByteArray details; ///< the JSON object as stored
    bool operator==(const AuditEntry &) const = default;
};

/// Filters of API.md `user/fetch_audit_log`; empty ones do not filter.
struct AuditQuery
{
    QString entity;
    QString entityId;
    QString actorId;
    QString action;
    QString search; ///< words inside the details, any case (the desktop's "search inside details")
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    int limit = 100; ///< 1–500
    std::optional<qint64> beforeId; ///< pages backwards
};

/// Reads the organisation's audit log (admins), newest first. Read-only: the log is append-only.
class AuditTrail
{
public:
    explicit AuditTrail(store::Database &db);
    [[nodiscard]] core::Result<QList<AuditEntry>> entries(
        const Caller &caller, const AuditQuery &query) const;

private:
    store::Database &m_db;
};

} // namespace mikro::domain
