#include "app/server/api/AuthGate.h"

#include "app/server/api/HttpErrors.h"
#include "services/auth/JwtVerifier.h"
#include "services/client/SignInClaims.h"
#include "services/domain/people/IdentityService.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPromise>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

core::Error headerError(QByteArray code, const char *why)
{
    return core::Error::make(core::ErrorKind::Unauthenticated, std::move(code),
        QCoreApplication::translate("mikro::server", "Sign in to use Mikro."),
        QString::fromLatin1(why));
}

/// `Authorization: Bearer <token>`, exactly one token; the scheme in any case (RFC 7235).
core::Result<QByteArray> bearerToken(const http::Request &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (header.isEmpty())
        return headerError("authorization_header_missing", "no Authorization header");
    const QList<QByteArray> parts = header.split(' ');
    if (parts.size() != 2 || parts[0].compare("bearer", Qt::CaseInsensitive) != 0
        || parts[1].isEmpty())
        return headerError("invalid_header", "Authorization is not 'Bearer <token>'");
    return parts[1];
}

using Work = std::function<QFuture<http::Response>(const domain::SignInClaims &)>;

QFuture<http::Response> verified(
    const auth::JwtVerifier &verifier, store::Database &db, const http::Request &request, Work work)
{
    const core::Result<QByteArray> token = bearerToken(request);
    if (!token.ok())
        return QtFuture::makeReadyFuture(errorResponse(token.error(), request.requestId));
    auto promise = std::make_shared<QPromise<http::Response>>();
    promise->start();
    QFuture<http::Response> future = promise->future();
    const QByteArray requestId = request.requestId;
    verifier.verify(token.value(),
        [promise, requestId, &db, work = std::move(work)](
            const core::Result<auth::VerifiedToken> &result) {
            if (!result.ok()) {
                promise->addResult(errorResponse(result.error(), requestId));
                promise->finish();
                return;
            }
            const domain::SignInClaims claims = client::claimsOf(result.value());
            static_cast<void>(QtConcurrent::run(&db.pool(), [promise, claims, work, &db] {
                // Resolving the caller and a read-only action share one transaction.
                const store::Database::SharedReads reads(db);
                work(claims).then([promise](const http::Response &response) {
                    promise->addResult(response);
                    promise->finish();
                });
            }));
        });
    return future;
}

} // namespace

std::optional<http::Response> AuthGate::checkBeforeBody(const http::Request &request) const
{
    if (request.method == "OPTIONS")
        return std::nullopt;
    const core::Result<QByteArray> token = bearerToken(request);
    if (!token.ok())
        return errorResponse(token.error(), request.requestId);
    // Answered at once when the key is cached; a fetch in flight answers later, to nobody here.
    struct Answer
    {
        QMutex mutex;
        std::optional<core::Error> refused;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    m_verifier.verify(token.value(), [answer](const core::Result<auth::VerifiedToken> &result) {
        QMutexLocker lock(&answer->mutex);
        answer->done = true;
        if (!result.ok() && result.error().kind == core::ErrorKind::Unauthenticated)
            answer->refused = result.error();
    });
    QMutexLocker lock(&answer->mutex);
    if (answer->done && answer->refused)
        return errorResponse(*answer->refused, request.requestId);
    return std::nullopt;
}

AuthGate::AuthGate(const auth::JwtVerifier &verifier, const domain::IdentityService &identity,
    store::Database &db, const core::Clock &clock)
    : m_verifier(verifier)
    , m_identity(identity)
    , m_db(db)
    , m_clock(clock)
{
}

http::Handler AuthGate::protect(CallerHandler handler) const
{
    return protectAsync(
        [handler = std::move(handler)](const http::Request &request, const domain::Caller &caller) {
            return QtFuture::makeReadyFuture(handler(request, caller));
        });
}

http::Handler AuthGate::protectAsync(AsyncCallerHandler handler) const
{
    return [this, handler = std::move(handler)](const http::Request &request) {
        return verified(m_verifier, m_db, request,
            [this, request, handler](const domain::SignInClaims &claims) {
                const core::Result<domain::Caller> caller = m_identity.resolveCaller(claims);
                if (!caller.ok())
                    return QtFuture::makeReadyFuture(
                        errorResponse(caller.error(), request.requestId));
                return handler(request, caller.value());
            });
    };
}

http::Handler AuthGate::protectClaims(ClaimsHandler handler) const
{
    return [this, handler = std::move(handler)](const http::Request &request) {
        return verified(
            m_verifier, m_db, request, [request, handler](const domain::SignInClaims &claims) {
                return QtFuture::makeReadyFuture(handler(request, claims));
            });
    };
}

} // namespace mikro::server
