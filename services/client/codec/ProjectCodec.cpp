#include "services/client/codec/ProjectCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Row>
void describeProject(Io &io, Row &p)
{
    io.integer(u"id"_s, p.id);
    io.text(u"name"_s, p.name);
    io.text(u"url"_s, p.url);
    io.derived(u"source"_s, u"tm4"_s);
    io.boolean(u"status"_s, p.active);
    io.boolean(u"visibility"_s, p.visible);
    io.boolean(u"completed"_s, p.completed);
    io.nullableText(u"difficulty"_s, p.difficulty);
    io.integer(u"total_tasks"_s, p.totalTasks);
    io.money(u"mapping_rate_per_task"_s, p.mappingRate);
    io.money(u"validation_rate_per_task"_s, p.validationRate);
    io.money(u"max_payment"_s, p.budget);
    io.money(u"total_payout"_s, p.spent);
    io.derived(u"budget_used_percent"_s, qint64(p.budgetUsedPercent()));
    io.derived(u"budget_warning"_s, p.budgetWarning());
    io.integer(u"max_editors"_s, p.maxEditors);
    io.integer(u"total_editors"_s, p.editors);
    io.integer(u"max_validators"_s, p.maxValidators);
    io.integer(u"total_validators"_s, p.validators);
    io.integer(u"total_mapped"_s, p.mapped);
    io.integer(u"total_validated"_s, p.validated);
    io.integer(u"total_invalidated"_s, p.invalidated);
    io.time(u"last_synced_at"_s, p.lastSyncedAt);
    io.time(u"created_at"_s, p.createdAt);
}

} // namespace

JsonWriter writeProject(const domain::ProjectRow &project)
{
    return writeShape(project, [](auto &io, auto &p) { describeProject(io, p); });
}

core::Result<domain::ProjectRow> readProject(const QJsonObject &object)
{
    return readShape<domain::ProjectRow>(
        object, u"Project"_s, [](auto &io, auto &p) { describeProject(io, p); });
}

} // namespace mikro::client
