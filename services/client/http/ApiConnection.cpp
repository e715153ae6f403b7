#include "services/client/http/ApiConnection.h"

#include "services/client/codec/JsonReader.h"
#include "services/core/WhenReady.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("mikro::client::ApiConnection", text);
}

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// What the transport failed with, for a person: what happened and what to do.
core::Error transportError(const QNetworkReply &reply, const QUrl &server)
{
    const QString diagnostic = reply.errorString();
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return core::Error::make(core::ErrorKind::Unavailable, "server_timeout",
            translated(QT_TRANSLATE_NOOP("mikro::client::ApiConnection",
                "The server did not answer in time. Check your connection and try again.")),
            diagnostic);
    case QNetworkReply::SslHandshakeFailedError:
        return core::Error::make(core::ErrorKind::Unavailable, "server_untrusted",
            translated(QT_TRANSLATE_NOOP("mikro::client::ApiConnection",
                "The server's certificate is not trusted, so Mikro did not send anything. Check "
                "the server address in Settings or ask your administrator.")),
            diagnostic);
    default:
        return core::Error::make(core::ErrorKind::Unavailable, "server_unreachable",
            translated(
                QT_TRANSLATE_NOOP("mikro::client::ApiConnection",
                    "Mikro cannot reach the server at %1. Check your connection, or the server "
                    "address in Settings."))
                .arg(server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath)),
            diagnostic);
    }
}

} // namespace

struct ApiConnection::Call
{
    QString action;
    QByteArray body;
    QByteArray idempotencyKey;
    bool retried = false;
    QPromise<core::Result<QJsonObject>> promise;

    void finish(const core::Result<QJsonObject> &result)
    {
        promise.addResult(result);
        promise.finish();
    }
};

ApiConnection::ApiConnection(QNetworkAccessManager &network, QUrl server, TokenSource tokens,
    std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_tokens(std::move(tokens))
    , m_timeout(timeout)
{
}

ApiConnection::~ApiConnection() = default;

core::Result<QUrl> ApiConnection::checkServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool secure = url.scheme() == "https"_L1;
    const bool local = url.scheme() == "http"_L1 && isLoopback(url.host());
    if (url.isValid() && !url.host().isEmpty() && (secure || local))
        return url;
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_server_url",
        translated(QT_TRANSLATE_NOOP("mikro::client::ApiConnection",
            "Enter the server's address starting with https:// (http:// only for a server on "
            "this computer).")))
        .withField(u"server_url"_s);
}

QFuture<core::Result<QJsonObject>> ApiConnection::call(
    const QString &action, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    auto call = std::make_shared<Call>();
    call->action = action;
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->idempotencyKey = idempotencyKey;
    call->promise.start();
    QFuture<core::Result<QJsonObject>> future = call->promise.future();
    core::whenReady(
        m_tokens.current(), this, [this, call](const core::Result<core::Secret> &token) {
            if (token.ok())
                send(call, token.value());
            else
                call->finish(token.error());
        });
    return future;
}

void ApiConnection::send(const std::shared_ptr<Call> &call, const core::Secret &token)
{
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/"_s + call->action);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.reveal());
    if (!call->idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call->idempotencyKey);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        QNetworkRequest::ManualRedirectPolicy); // a redirect must not carry the token elsewhere
    QNetworkReply *reply = m_network.post(request, call->body);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, call] { onReplyFinished(reply, call); });
}

void ApiConnection::onReplyFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        call->finish(transportError(*reply, m_server));
        return;
    }
    if (status == 401 && !call->retried) {
        call->retried = true;
        core::whenReady(
            m_tokens.refreshed(), this, [this, call](const core::Result<core::Secret> &token) {
                if (token.ok())
                    send(call, token.value());
                else
                    call->finish(token.error());
            });
        return;
    }
    call->finish(answerOf(status, reply->readAll()));
}

QByteArray ApiConnection::newOperationKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace mikro::client
