#pragma once

#include "services/client/http/HttpBackend.h"
#include "services/client/inprocess/InProcessBackend.h"
#include "services/store/Database.h"
#include "services/tm4/Tm4Client.h"
#include "tests/integration/server/ServerFixture.h"
#include "tests/support/AwaitResult.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace mikro::testing {

/// A refusal both backends must give alike: the call, then its kind and code.
template <typename T>
struct Refusal
{
    const char *name;
    std::function<QFuture<core::Result<T>>(client::Backend &)> call;
    core::ErrorKind kind;
    QByteArray code;
};

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
    /// Restarts the server with a TM4 simulator serving `world` (ServerFixture::useTm4), points
    /// the HTTP backend at it and gives the in-process backend a TM4 client of the same
    /// simulator; the store stays.
    void restartWithTm4(std::shared_ptr<devstack::Tm4World> world);
    /// Two tasks of project `id` (Roads, mapping 1.20) in the review queue after a real sync:
    /// task 1 mapped by mapper_osm and validated by a_stranger (unknown validator), task 2
    /// validated by its own mapper (self-validation).
    void seedReviewQueue(qint64 id);
    /// The Sync suites' board on a TM4 simulator (restartWithTm4): Roads (9301), 30 tasks each
    /// mapped by mapper_osm and validated by admin_osm, both members (seedSyncedProject);
    /// Bridges (9302), active, 2 tasks, no members.
    void seedSyncBoard();
    /// Another person's desktop on the same server: an HttpBackend with `subject`'s token.
    [[nodiscard]] std::unique_ptr<client::HttpBackend> httpBackendFor(const QString &subject);
    /// "http" or "inprocess".
    [[nodiscard]] client::Backend &backend(const QString &name);
    /// The names of both, for data-driven tests.
    [[nodiscard]] static QStringList backendNames();
    /// Runs every case through both backends and fails on the first that is not refused with
    /// its kind and code.
    template <typename T>
    void expectRefusedAlike(const QList<Refusal<T>> &cases);
    /// The claims the devstack's token for `subject` carries.
    [[nodiscard]] domain::SignInClaims claimsFor(const QString &subject) const;

    void connectHttp();

    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_subject; ///< whose token the HTTP backend sends
    std::unique_ptr<client::HttpBackend> m_http;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<client::InProcessBackend> m_local;
    std::unique_ptr<tm4::Tm4Client> m_localTm4; ///< the in-process backend's TM4
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

template <typename T>
void BackendPair::expectRefusedAlike(const QList<Refusal<T>> &cases)
{
    for (const Refusal<T> &c : cases) {
        for (const QString &name : backendNames()) {
            const auto refused = awaitClient(c.call(backend(name)));
            const QString where = QStringLiteral("%1 via %2").arg(QLatin1StringView(c.name), name);
            QVERIFY2(!refused.ok(), qPrintable(where));
            QVERIFY2(refused.error().kind == c.kind && refused.error().code == c.code,
                qPrintable(where + QStringLiteral(": ") + describeError(refused.error())));
        }
    }
}

} // namespace mikro::testing
