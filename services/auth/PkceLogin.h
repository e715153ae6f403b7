#pragma once

#include "services/auth/TokenClient.h"
#include "services/core/Result.h"
#include "services/core/Secret.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace mikro::auth {

class LoopbackReceiver;

/// One desktop sign-in (DESIGN.md §6): Authorization Code + PKCE S256 in the system browser,
/// `state` checked, `audience` and `scope=openid profile email offline_access` sent, redirect to
/// the loopback receiver, code exchanged with TokenClient. start() answers with the tokens, or
/// Unavailable `no_callback_port`, Refused `sign_in_declined`, Unavailable `sign_in_timeout`, or
/// TokenClient's errors. linkReady() carries the authorize URL for the "copy the sign-in link"
/// fallback when the browser cannot be opened. Lives on the UI thread; nothing blocks.
class PkceLogin : public QObject
{
    Q_OBJECT
public:
    /// Opens a URL in the system browser; false when it could not.
    using UrlOpener = std::function<bool(const QUrl &)>;

    PkceLogin(TokenClient &tokens, UrlOpener opener, QObject *parent = nullptr);
    ~PkceLogin() override;

    void setTimeout(std::chrono::milliseconds timeout);
    /// After an explicit sign-out the provider is asked to show its login form (`prompt=login`),
    /// so that another person can sign in on the same computer (UI.md §1.2).
    void setPromptForLogin(bool prompt) { m_promptForLogin = prompt; }
    [[nodiscard]] QFuture<core::Result<TokenSet>> start();
    void cancel();

signals:
    /// The URL the browser was sent to; `opened` is false when no browser could be started.
    void linkReady(const QUrl &url, bool opened);
    /// The browser came back; the code is being exchanged.
    void exchanging();

private:
    void finish(const core::Result<TokenSet> &result);
    void onCode(const QByteArray &code);

    TokenClient &m_tokens;
    UrlOpener m_opener;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::shared_ptr<QPromise<core::Result<TokenSet>>> m_promise;
    core::Secret m_verifier;
    QUrl m_redirectUri;
    QTimer m_timeout;
    bool m_promptForLogin = false;
};

} // namespace mikro::auth
