#pragma once

#include "services/auth/RsaPublicKey.h"
#include "services/core/Clock.h"
#include "services/core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>

#include <chrono>
#include <functional>

namespace mikro::auth {

class JwksSource;

/// The identity provider's signing keys, cached. A known key id is answered from memory while the
/// set is fresh; a stale set, or an unknown key id, triggers one fetch that concurrent callers
/// share (single flight); an unknown key id refetches at most once per `refetchInterval`, so junk
/// tokens cannot make us hammer the provider. Keys whose JWK says another `alg` than RS256, another
/// `use` than `sig`, or that are under 2048 bits are never used. Thread-safe.
class JwksCache
{
public:
    struct Settings
    {
        std::chrono::seconds timeToLive { 600 };
        std::chrono::seconds refetchInterval { 30 };
    };
    JwksCache(JwksSource &source, const core::Clock &clock, Settings settings);
    JwksCache(JwksSource &source, const core::Clock &clock);

    using Callback = std::function<void(const core::Result<RsaPublicKey> &)>;
    /// Calls `done` once with the key, at once when cached, otherwise when the shared fetch ends
    /// (on the thread that ends it). Unauthenticated `invalid_header` for a key id the provider
    /// does not publish; Unavailable `auth_unavailable` when the keys cannot be fetched and none is
    /// cached for the id.
    void withKey(const QByteArray &kid, Callback done);

    /// Parses a JWKS document into usable keys (exposed for tests).
    [[nodiscard]] static core::Result<QHash<QByteArray, RsaPublicKey>> parse(
        const QByteArray &document);

private:
    core::Result<RsaPublicKey> lookup(const QByteArray &kid, bool fetchFailed) const;
    void store(const core::Result<QByteArray> &document);

    JwksSource &m_source;
    const core::Clock &m_clock;
    Settings m_settings;
    mutable QMutex m_mutex;
    QHash<QByteArray, RsaPublicKey> m_keys;
    QDateTime m_fetchedAt;
    QDateTime m_lastAttempt;
    QDateTime m_lastRefetch; ///< last fetch made for an unknown key id
    bool m_lastFetchFailed = false;
    bool m_fetching = false;
    QList<std::pair<QByteArray, Callback>> m_waiting;
};

} // namespace mikro::auth
