#pragma once

#include "services/client/codec/ApiAnswer.h"
#include "services/core/Result.h"
#include "services/core/Secret.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace mikro::client {

/// Where the bearer token comes from: the session's access token, and a refreshed one after the
/// server said 401 (DESIGN.md §2.1: one refresh and retry).
struct TokenSource
{
    std::function<QFuture<core::Result<core::Secret>>()> current;
    std::function<QFuture<core::Result<core::Secret>>()> refreshed;
};

/// The HttpBackend's one road to `mikro-server`: POST /api/<group>/<action> with a JSON object,
/// the session's bearer token, a time limit, and one refresh-and-retry when the server answers
/// 401. Every failure becomes the `core::Error` kind the services use (API.md §1.7's status and
/// `error` code, message and field kept), so a page cannot tell the backends apart by their
/// errors. Use it on the thread of its QNetworkAccessManager (the UI thread); nothing blocks.
class ApiConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds DefaultTimeout { 20 };

    ApiConnection(QNetworkAccessManager &network, QUrl server, TokenSource tokens,
        std::chrono::milliseconds timeout = DefaultTimeout, QObject *parent = nullptr);
    ~ApiConnection() override;

    /// https anywhere; http only to this machine (a bearer token never crosses a network in
    /// clear text). InvalidInput `invalid_server_url` otherwise.
    [[nodiscard]] static core::Result<QUrl> checkServerUrl(const QString &text);
    /// A fresh Idempotency-Key for one change, so a retry after a lost answer lands once.
    [[nodiscard]] static QByteArray newOperationKey();

    /// `action` is "group/action" (`transaction/fetch_user_payable`); the answer's object, or the
    /// failure. An `idempotencyKey` (a UUID) makes a retried change land once (API.md §1.8).
    [[nodiscard]] QFuture<core::Result<QJsonObject>> call(
        const QString &action, const QJsonObject &body = {}, const QByteArray &idempotencyKey = {});

    [[nodiscard]] const QUrl &server() const { return m_server; }

private:
    struct Call;
    void send(const std::shared_ptr<Call> &call, const core::Secret &token);
    void onReplyFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call);

    QNetworkAccessManager &m_network;
    QUrl m_server;
    TokenSource m_tokens;
    std::chrono::milliseconds m_timeout;
};

} // namespace mikro::client
