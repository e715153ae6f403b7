#include "services/client/codec/PersonWorkCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Row>
void describeProject(Io &io, Row &p)
{
    io.integer(u"project_id"_s, p.projectId);
    io.text(u"name"_s, p.name);
    io.boolean(u"active"_s, p.active);
    io.word(u"member_role"_s, p.role, &domain::memberRoleText, &domain::memberRoleFromText);
    io.time(u"assigned_at"_s, p.assignedAt);
    io.integer(u"tasks_mapped"_s, p.tasksMapped);
    io.integer(u"tasks_validated"_s, p.tasksValidated);
    io.money(u"earned"_s, p.earned);
}

template <typename Io, typename Row>
void describeTraining(Io &io, Row &t)
{
    io.integer(u"training_id"_s, t.trainingId);
    io.text(u"title"_s, t.title);
    io.word(u"training_type"_s, t.type, &domain::trainingTypeText, &domain::trainingTypeFromText);
    io.integer(u"points"_s, t.points);
    io.time(u"completed_at"_s, t.completedAt);
}

template <typename Io, typename Row>
void describeChecklist(Io &io, Row &c)
{
    io.integer(u"user_checklist_id"_s, c.id);
    io.text(u"name"_s, c.name);
    io.integer(u"items"_s, c.items);
    io.integer(u"done"_s, c.done);
    io.integer(u"confirmed"_s, c.confirmed);
    io.time(u"started_at"_s, c.startedAt);
    io.boolean(u"completed"_s, c.completed);
    io.boolean(u"fully_confirmed"_s, c.fullyConfirmed);
}

template <typename Io, typename Work>
void describeWork(Io &io, Work &w)
{
    io.array(u"projects"_s, w.projects, [](auto &nested, auto &p) { describeProject(nested, p); });
    io.array(
        u"trainings"_s, w.trainings, [](auto &nested, auto &t) { describeTraining(nested, t); });
    io.array(
        u"checklists"_s, w.checklists, [](auto &nested, auto &c) { describeChecklist(nested, c); });
}

} // namespace

void writePersonWork(JsonWriter &envelope, const domain::PersonWork &work)
{
    writeShape(envelope, work, [](auto &io, auto &w) { describeWork(io, w); });
}

core::Result<domain::PersonWork> readPersonWork(const QJsonObject &answer)
{
    return readShape<domain::PersonWork>(
        answer, u"PersonWork"_s, [](auto &io, auto &w) { describeWork(io, w); });
}

} // namespace mikro::client
