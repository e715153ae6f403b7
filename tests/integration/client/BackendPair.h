#pragma once

#include "services/client/http/HttpBackend.h"
#include "services/client/inprocess/InProcessBackend.h"
#include "services/store/Database.h"
#include "tests/integration/server/ServerFixture.h"
#include "tests/support/AwaitResult.h"

#include <QNetworkAccessManager>

#include <memory>

namespace mikro::testing {

/// Both backends of DESIGN.md §2.1 for one person, on one database: HttpBackend against a real
/// mikro-server on loopback and InProcessBackend on the same store (both engines), so a contract
/// suite or a page test runs each call through either and compares.
class BackendPair : protected ServerFixture
{
protected:
    /// Starts the server (ServerFixture::startServer) and both backends as `subject`, whose
    /// token the devstack's provider mints; the in-process side is admitted with the claims of
    /// that same token, mapped as the server maps them.
    void startBackends(const QString &subject);
    void stopBackends();
    /// "http" or "inprocess".
    [[nodiscard]] client::Backend &backend(const QString &name);
    /// The names of both, for data-driven tests.
    [[nodiscard]] static QStringList backendNames();
    /// The claims the devstack's token for `subject` carries.
    [[nodiscard]] domain::SignInClaims claimsFor(const QString &subject) const;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<client::HttpBackend> m_http;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<client::InProcessBackend> m_local;
};

/// "kind code: message" of an error, for failure messages.
[[nodiscard]] QString describeError(const core::Error &e);

/// The future's result, or a `test_timeout` error when it never arrives.
template <typename T>
core::Result<T> awaitClient(const QFuture<core::Result<T>> &future)
{
    const auto done = awaitResult(future);
    if (!done)
        return core::Error::make(
            core::ErrorKind::Internal, "test_timeout", QStringLiteral("no answer"));
    return *done;
}

} // namespace mikro::testing
