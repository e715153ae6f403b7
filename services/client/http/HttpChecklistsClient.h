#pragma once

#include "services/client/ChecklistsClient.h"

#include <QJsonObject>

namespace mikro::client {

class ApiConnection;
class ChangeFeed;

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

private:
    /// Sends a change; on success announces Checklists and answers `key` of the answer (0 when
    /// no key is wanted).
    [[nodiscard]] QFuture<core::Result<qint64>> change(
        const QString &action, const QJsonObject &body, const QString &key);

    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
