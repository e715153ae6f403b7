#include "services/client/http/HttpSyncClient.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/codec/SyncRunCodec.h"
#include "services/client/http/ApiConnection.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

/// The boolean `key` of an answer.
core::Result<bool> flag(const Answer &answer, const QString &key)
{
    if (!answer.ok())
        return answer.error();
    const QJsonValue value = answer.value().value(key);
    if (!value.isBool())
        return unreadableAnswer(key + u" is not a boolean"_s);
    return value.toBool();
}

} // namespace

HttpSyncClient::HttpSyncClient(ApiConnection &api)
    : m_api(api)
{
}

QFuture<core::Result<SyncOverview>> HttpSyncClient::overview()
{
    return m_api.call(u"task/fetch_sync_status"_s)
        .then([](const Answer &answer) -> core::Result<SyncOverview> {
            if (!answer.ok())
                return answer.error();
            auto projects = readObjectArray<sync::ProjectSyncStatus>(
                answer.value(), u"projects"_s, &readSyncStatus);
            if (!projects.ok())
                return projects.error();
            auto scheduler = readScheduler(answer.value().value(u"scheduler"_s).toObject());
            if (!scheduler.ok())
                return scheduler.error();
            const QJsonValue events = answer.value().value(u"events_24h"_s);
            if (!events.isDouble())
                return unreadableAnswer(u"events_24h is not a number"_s);
            return SyncOverview { std::move(projects.value()), std::move(scheduler.value()),
                events.toInt() };
        });
}

QFuture<core::Result<SyncRunsPage>> HttpSyncClient::runs(qint64 projectId, qint64 beforeId)
{
    QJsonObject body { { u"project_id"_s, projectId } };
    if (beforeId > 0)
        body.insert(u"before_id"_s, beforeId);
    return m_api.call(u"task/fetch_sync_runs"_s, body)
        .then([](const Answer &answer) -> core::Result<SyncRunsPage> {
            if (!answer.ok())
                return answer.error();
            auto runs
                = readObjectArray<sync::ProjectSyncStatus>(answer.value(), u"runs"_s, &readSyncRun);
            if (!runs.ok())
                return runs.error();
            return SyncRunsPage { std::move(runs.value()),
                answer.value().value(u"next_before_id"_s).toInteger(0) };
        });
}

QFuture<core::Result<bool>> HttpSyncClient::start(qint64 projectId, bool full)
{
    return m_api
        .call(u"task/sync_project"_s, { { u"project_id"_s, projectId }, { u"full"_s, full } })
        .then([](const Answer &answer) -> core::Result<bool> {
            const auto already = flag(answer, u"already_queued"_s);
            if (!already.ok())
                return already.error();
            return !already.value();
        });
}

QFuture<core::Result<bool>> HttpSyncClient::cancel(qint64 projectId)
{
    return m_api.call(u"task/cancel_sync"_s, { { u"project_id"_s, projectId } })
        .then([](const Answer &answer) { return flag(answer, u"cancelled"_s); });
}

} // namespace mikro::client
