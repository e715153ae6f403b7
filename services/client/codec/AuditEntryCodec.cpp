#include "services/client/codec/AuditEntryCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Row>
void describeAuditEntry(Io &io, Row &e)
{
    io.integer(u"id"_s, e.id);
    io.time(u"at"_s, e.at);
    io.text(u"actor_id"_s, e.actorId);
    io.text(u"actor_name"_s, e.actorName);
    io.text(u"action"_s, e.action);
    io.text(u"entity"_s, e.entity);
    io.nullableText(u"entity_id"_s, e.entityId);
    io.jsonObject(u"details"_s, e.details);
}

template <typename Io, typename Page>
void describeAuditPage(Io &io, Page &p)
{
    io.array(u"entries"_s, p.entries, [](auto &nested, auto &e) { describeAuditEntry(nested, e); });
    io.nullableId(u"next_before_id"_s, p.nextBeforeId);
}

} // namespace

JsonWriter writeAuditEntry(const domain::AuditEntry &entry)
{
    return writeShape(entry, [](auto &io, auto &e) { describeAuditEntry(io, e); });
}

core::Result<domain::AuditEntry> readAuditEntry(const QJsonObject &object)
{
    return readShape<domain::AuditEntry>(
        object, u"AuditEntry"_s, [](auto &io, auto &e) { describeAuditEntry(io, e); });
}

AuditPage auditPageOf(const QList<domain::AuditEntry> &entries, int limit)
{
    return { entries, entries.size() == limit && !entries.isEmpty() ? entries.constLast().id : 0 };
}

void writeAuditPage(JsonWriter &envelope, const AuditPage &page)
{
    writeShape(envelope, page, [](auto &io, auto &p) { describeAuditPage(io, p); });
}

core::Result<AuditPage> readAuditPage(const QJsonObject &answer)
{
    return readShape<AuditPage>(
        answer, u"audit_log"_s, [](auto &io, auto &p) { describeAuditPage(io, p); });
}

} // namespace mikro::client
