#include "services/auth/PkceLogin.h"

#include "services/auth/AuthLog.h"
#include "services/auth/LoopbackReceiver.h"
#include "services/auth/Pkce.h"
#include "services/core/WhenReady.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace mikro::auth {

PkceLogin::PkceLogin(TokenClient &tokens, UrlOpener opener, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_opener(std::move(opener))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5min);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(core::Error::make(core::ErrorKind::Unavailable, "sign_in_timeout",
            QCoreApplication::translate(
                "mikro::auth::PkceLogin", "Sign-in timed out. Nothing was changed.")));
    });
}

PkceLogin::~PkceLogin()
{
    cancel();
}

void PkceLogin::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

QFuture<core::Result<TokenSet>> PkceLogin::start()
{
    cancel();
    m_promise = std::make_shared<QPromise<core::Result<TokenSet>>>();
    m_promise->start();
    QFuture<core::Result<TokenSet>> future = m_promise->future();

    const OidcProvider &provider = m_tokens.provider();
    const QByteArray state = makeState();
    m_verifier = makeCodeVerifier();
    m_receiver = std::make_unique<LoopbackReceiver>();
    const core::Result<QUrl> redirect = m_receiver->listen(provider.callbackPorts, state);
    if (!redirect.ok()) {
        finish(redirect.error());
        return future;
    }
    m_redirectUri = redirect.value();
    connect(m_receiver.get(), &LoopbackReceiver::codeReceived, this, &PkceLogin::onCode);
    connect(m_receiver.get(), &LoopbackReceiver::failed, this,
        [this](const QString &error, const QString &description) {
            qCInfo(lcAuth) << "sign-in declined by the provider:" << error << description;
            finish(core::Error::make(core::ErrorKind::Refused, "sign_in_declined",
                QCoreApplication::translate(
                    "mikro::auth::PkceLogin", "The sign-in was cancelled or refused. Try again."),
                error + u": "_s + description));
        });

    QUrl url = provider.authorizeUrl();
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, provider.clientId);
    query.addQueryItem(u"redirect_uri"_s, m_redirectUri.toString());
    query.addQueryItem(u"scope"_s, u"openid profile email offline_access"_s);
    query.addQueryItem(u"audience"_s, provider.audience);
    query.addQueryItem(u"state"_s, QString::fromLatin1(state));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(codeChallengeS256(m_verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    if (m_promptForLogin)
        query.addQueryItem(u"prompt"_s, u"login"_s);
    url.setQuery(query);
    m_timeout.start();
    const bool opened = m_opener && m_opener(url);
    emit linkReady(url, opened);
    return future;
}

void PkceLogin::cancel()
{
    if (m_promise && !m_promise->future().isFinished()) {
        m_promise->addResult(core::Error::make(core::ErrorKind::Refused, "sign_in_cancelled",
            QCoreApplication::translate("mikro::auth::PkceLogin", "Sign-in cancelled.")));
        m_promise->finish();
    }
    m_timeout.stop();
    if (m_receiver)
        m_receiver->stop();
}

void PkceLogin::onCode(const QByteArray &code)
{
    m_timeout.stop();
    emit exchanging();
    core::whenReady(m_tokens.exchangeCode(core::Secret(code), m_verifier, m_redirectUri), this,
        [this](const core::Result<TokenSet> &result) { finish(result); });
}

void PkceLogin::finish(const core::Result<TokenSet> &result)
{
    m_timeout.stop();
    if (m_receiver)
        m_receiver->stop();
    if (m_promise && !m_promise->future().isFinished()) {
        m_promise->addResult(result);
        m_promise->finish();
    }
}

} // namespace mikro::auth
