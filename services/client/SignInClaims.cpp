#include "services/client/SignInClaims.h"

#include "services/auth/JwtVerifier.h"

namespace mikro::client {

domain::SignInClaims claimsOf(const auth::VerifiedToken &token)
{
    domain::SignInClaims claims;
    claims.subject = token.subject;
    claims.roleClaim = token.roleClaim;
    claims.orgClaim = token.orgClaim;
    claims.email = token.email;
    claims.firstName = token.givenName;
    claims.lastName = token.familyName;
    if (claims.firstName.isEmpty() && claims.lastName.isEmpty() && !token.name.isEmpty()) {
        const QString name = token.name.trimmed();
        const qsizetype space = name.indexOf(u' ');
        claims.firstName = space < 0 ? name : name.left(space);
        claims.lastName = space < 0 ? QString() : name.mid(space + 1).trimmed();
    }
    return claims;
}

} // namespace mikro::client
