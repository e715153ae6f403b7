#include "services/client/codec/PersonCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Person>
void describeUserRow(Io &io, Person &p, bool withTaskEarnings)
{
    io.text(u"id"_s, p.id);
    io.text(u"name"_s, p.name);
    io.text(u"email"_s, p.email);
    io.nullableText(u"osm_username"_s, p.osmUsername);
    io.nullableText(u"payment_email"_s, p.paymentEmail);
    io.nullableText(u"city"_s, p.city);
    io.nullableText(u"country"_s, p.country);
    io.word(u"role"_s, p.role, &domain::roleText, &domain::roleFromText);
    io.time(u"joined"_s, p.joined);
    io.time(u"last_login_at"_s, p.lastLoginAt);
    io.boolean(u"active"_s, p.active);
    io.money(u"total_payout"_s, p.paid);
    io.money(u"awaiting_payment"_s, p.pending);
    io.optionalMoney(u"validated_tasks_amounts"_s, p.taskEarnings, withTaskEarnings);
    io.money(u"payable"_s, p.payable);
    io.integer(u"total_tasks_mapped"_s, p.tasksMapped);
    io.integer(u"total_tasks_validated"_s, p.tasksValidated);
    io.integer(u"total_tasks_invalidated"_s, p.tasksInvalidated);
    io.derived(u"requesting_payment"_s, p.pending.cents() > 0);
    io.integer(u"assigned_projects"_s, p.assignedProjects);
    io.integer(u"mapper_points"_s, p.mapperPoints);
    io.integer(u"validator_points"_s, p.validatorPoints);
    io.integer(u"special_project_points"_s, p.specialProjectPoints);
}

template <typename Io, typename Member>
void describeProjectMember(Io &io, Member &m)
{
    describeUserRow(io, m.person, false);
    io.derived(u"assigned"_s, m.memberRole.isEmpty() ? u"No"_s : u"Yes"_s);
    io.nullableText(u"member_role"_s, m.memberRole);
    io.integers(u"missing_trainings"_s, m.missingTrainings);
}

} // namespace

JsonWriter writeUserRow(const domain::PersonSummary &person, bool withTaskEarnings)
{
    return writeShape(person,
        [withTaskEarnings](auto &io, auto &p) { describeUserRow(io, p, withTaskEarnings); });
}

core::Result<domain::PersonSummary> readUserRow(const QJsonObject &object)
{
    return readShape<domain::PersonSummary>(
        object, u"UserRow"_s, [](auto &io, auto &p) { describeUserRow(io, p, false); });
}

JsonWriter writeProjectMember(const domain::ProjectMember &member)
{
    return writeShape(member, [](auto &io, auto &m) { describeProjectMember(io, m); });
}

core::Result<domain::ProjectMember> readProjectMember(const QJsonObject &object)
{
    return readShape<domain::ProjectMember>(
        object, u"ProjectUser"_s, [](auto &io, auto &m) { describeProjectMember(io, m); });
}

} // namespace mikro::client
