#pragma once

#include "services/auth/JwtSigner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mikro::testing {

/// One row of the forged- and broken-token table: the verifier's unit test and the server's test
/// over real HTTP walk the same rows.
struct TokenCase
{
    QString name;
    QByteArray token;
    QByteArray code; ///< the expected `error`; empty when the token must be accepted
};

/// `trusted` is published in the JWKS under its kid; `untrusted` is not published but signs with
/// the same kid as `trusted`; `weak` is published but under 2048 bits. `claims` are valid for
/// `issuer` and `audience` at `now`.
[[nodiscard]] QList<TokenCase> forgedTokenCases(const auth::JwtSigner &trusted,
    const auth::JwtSigner &untrusted, const auth::JwtSigner &weak, const QJsonObject &claims,
    const QString &issuer, const QString &audience, qint64 now);

} // namespace mikro::testing
