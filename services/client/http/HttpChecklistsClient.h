#pragma once

#include "services/client/ChangeFeed.h"
#include "services/client/ChecklistsClient.h"

#include <QJsonObject>

namespace mikro::client {

class ApiConnection;

/// ChecklistsClient over API.md §10 and §11.3.
class HttpChecklistsClient : public ChecklistsClient
{
public:
    HttpChecklistsClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<domain::OwnChecklists>> mine() override;
    [[nodiscard]] QFuture<core::Result<qint64>> start(qint64 templateId) override;
    [[nodiscard]] QFuture<core::Result<void>> setItemDone(
        qint64 checklistId, int itemNumber, bool done) override;
    [[nodiscard]] QFuture<core::Result<qint64>> addComment(
        qint64 checklistId, const QString &text) override;
    [[nodiscard]] QFuture<core::Result<void>> deleteComment(qint64 commentId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::InstanceView>>> toReview() override;
    [[nodiscard]] QFuture<core::Result<void>> confirmItem(
        qint64 checklistId, int itemNumber) override;
    [[nodiscard]] QFuture<core::Result<int>> confirmAll(qint64 checklistId) override;
    [[nodiscard]] QFuture<core::Result<qint64>> apply(
        const ChecklistChange &change, const QUuid &operation) override;

private:
    /// Sends a change; on success announces `areas` and answers `key` of the answer (0 when no
    /// key is wanted).
    [[nodiscard]] QFuture<core::Result<qint64>> change(const QString &action,
        const QJsonObject &body, const QString &key, const QList<ChangeFeed::Area> &areas,
        const QByteArray &idempotencyKey = {});

    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
