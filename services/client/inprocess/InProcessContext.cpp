#include "services/client/inprocess/InProcessContext.h"

#include "services/store/Database.h"

#include <QCoreApplication>

namespace mikro::client {

InProcessContext::InProcessContext(store::Database &db, const core::Clock &clock, ChangeFeed &feed)
    : m_db(db)
    , m_clock(clock)
    , m_feed(feed)
    , m_identity(db, clock)
{
}

void InProcessContext::setClaims(std::optional<domain::SignInClaims> claims)
{
    const QMutexLocker lock(&m_mutex);
    m_claims = std::move(claims);
}

std::optional<domain::SignInClaims> InProcessContext::signedIn() const
{
    const QMutexLocker lock(&m_mutex);
    return m_claims;
}

QThreadPool &InProcessContext::pool()
{
    return m_db.pool();
}

core::Error InProcessContext::notSignedIn()
{
    return core::Error::make(core::ErrorKind::Unauthenticated, "not_signed_in",
        QCoreApplication::translate("mikro::client::InProcessContext", "Sign in first."));
}

} // namespace mikro::client
