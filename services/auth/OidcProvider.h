#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace mikro::auth {

/// The desktop's view of its Auth0 tenant (or the devstack's stand-in): where to send the person
/// and which client it is. Endpoint paths are Auth0's.
struct OidcProvider
{
    QUrl issuer; ///< `https://<domain>/`, with the trailing slash
    QString clientId;
    QString audience;
    QList<quint16>
        callbackPorts; ///< tried in order; each `http://127.0.0.1:<port>/callback` is registered

    [[nodiscard]] QUrl endpoint(const QString &path) const { return issuer.resolved(QUrl(path)); }
    [[nodiscard]] QUrl authorizeUrl() const { return endpoint(QStringLiteral("authorize")); }
    [[nodiscard]] QUrl tokenUrl() const { return endpoint(QStringLiteral("oauth/token")); }
    [[nodiscard]] QUrl revokeUrl() const { return endpoint(QStringLiteral("oauth/revoke")); }
    [[nodiscard]] QUrl jwksUrl() const { return endpoint(QStringLiteral(".well-known/jwks.json")); }
};

} // namespace mikro::auth
