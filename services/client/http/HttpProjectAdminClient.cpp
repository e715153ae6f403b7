#include "services/client/http/HttpProjectAdminClient.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/codec/PersonCodec.h"
#include "services/client/codec/ProjectCodec.h"
#include "services/client/http/ApiConnection.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpProjectAdminClient::HttpProjectAdminClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<domain::BudgetEstimate>> HttpProjectAdminClient::estimate(
    const QString &url, core::Money mappingRate, core::Money validationRate)
{
    const QJsonObject body { { u"url"_s, url },
        { u"mapping_rate"_s, core::toDecimalString(mappingRate) },
        { u"validation_rate"_s, core::toDecimalString(validationRate) } };
    return m_api.call(u"project/calculate_budget"_s, body)
        .then([mappingRate, validationRate](
                  const core::Result<QJsonObject> &answer) -> core::Result<domain::BudgetEstimate> {
            if (!answer.ok())
                return answer.error();
            auto read = readShape<domain::BudgetEstimate>(
                answer.value(), u"calculate_budget"_s, [](auto &io, domain::BudgetEstimate &e) {
                    io.integer(u"total_tasks"_s, e.totalTasks);
                    io.money(u"budget"_s, e.budget);
                    io.text(u"currency"_s, e.currency);
                    io.text(u"name"_s, e.name);
                });
            if (read.ok()) {
                read.value().mappingRate = mappingRate;
                read.value().validationRate = validationRate;
            }
            return read;
        });
}

QFuture<core::Result<domain::ProjectRow>> HttpProjectAdminClient::create(
    const domain::ProjectForm &form)
{
    const QJsonObject body { { u"url"_s, form.url },
        { u"mapping_rate"_s, core::toDecimalString(form.mappingRate) },
        { u"validation_rate"_s, core::toDecimalString(form.validationRate) },
        { u"max_editors"_s, form.maxEditors }, { u"max_validators"_s, form.maxValidators },
        { u"difficulty"_s, form.difficulty }, { u"visibility"_s, form.visible } };
    return projectCommand(u"project/create_project"_s, body);
}

QFuture<core::Result<domain::ProjectRow>> HttpProjectAdminClient::update(
    qint64 projectId, const domain::ProjectEdit &edit)
{
    QJsonObject body { { u"project_id"_s, projectId } };
    if (edit.mappingRate)
        body.insert(u"mapping_rate"_s, core::toDecimalString(*edit.mappingRate));
    if (edit.validationRate)
        body.insert(u"validation_rate"_s, core::toDecimalString(*edit.validationRate));
    if (edit.maxEditors)
        body.insert(u"max_editors"_s, *edit.maxEditors);
    if (edit.maxValidators)
        body.insert(u"max_validators"_s, *edit.maxValidators);
    if (edit.active)
        body.insert(u"project_status"_s, *edit.active);
    if (edit.listing.visible)
        body.insert(u"visibility"_s, *edit.listing.visible);
    if (edit.listing.difficulty)
        body.insert(u"difficulty"_s, *edit.listing.difficulty);
    if (edit.listing.completed)
        body.insert(u"completed"_s, *edit.listing.completed);
    return projectCommand(u"project/update_project"_s, body);
}

QFuture<core::Result<void>> HttpProjectAdminClient::remove(qint64 projectId)
{
    return command(u"project/delete_project"_s, QJsonObject { { u"project_id"_s, projectId } });
}

QFuture<core::Result<QList<qint64>>> HttpProjectAdminClient::setRequiredTrainings(
    qint64 projectId, const QList<qint64> &trainingIds)
{
    QJsonArray ids;
    for (const qint64 id : trainingIds)
        ids << id;
    const QJsonObject body { { u"project_id"_s, projectId }, { u"training_ids"_s, ids } };
    return m_api.call(u"project/set_required_trainings"_s, body, ApiConnection::newOperationKey())
        .then([feed = &m_feed](
                  const core::Result<QJsonObject> &answer) -> core::Result<QList<qint64>> {
            if (!answer.ok())
                return answer.error();
            auto set = readShape<QList<qint64>>(answer.value(), u"set_required_trainings"_s,
                [](auto &io, QList<qint64> &out) { io.integers(u"required_trainings"_s, out); });
            if (set.ok())
                feed->announce(projectAreas);
            return set;
        });
}

QFuture<core::Result<QList<domain::ProjectMember>>> HttpProjectAdminClient::members(
    qint64 projectId)
{
    return m_api.call(u"user/fetch_project_users"_s, QJsonObject { { u"project_id"_s, projectId } })
        .then([](const core::Result<QJsonObject> &answer)
                  -> core::Result<QList<domain::ProjectMember>> {
            if (!answer.ok())
                return answer.error();
            return readObjectArray<domain::ProjectMember>(
                answer.value(), u"users"_s, &readProjectMember);
        });
}

QFuture<core::Result<void>> HttpProjectAdminClient::assign(
    qint64 projectId, const QString &userId, domain::MemberRole role)
{
    return command(u"project/assign_user_project"_s,
        QJsonObject { { u"project_id"_s, projectId }, { u"user_id"_s, userId },
            { u"member_role"_s, domain::memberRoleText(role) } });
}

QFuture<core::Result<void>> HttpProjectAdminClient::unassign(
    qint64 projectId, const QString &userId)
{
    return command(u"project/unassign_user_project"_s,
        QJsonObject { { u"project_id"_s, projectId }, { u"user_id"_s, userId } });
}

QFuture<core::Result<domain::ProjectRow>> HttpProjectAdminClient::projectCommand(
    const QString &action, const QJsonObject &body)
{
    return m_api.call(action, body, ApiConnection::newOperationKey())
        .then([feed = &m_feed, action](
                  const core::Result<QJsonObject> &answer) -> core::Result<domain::ProjectRow> {
            if (!answer.ok())
                return answer.error();
            const QJsonValue project = answer.value().value(u"project"_s);
            if (!project.isObject())
                return unreadableAnswer(action + u": project is not an object"_s);
            auto row = readProject(project.toObject());
            if (row.ok())
                feed->announce(projectAreas);
            return row;
        });
}

QFuture<core::Result<void>> HttpProjectAdminClient::command(
    const QString &action, const QJsonObject &body)
{
    return m_api.call(action, body, ApiConnection::newOperationKey())
        .then([feed = &m_feed](const core::Result<QJsonObject> &answer) -> core::Result<void> {
            if (!answer.ok())
                return answer.error();
            feed->announce(projectAreas);
            return {};
        });
}

} // namespace mikro::client
