#pragma once

#include "services/core/Result.h"
#include "services/domain/people/IdentityService.h"
#include "services/domain/policy/Caller.h"

#include <QFuture>
#include <QMutex>
#include <QtConcurrent>

#include <optional>

namespace mikro::store {
class Database;
}

namespace mikro::client {

class ChangeFeed;

/// What the in-process clients share: the store, the clock, the change feed, and who is signed
/// in. Work runs on the store's pool with the caller resolved there, exactly as a server request
/// resolves it (IdentityService::resolveCaller), so the same policy decides.
class InProcessContext
{
public:
    InProcessContext(store::Database &db, const core::Clock &clock, ChangeFeed &feed);

    /// The signed-in person's claims (from the verified token); cleared at sign-out.
    void setClaims(std::optional<domain::SignInClaims> claims);

    /// `work(const domain::Caller &)` on the store's pool; Unauthenticated when nobody is signed
    /// in.
    template <typename T, typename Work>
    QFuture<core::Result<T>> run(Work work)
    {
        return runWithClaims<T>(
            [this, work = std::move(work)](const domain::SignInClaims &claims) -> core::Result<T> {
                auto caller = m_identity.resolveCaller(claims);
                if (!caller.ok())
                    return caller.error();
                return work(caller.value());
            });
    }

    /// For work that is itself asynchronous (it waits on TM4): the caller is resolved on the
    /// store's pool, then `work(const domain::Caller &)` returns the future to follow.
    template <typename T, typename Work>
    QFuture<core::Result<T>> runAsync(Work work)
    {
        return run<domain::Caller>(
            [](const domain::Caller &caller) -> core::Result<domain::Caller> { return caller; })
            .then([work = std::move(work)](const core::Result<domain::Caller> &caller) {
                if (!caller.ok())
                    return QtFuture::makeReadyFuture(core::Result<T>(caller.error()));
                return work(caller.value());
            })
            .unwrap();
    }

    /// `work(const domain::SignInClaims &)` on the store's pool: for admission itself.
    template <typename T, typename Work>
    QFuture<core::Result<T>> runWithClaims(Work work)
    {
        const std::optional<domain::SignInClaims> claims = signedIn();
        return QtConcurrent::run(&pool(), [claims, work = std::move(work)]() -> core::Result<T> {
            if (!claims)
                return notSignedIn();
            return work(*claims);
        });
    }

    [[nodiscard]] store::Database &database() const { return m_db; }
    [[nodiscard]] const core::Clock &clock() const { return m_clock; }
    [[nodiscard]] ChangeFeed &feed() { return m_feed; }
    [[nodiscard]] const domain::IdentityService &identity() const { return m_identity; }

private:
    [[nodiscard]] std::optional<domain::SignInClaims> signedIn() const;
    [[nodiscard]] QThreadPool &pool();
    [[nodiscard]] static core::Error notSignedIn();

    store::Database &m_db;
    const core::Clock &m_clock;
    ChangeFeed &m_feed;
    domain::IdentityService m_identity;
    mutable QMutex m_mutex;
    std::optional<domain::SignInClaims> m_claims;
};

} // namespace mikro::client
