#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/audit/AuditTrail.h"

#include <QJsonObject>
#include <QList>

namespace mikro::client {

/// API.md §2 AuditEntry. `details` is the stored JSON object, written as a nested object
/// (compact, keys in Qt's order); read back it is that object's compact text, so stored text that
/// was already compact comes back byte for byte and any other is an equal object.
[[nodiscard]] JsonWriter writeAuditEntry(const domain::AuditEntry &entry);
[[nodiscard]] core::Result<domain::AuditEntry> readAuditEntry(const QJsonObject &object);

/// A page of `fetch_audit_log` (API.md §5): the entries, newest first, and the `before_id` of
/// the next page (0: none; written as null).
struct AuditPage
{
    QList<domain::AuditEntry> entries;
    qint64 nextBeforeId = 0;
    bool operator==(const AuditPage &) const = default;
};

/// A page of at most `limit` entries as read: a full page may have older ones, and the next
/// starts before its last.
[[nodiscard]] AuditPage auditPageOf(const QList<domain::AuditEntry> &entries, int limit);

/// `entries` and `next_before_id`, added to `envelope`.
void writeAuditPage(JsonWriter &envelope, const AuditPage &page);
[[nodiscard]] core::Result<AuditPage> readAuditPage(const QJsonObject &answer);

} // namespace mikro::client
