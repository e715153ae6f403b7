#include "services/client/codec/LedgerCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Row>
void describeRow(Io &io, Row &r)
{
    io.integer(u"id"_s, r.id);
    io.word(u"kind"_s, r.kind, &domain::ledgerKindText, &domain::ledgerKindFromText);
    io.money(u"amount"_s, r.amount);
    io.nullableId(u"project_id"_s, r.projectId);
    io.nullableText(u"project_name"_s, r.projectName);
    io.nullableId(u"task_id"_s, r.taskId);
    io.nullableId(u"checklist_id"_s, r.checklistId);
    io.nullableText(u"checklist_name"_s, r.checklistName);
    io.nullableText(u"note"_s, r.note);
    io.time(u"created_at"_s, r.createdAt);
}

template <typename Io, typename Page>
void describePage(Io &io, Page &p)
{
    io.array(u"entries"_s, p.rows, [](auto &nested, auto &row) { describeRow(nested, row); });
    io.integer(u"total"_s, p.total);
    io.integer(u"offset"_s, p.offset);
}

} // namespace

void writeLedgerPage(JsonWriter &envelope, const domain::LedgerPage &page)
{
    writeShape(envelope, page, [](auto &io, auto &p) { describePage(io, p); });
}

core::Result<domain::LedgerPage> readLedgerPage(const QJsonObject &answer)
{
    return readShape<domain::LedgerPage>(
        answer, u"ledger"_s, [](auto &io, auto &p) { describePage(io, p); });
}

QJsonObject ledgerQueryBody(const domain::LedgerQuery &query)
{
    QJsonObject body { { u"offset"_s, query.offset }, { u"limit"_s, query.limit },
        { u"sort"_s, domain::ledgerSortText(query.sort) }, { u"descending"_s, query.descending } };
    if (query.kind)
        body.insert(u"kind"_s, domain::ledgerKindText(*query.kind));
    return body;
}

} // namespace mikro::client
