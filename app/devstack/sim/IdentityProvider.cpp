#include "app/devstack/sim/IdentityProvider.h"

#include "services/auth/Base64Url.h"
#include "services/core/Clock.h"
#include "services/http/Router.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace mikro::devstack {

namespace {

struct PendingLogin
{
    QString clientId;
    QString redirectUri;
    QString state;
    QString challenge;
    QString scope;
    QString audience;
    QString nonce;
    QDateTime expires;
};

struct IssuedCode
{
    PendingLogin login;
    QString subject;
    bool used = false;
    QString family; ///< refresh-token family born from this code (revoked if the code is replayed)
};

struct RefreshRecord
{
    QString family;
    QString clientId;
    QString subject;
    QString scope;
    QString audience;
    bool used = false;
};

QString randomToken()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(auth::base64UrlEncode(
        QByteArrayView(reinterpret_cast<const char *>(words.data()), sizeof(words))));
}

http::Response oauthError(int status, const QString &error, const QString &description)
{
    return http::Response::json(
        status, QJsonObject { { u"error"_s, error }, { u"error_description"_s, description } });
}

/// Form (`application/x-www-form-urlencoded`) or JSON body, as Auth0 accepts both.
QHash<QString, QString> bodyFields(const http::Request &request)
{
    QHash<QString, QString> fields;
    if (request.header("content-type").startsWith("application/json")) {
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields.insert(it.key(), it.value().toString());
        return fields;
    }
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(body));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        fields.insert(key, value);
    return fields;
}

/// The query's fields, a `+` read as a space as HTML forms and the web SDKs send it
/// (`scope=openid+profile+email`); an encoded plus (`%2B`) stays a plus.
QHash<QString, QString> queryFields(const http::Request &request)
{
    QString raw = request.query.query(QUrl::FullyEncoded);
    raw.replace(u'+', u"%20"_s);
    QHash<QString, QString> fields;
    for (const auto &[key, value] : QUrlQuery(raw).queryItems(QUrl::FullyDecoded))
        fields.insert(key, value);
    return fields;
}

http::Response html(int status, const QString &body)
{
    return http::Response::text(status, "text/html; charset=utf-8",
        (u"<!doctype html><html><head><meta charset=\"utf-8\"><title>Mikro devstack sign-in</title>"
         "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto}button{display:block;"
         "width:100%;margin:.5em 0;padding:.8em;text-align:left}</style></head><body>"_s
            + body + u"</body></html>"_s)
            .toUtf8());
}

http::Response redirect(const QUrl &location)
{
    http::Response response;
    response.status = 302;
    response.setHeader("Location", location.toEncoded());
    return response;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(auth::base64UrlEncode(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

} // namespace

struct IdentityProvider::State
{
    mutable QMutex mutex;
    QString issuer;
    QList<auth::JwtSigner> signers; ///< the last one signs; all are published
    int keySerial = 0;
    QHash<QString, PendingLogin> logins;
    QHash<QString, IssuedCode> codes;
    QHash<QString, RefreshRecord> refreshTokens;
    QSet<QString> revokedFamilies;
};

IdentityProvider::Settings IdentityProvider::defaultSettings()
{
    Settings settings;
    DevClient desktop { u"mikro-desktop"_s, QString(), {} };
    for (int port = 53682; port <= 53685; ++port)
        desktop.redirectUris << u"http://127.0.0.1:%1/callback"_s.arg(port);
    // nextjs-auth0 v4 returns to /auth/callback; older SDKs to /callback.
    DevClient web { u"mikro-web"_s, u"devstack-web-secret"_s,
        { u"http://localhost:3000/auth/callback"_s, u"http://localhost:3000/callback"_s,
            u"https://localhost:3000/auth/callback"_s, u"https://localhost:3000/callback"_s } };
    settings.clients = { desktop, web };
    settings.people = seededPeople();
    return settings;
}

IdentityProvider::IdentityProvider(const core::Clock &clock, Settings settings)
    : m_state(std::make_unique<State>())
    , m_clock(clock)
    , m_settings(std::move(settings))
{
    rotateKeys();
}

IdentityProvider::~IdentityProvider() = default;

void IdentityProvider::setIssuer(const QString &issuer)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->issuer = issuer;
}

QString IdentityProvider::issuer() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->issuer;
}

void IdentityProvider::rotateKeys()
{
    auto key = auth::RsaKeyPair::generate(2048);
    Q_ASSERT(key.ok());
    QMutexLocker lock(&m_state->mutex);
    m_state->signers.append(
        auth::JwtSigner(key.value(), "devstack-" + QByteArray::number(++m_state->keySerial)));
}

QJsonObject IdentityProvider::jwks() const
{
    QMutexLocker lock(&m_state->mutex);
    QJsonArray keys;
    for (const auth::JwtSigner &signer : m_state->signers)
        keys.append(signer.publicJwk());
    return { { u"keys"_s, keys } };
}

QByteArray IdentityProvider::mintAccessToken(
    const QString &subject, const QString &clientId, const QJsonObject &overrides) const
{
    const auto person = std::find_if(m_settings.people.cbegin(), m_settings.people.cend(),
        [&](const DevPerson &p) { return p.subject == subject; });
    QMutexLocker lock(&m_state->mutex);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QJsonObject claims { { u"iss"_s, m_state->issuer }, { u"sub"_s, subject },
        { u"aud"_s, QJsonArray { m_settings.audience, m_state->issuer + u"userinfo"_s } },
        { u"azp"_s, clientId }, { u"scope"_s, u"openid profile email offline_access"_s },
        { u"iat"_s, now }, { u"exp"_s, now + m_settings.accessTokenLifetime.count() } };
    if (person != m_settings.people.cend()) {
        claims.insert(m_settings.claimNamespace + u"/roles"_s, QJsonArray { person->role });
        if (!person->orgId.isEmpty())
            claims.insert(m_settings.claimNamespace + u"/org_id"_s, person->orgId);
        claims.insert(u"email"_s, person->email);
        claims.insert(u"name"_s, person->name());
        claims.insert(u"given_name"_s, person->givenName);
        claims.insert(u"family_name"_s, person->familyName);
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key());
        else
            claims.insert(it.key(), it.value());
    }
    return m_state->signers.constLast().sign(claims);
}

void IdentityProvider::addRoutes(http::Router &router)
{
    router.add("GET", u"/.well-known/openid-configuration"_s, [this](const http::Request &) {
        const QString base = issuer();
        return QtFuture::makeReadyFuture(http::Response::json(200,
            QJsonObject {
                { u"issuer"_s, base },
                { u"authorization_endpoint"_s, base + u"authorize"_s },
                { u"token_endpoint"_s, base + u"oauth/token"_s },
                { u"revocation_endpoint"_s, base + u"oauth/revoke"_s },
                { u"end_session_endpoint"_s, base + u"v2/logout"_s },
                { u"jwks_uri"_s, base + u".well-known/jwks.json"_s },
                { u"response_types_supported"_s, QJsonArray { u"code"_s } },
                { u"grant_types_supported"_s,
                    QJsonArray { u"authorization_code"_s, u"refresh_token"_s } },
                { u"code_challenge_methods_supported"_s, QJsonArray { u"S256"_s } },
                { u"token_endpoint_auth_methods_supported"_s,
                    QJsonArray { u"none"_s, u"client_secret_post"_s } },
                { u"id_token_signing_alg_values_supported"_s, QJsonArray { u"RS256"_s } },
                { u"scopes_supported"_s,
                    QJsonArray { u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s } },
            }));
    });
    router.add("GET", u"/.well-known/jwks.json"_s, [this](const http::Request &) {
        return QtFuture::makeReadyFuture(http::Response::json(200, jwks()));
    });
    router.add("GET", u"/authorize"_s,
        [this](const http::Request &r) { return QtFuture::makeReadyFuture(authorizePage(r)); });
    router.add("POST", u"/authorize"_s,
        [this](const http::Request &r) { return QtFuture::makeReadyFuture(decide(r)); });
    router.add("POST", u"/oauth/token"_s,
        [this](const http::Request &r) { return QtFuture::makeReadyFuture(token(r)); });
    router.add("POST", u"/oauth/revoke"_s,
        [this](const http::Request &r) { return QtFuture::makeReadyFuture(revoke(r)); });
    for (const QString &path : { u"/v2/logout"_s, u"/oidc/logout"_s })
        router.add("GET", path,
            [this](const http::Request &r) { return QtFuture::makeReadyFuture(logout(r)); });
    router.add("POST", u"/devstack/rotate-keys"_s, [this](const http::Request &) {
        rotateKeys();
        return QtFuture::makeReadyFuture(http::Response::json(200, jwks()));
    });
}

const DevClient *IdentityProvider::client(const QString &id) const
{
    for (const DevClient &c : m_settings.clients) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

/// client_secret_post for confidential clients; public ones send their id alone.
std::optional<http::Response> IdentityProvider::clientRefusal(
    const DevClient *c, const QHash<QString, QString> &fields)
{
    if (!c)
        return oauthError(401, u"invalid_client"_s, u"Unknown client."_s);
    if (!c->secret.isEmpty() && fields.value(u"client_secret"_s) != c->secret)
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
    return std::nullopt;
}

http::Response IdentityProvider::authorizePage(const http::Request &request)
{
    const auto q = queryFields(request);
    const DevClient *c = client(q.value(u"client_id"_s));
    // Never redirect to an address that is not registered: errors about the client or the
    // redirect are shown here, not sent back.
    if (!c)
        return html(400, u"<h1>Unknown client</h1><p>client_id is not registered.</p>"_s);
    const QString redirectUri = q.value(u"redirect_uri"_s);
    if (!c->redirectUris.contains(redirectUri))
        return html(400,
            u"<h1>Callback URL mismatch</h1><p>%1 is not an allowed callback URL.</p>"_s.arg(
                redirectUri.toHtmlEscaped()));
    const QString challenge = q.value(u"code_challenge"_s);
    const QString method = q.value(u"code_challenge_method"_s);
    if (q.value(u"response_type"_s) != "code"_L1)
        return html(400, u"<h1>Unsupported response_type</h1>"_s);
    if (c->secret.isEmpty() && (challenge.size() < 43 || method != "S256"_L1))
        return html(400,
            u"<h1>PKCE required</h1><p>A public client must send an S256 code_challenge.</p>"_s);
    if (!challenge.isEmpty() && method != "S256"_L1)
        return html(400, u"<h1>Only S256 is supported</h1>"_s);

    PendingLogin login { c->id, redirectUri, q.value(u"state"_s), challenge,
        q.value(u"scope"_s, u"openid"_s), q.value(u"audience"_s, m_settings.audience),
        q.value(u"nonce"_s), m_clock.nowUtc().addSecs(600) };
    const QString transaction = randomToken();
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->logins.insert(transaction, login);
    }
    const QString hint = q.value(u"login_hint"_s);
    QString buttons;
    for (const DevPerson &p : m_settings.people) {
        const bool hinted = !hint.isEmpty() && (hint == p.email || hint == p.subject);
        buttons
            += u"<button type=\"submit\" name=\"subject\" value=\"%1\"%2>%3 — %4%5</button>"_s.arg(
                p.subject.toHtmlEscaped(), hinted ? u" autofocus"_s : QString(),
                p.name().toHtmlEscaped(), p.role.toHtmlEscaped(),
                p.orgId.isEmpty() ? u" (no organisation)"_s : u", "_s + p.orgId.toHtmlEscaped());
    }
    return html(200,
        u"<h1>Sign in to Mikro (devstack)</h1><p>Choose who you are:</p>"
        "<form method=\"post\" action=\"authorize\"><input type=\"hidden\" "
        "name=\"transaction\" value=\"%1\">%2</form>"_s.arg(transaction, buttons));
}

http::Response IdentityProvider::decide(const http::Request &request)
{
    const auto fields = bodyFields(request);
    const QString subject = fields.value(u"subject"_s);
    const bool known = std::any_of(m_settings.people.cbegin(), m_settings.people.cend(),
        [&](const DevPerson &p) { return p.subject == subject; });
    QMutexLocker lock(&m_state->mutex);
    const auto login = m_state->logins.take(fields.value(u"transaction"_s));
    if (login.clientId.isEmpty() || login.expires < m_clock.nowUtc())
        return html(400, u"<h1>This sign-in has expired</h1><p>Start again from the app.</p>"_s);
    if (!known)
        return html(400, u"<h1>Unknown person</h1>"_s);
    const QString code = randomToken();
    m_state->codes.insert(code, IssuedCode { login, subject, false, QString() });
    QUrl target(login.redirectUri);
    QUrlQuery query;
    query.addQueryItem(u"code"_s, code);
    if (!login.state.isEmpty())
        query.addQueryItem(u"state"_s, login.state);
    target.setQuery(query);
    return redirect(target);
}

http::Response IdentityProvider::issueTokens(const QString &clientId, const QString &subject,
    const QString &scope, const QString &audience, const QString &nonce, const QString &family)
{
    // Called with the mutex held.
    const auto person = std::find_if(m_settings.people.cbegin(), m_settings.people.cend(),
        [&](const DevPerson &p) { return p.subject == subject; });
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const qint64 lifetime = m_settings.accessTokenLifetime.count();
    const auth::JwtSigner &signer = m_state->signers.constLast();
    QJsonObject access { { u"iss"_s, m_state->issuer }, { u"sub"_s, subject },
        { u"aud"_s, QJsonArray { audience, m_state->issuer + u"userinfo"_s } },
        { u"azp"_s, clientId }, { u"scope"_s, scope }, { u"iat"_s, now },
        { u"exp"_s, now + lifetime },
        { m_settings.claimNamespace + u"/roles"_s, QJsonArray { person->role } },
        { u"email"_s, person->email }, { u"name"_s, person->name() },
        { u"given_name"_s, person->givenName }, { u"family_name"_s, person->familyName } };
    if (!person->orgId.isEmpty())
        access.insert(m_settings.claimNamespace + u"/org_id"_s, person->orgId);
    QJsonObject body { { u"access_token"_s, QString::fromLatin1(signer.sign(access)) },
        { u"token_type"_s, u"Bearer"_s }, { u"expires_in"_s, lifetime }, { u"scope"_s, scope } };
    if (scope.split(u' ').contains(u"openid"_s)) {
        QJsonObject id { { u"iss"_s, m_state->issuer }, { u"sub"_s, subject },
            { u"aud"_s, clientId }, { u"iat"_s, now }, { u"exp"_s, now + 36000 },
            { u"name"_s, person->name() }, { u"given_name"_s, person->givenName },
            { u"family_name"_s, person->familyName }, { u"email"_s, person->email },
            { m_settings.claimNamespace + u"/roles"_s, QJsonArray { person->role } } };
        if (!nonce.isEmpty())
            id.insert(u"nonce"_s, nonce);
        body.insert(u"id_token"_s, QString::fromLatin1(signer.sign(id)));
    }
    if (scope.split(u' ').contains(u"offline_access"_s)) {
        const QString refresh = randomToken();
        m_state->refreshTokens.insert(
            refresh, RefreshRecord { family, clientId, subject, scope, audience, false });
        body.insert(u"refresh_token"_s, refresh);
    }
    http::Response response = http::Response::json(200, body);
    response.setHeader("Pragma", "no-cache");
    return response;
}

http::Response IdentityProvider::token(const http::Request &request)
{
    const auto f = bodyFields(request);
    const DevClient *c = client(f.value(u"client_id"_s));
    if (const auto refused = clientRefusal(c, f))
        return *refused;
    const QString grant = f.value(u"grant_type"_s);
    QMutexLocker lock(&m_state->mutex);
    if (grant == "authorization_code"_L1) {
        auto it = m_state->codes.find(f.value(u"code"_s));
        if (it == m_state->codes.end() || it->login.clientId != c->id)
            return oauthError(403, u"invalid_grant"_s, u"Invalid authorization code."_s);
        if (it->used) {
            // RFC 6749 §4.1.2: a replayed code revokes what it produced.
            m_state->revokedFamilies.insert(it->family);
            return oauthError(403, u"invalid_grant"_s, u"Invalid authorization code."_s);
        }
        if (it->login.expires < m_clock.nowUtc())
            return oauthError(403, u"invalid_grant"_s, u"Authorization code expired."_s);
        if (f.value(u"redirect_uri"_s) != it->login.redirectUri)
            return oauthError(403, u"invalid_grant"_s, u"redirect_uri does not match."_s);
        if (!it->login.challenge.isEmpty()) {
            const QString verifier = f.value(u"code_verifier"_s);
            if (verifier.size() < 43 || verifier.size() > 128
                || s256(verifier) != it->login.challenge)
                return oauthError(403, u"invalid_grant"_s, u"Failed to verify code verifier."_s);
        }
        it->used = true;
        it->family = randomToken();
        return issueTokens(
            c->id, it->subject, it->login.scope, it->login.audience, it->login.nonce, it->family);
    }
    if (grant == "refresh_token"_L1) {
        auto it = m_state->refreshTokens.find(f.value(u"refresh_token"_s));
        if (it == m_state->refreshTokens.end() || it->clientId != c->id
            || m_state->revokedFamilies.contains(it->family))
            return oauthError(403, u"invalid_grant"_s, u"Unknown or invalid refresh token."_s);
        if (it->used) {
            // Rotation reuse detection: a rotated-away token came back, so someone else may
            // hold the family. Revoke all of it.
            m_state->revokedFamilies.insert(it->family);
            return oauthError(403, u"invalid_grant"_s, u"Unknown or invalid refresh token."_s);
        }
        it->used = true;
        const RefreshRecord record = *it;
        return issueTokens(
            c->id, record.subject, record.scope, record.audience, QString(), record.family);
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"Unsupported grant type."_s);
}

http::Response IdentityProvider::revoke(const http::Request &request)
{
    const auto f = bodyFields(request);
    const DevClient *c = client(f.value(u"client_id"_s));
    if (const auto refused = clientRefusal(c, f))
        return *refused;
    QMutexLocker lock(&m_state->mutex);
    const auto it = m_state->refreshTokens.constFind(f.value(u"token"_s));
    if (it != m_state->refreshTokens.cend() && it->clientId == c->id)
        m_state->revokedFamilies.insert(it->family);
    // RFC 7009 §2.2: an unknown token is answered 200 as well.
    return http::Response::json(200, QJsonObject {});
}

http::Response IdentityProvider::logout(const http::Request &request)
{
    // Auth0's /v2/logout takes `returnTo`, the OIDC logout `post_logout_redirect_uri`; either is
    // followed only to the origin of one of the client's callback URLs (every client's when the
    // request names none), never anywhere else.
    const auto q = queryFields(request);
    const QString wanted = !q.value(u"post_logout_redirect_uri"_s).isEmpty()
        ? q.value(u"post_logout_redirect_uri"_s)
        : q.value(u"returnTo"_s);
    const QUrl target(wanted);
    const DevClient *named = client(q.value(u"client_id"_s));
    QList<const DevClient *> clients;
    if (named)
        clients << named;
    else if (q.value(u"client_id"_s).isEmpty())
        for (const DevClient &c : m_settings.clients)
            clients << &c;
    const bool webAddress = target.isValid()
        && (target.scheme() == "http"_L1 || target.scheme() == "https"_L1)
        && target.userInfo().isEmpty();
    for (const DevClient *c : std::as_const(clients)) {
        for (const QString &allowed : c->redirectUris) {
            if (webAddress
                && QUrl(allowed).adjusted(QUrl::RemovePath)
                    == target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
                return redirect(target);
        }
    }
    return html(200, u"<h1>Signed out</h1><p>You can close this window.</p>"_s);
}

bool IdentityProvider::isRefreshTokenActive(const QString &refreshToken) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto it = m_state->refreshTokens.constFind(refreshToken);
    return it != m_state->refreshTokens.cend() && !it->used
        && !m_state->revokedFamilies.contains(it->family);
}

} // namespace mikro::devstack
