#include "services/client/codec/ProjectCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

#include <algorithm>

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
    io.money(u"payment_due"_s, p.paymentDue);
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
    io.integers(u"required_trainings"_s, p.requiredTrainings);
}

/// The caller's own figures beside a member project's Project fields.
template <typename Io, typename Member>
void describeMemberFigures(Io &io, Member &m, bool validatorView)
{
    io.text(u"member_role"_s, m.memberRole);
    io.integer(u"tasks_mapped"_s, m.tasksMapped);
    io.integer(u"tasks_approved"_s, m.tasksApproved);
    io.integer(u"tasks_unapproved"_s, m.tasksUnapproved);
    io.money(u"user_earnings"_s, m.earnings);
    if (validatorView) {
        io.derived(u"tasks approved"_s, qint64(m.tasksApproved));
        io.derived(u"tasks unapproved"_s, qint64(m.tasksUnapproved));
        io.integer(u"tasks_validated"_s, m.validationsMade);
        io.integer(u"tasks_invalidated"_s, m.invalidationsMade);
    } else {
        io.integer(u"tasks_in_review"_s, m.tasksInReview);
    }
}

QString memberKey(bool validatorView)
{
    return validatorView ? u"org_active_projects"_s : u"user_projects"_s;
}

QString availableKey(bool validatorView)
{
    return validatorView ? u"org_inactive_projects"_s : u"available_projects"_s;
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

void writeUserProjects(
    JsonWriter &envelope, const domain::UserProjects &projects, bool validatorView)
{
    QList<JsonWriter> member;
    member.reserve(projects.member.size());
    for (const domain::MemberProject &m : projects.member) {
        JsonWriter row = writeProject(m.project);
        writeShape(row, m, [validatorView](auto &io, auto &value) {
            describeMemberFigures(io, value, validatorView);
        });
        member << std::move(row);
    }
    QList<JsonWriter> available;
    available.reserve(projects.available.size());
    for (const domain::ProjectRow &row : projects.available)
        available << writeProject(row);
    envelope.array(memberKey(validatorView), member).array(availableKey(validatorView), available);
    if (!validatorView) // API.md §1.9: the web front end reads the member list under this name too
        envelope.array(u"org_active_projects"_s, member);
}

core::Result<domain::UserProjects> readUserProjects(const QJsonObject &answer, bool validatorView)
{
    return readShape<domain::UserProjects>(
        answer, u"UserProjects"_s, [validatorView](auto &io, domain::UserProjects &out) {
            io.array(memberKey(validatorView), out.member,
                [validatorView](auto &row, domain::MemberProject &m) {
                    describeProject(row, m.project);
                    describeMemberFigures(row, m, validatorView);
                });
            io.array(availableKey(validatorView), out.available,
                [](auto &row, domain::ProjectRow &p) { describeProject(row, p); });
        });
}

core::Result<QList<domain::ProjectRow>> readOrgProjects(const QJsonObject &answer)
{
    struct Lists
    {
        QList<domain::ProjectRow> active;
        QList<domain::ProjectRow> inactive;
    };
    auto read = readShape<Lists>(answer, u"OrgProjects"_s, [](auto &io, Lists &out) {
        const auto project = [](auto &row, domain::ProjectRow &p) { describeProject(row, p); };
        io.array(u"org_active_projects"_s, out.active, project);
        io.array(u"org_inactive_projects"_s, out.inactive, project);
    });
    if (!read.ok())
        return read.error();
    QList<domain::ProjectRow> all = read.value().active + read.value().inactive;
    std::ranges::sort(all, {}, &domain::ProjectRow::id);
    return all;
}

} // namespace mikro::client
