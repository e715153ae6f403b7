#include "services/auth/TokenClient.h"

#include "services/auth/AuthLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

using namespace Qt::StringLiterals;

namespace mikro::auth {

namespace {

constexpr int TimeoutMs = 15000;

QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    for (const auto &[key, value] : fields)
        pairs << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    return pairs.join('&');
}

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(TimeoutMs);
    return request;
}

/// Classifies a token endpoint answer; the body's error text goes to the diagnostic only.
core::Error failure(QNetworkReply *reply, const QJsonObject &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString error = body.value(u"error"_s).toString();
    const QString diagnostic
        = u"%1 %2: %3 %4"_s.arg(reply->url().path()).arg(status).arg(error, reply->errorString());
    if (error == "invalid_grant"_L1) {
        qCInfo(lcAuth) << "grant refused:" << body.value(u"error_description"_s).toString();
        return core::Error::make(core::ErrorKind::Unauthenticated, "invalid_grant",
            QCoreApplication::translate(
                "mikro::auth::TokenClient", "Your session has ended. Sign in again."),
            diagnostic);
    }
    if (status == 0 || status >= 500 || status == 429) {
        qCWarning(lcAuth) << "token endpoint unavailable:" << diagnostic;
        return core::Error::make(core::ErrorKind::Unavailable, "auth_unavailable",
            QCoreApplication::translate("mikro::auth::TokenClient",
                "The sign-in service can't be reached. Check your connection."),
            diagnostic);
    }
    qCWarning(lcAuth) << "token endpoint refused:" << diagnostic;
    return core::Error::make(core::ErrorKind::Internal, "token_response",
        QCoreApplication::translate(
            "mikro::auth::TokenClient", "The sign-in service did not issue a session."),
        diagnostic);
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager &network, OidcProvider provider,
    const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_provider(std::move(provider))
    , m_clock(clock)
{
}

QFuture<core::Result<TokenSet>> TokenClient::exchangeCode(
    const core::Secret &code, const core::Secret &verifier, const QUrl &redirectUri)
{
    return postForTokens({ { u"grant_type"_s, u"authorization_code"_s },
        { u"client_id"_s, m_provider.clientId }, { u"code"_s, QString::fromUtf8(code.reveal()) },
        { u"code_verifier"_s, QString::fromUtf8(verifier.reveal()) },
        { u"redirect_uri"_s, redirectUri.toString() } });
}

QFuture<core::Result<TokenSet>> TokenClient::refresh(const core::Secret &refreshToken)
{
    return postForTokens(
        { { u"grant_type"_s, u"refresh_token"_s }, { u"client_id"_s, m_provider.clientId },
            { u"refresh_token"_s, QString::fromUtf8(refreshToken.reveal()) } });
}

QFuture<core::Result<TokenSet>> TokenClient::postForTokens(
    const QList<std::pair<QString, QString>> &form)
{
    auto promise = std::make_shared<QPromise<core::Result<TokenSet>>>();
    promise->start();
    QNetworkReply *reply = m_network.post(formRequest(m_provider.tokenUrl()), formBody(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString access = body.value(u"access_token"_s).toString();
        if (status != 200 || access.isEmpty()) {
            promise->addResult(failure(reply, body));
        } else {
            TokenSet tokens;
            tokens.accessToken = core::Secret(access.toUtf8());
            tokens.refreshToken = core::Secret(body.value(u"refresh_token"_s).toString().toUtf8());
            tokens.idToken = core::Secret(body.value(u"id_token"_s).toString().toUtf8());
            tokens.expiresAt = m_clock.nowUtc().addSecs(body.value(u"expires_in"_s).toInt(3600));
            promise->addResult(tokens);
        }
        promise->finish();
    });
    return promise->future();
}

QFuture<core::Result<void>> TokenClient::revoke(const core::Secret &refreshToken)
{
    auto promise = std::make_shared<QPromise<core::Result<void>>>();
    promise->start();
    QNetworkReply *reply = m_network.post(formRequest(m_provider.revokeUrl()),
        formBody({ { u"client_id"_s, m_provider.clientId },
            { u"token"_s, QString::fromUtf8(refreshToken.reveal()) } }));
    connect(reply, &QNetworkReply::finished, this, [reply, promise] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            promise->addResult(core::Result<void>());
        else
            promise->addResult(failure(reply, QJsonDocument::fromJson(reply->readAll()).object()));
        promise->finish();
    });
    return promise->future();
}

} // namespace mikro::auth
