#pragma once

#include "app/devstack/sim/Tm4Simulator.h"
#include "app/server/ServerComposition.h"
#include "services/core/Clock.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "tests/support/LocalIdentityProvider.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/TempDatabase.h"

#include <QJsonObject>

#include <memory>

namespace mikro::testing {

inline const QString Admin = QStringLiteral("auth0|devstack-admin");
inline const QString Mapper = QStringLiteral("auth0|devstack-mapper-1");
inline const QString Validator = QStringLiteral("auth0|devstack-validator");

/// mikro-server over real HTTP for the API suites: the devstack's identity provider mints the
/// tokens, a fresh store per test (both engines), and optionally a TM4 simulator. init() signs
/// both people in and gives the mapper 15.00 mapping and 0.50 checklist earnings.
class ServerFixture
{
protected:
    void startIdentityProvider();
    void startServer();
    void stopServer();
    /// A new server on the same store, as after a deploy or a crash (its port changes).
    void restartServerKeepingStore();
    /// Restarts the server with TM4 = a simulator serving `world`, and nothing scheduled.
    void useTm4(std::shared_ptr<devstack::Tm4World> world);
    /// Both people onboarded as mapper_osm / admin_osm, and an active project at 1.20 / 0.40
    /// with the mapper as editor and the admin as validator.
    void seedSyncedProject(qint64 id);
    /// The admin creates the live checklist "Road QA": two items (the second with a link), due
    /// 2026-12-31, 2.50 on completion and 0.50 for the validator. Its template id.
    qint64 createRoadQaChecklist();
    /// The admin creates the Mapping training "Roads 101": 15 points, pass mark 100 %, two
    /// questions (Paved? Yes / No, Maybe; Tag? highway / road). Its id.
    qint64 createRoadsTraining();
    /// Requests a sync of `id` as the admin and waits for its run to succeed.
    void syncAsAdmin(qint64 id);
    RawResponse post(const QString &subject, const QByteArray &path, const QByteArray &body,
        const QByteArray &extra = {});
    /// Fails the running test when `response` (to `method target`) breaks the OpenAPI document.
    static void expectDocumented(
        const QByteArray &method, const QByteArray &target, const RawResponse &response);
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);
    void onboard(const QString &subject, const QString &osmUsername = {});
    static QJsonObject json(const RawResponse &response);

    core::SystemClock m_clock;
    std::unique_ptr<LocalIdentityProvider> m_idp;
    std::shared_ptr<TempDatabase> m_temp;
    std::unique_ptr<server::ServerComposition> m_server;
    quint16 m_port = 0;
    std::unique_ptr<devstack::Tm4Simulator> m_tm4;
    http::Router m_tm4Router;
    std::unique_ptr<http::HttpServer> m_tm4Server;
    QUrl m_tm4Url; ///< the simulator's API address once useTm4 started it
};

} // namespace mikro::testing
