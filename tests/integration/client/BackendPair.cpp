#include "tests/integration/client/BackendPair.h"

#include "services/auth/JwtVerifier.h"
#include "services/client/SignInClaims.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mikro::testing {

domain::SignInClaims BackendPair::claimsFor(const QString &subject) const
{
    // The test reads its own freshly minted token; the server verifies the same token for real.
    const QByteArray token = m_idp->provider().mintAccessToken(subject);
    const QJsonObject payload = QJsonDocument::fromJson(
        QByteArray::fromBase64(
            token.split('.').at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                    .object();
    const QString ns = m_idp->provider().settings().claimNamespace;
    auth::VerifiedToken verified;
    verified.subject = payload.value(u"sub"_s).toString();
    verified.roleClaim = payload.value(ns + u"/roles"_s).toArray().at(0).toString();
    verified.orgClaim = payload.value(ns + u"/org_id"_s).toString();
    verified.email = payload.value(u"email"_s).toString();
    verified.name = payload.value(u"name"_s).toString();
    verified.givenName = payload.value(u"given_name"_s).toString();
    verified.familyName = payload.value(u"family_name"_s).toString();
    return client::claimsOf(verified);
}

void BackendPair::startBackends(const QString &subject)
{
    startServer();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_subject = subject;
    connectHttp();
    m_db = std::make_unique<store::Database>(m_temp->config(), 2);
    m_local = std::make_unique<client::InProcessBackend>(*m_db, m_clock);
    m_local->setClaims(claimsFor(subject));
}

void BackendPair::connectHttp()
{
    m_http = httpBackendFor(m_subject);
}

std::unique_ptr<client::HttpBackend> BackendPair::httpBackendFor(const QString &subject)
{
    const QByteArray token = m_idp->provider().mintAccessToken(subject);
    const auto ready = [token] {
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(core::Secret(token)));
    };
    return std::make_unique<client::HttpBackend>(*m_network,
        QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)), client::TokenSource { ready, ready });
}

void BackendPair::restartWithTm4(std::shared_ptr<devstack::Tm4World> world)
{
    useTm4(std::move(world));
    connectHttp();
    m_local->setTm4(nullptr);
    tm4::Tm4Settings settings;
    settings.apiUrl = m_tm4Url;
    settings.maxRetries = 0;
    m_localTm4 = std::make_unique<tm4::Tm4Client>(settings);
    m_local->setTm4(m_localTm4.get());
}

void BackendPair::seedReviewQueue(qint64 id)
{
    auto world = std::make_shared<devstack::Tm4World>(devstack::Tm4World::Settings {});
    world->addProject(id, u"Roads"_s, 3);
    world->map(id, 1, u"mapper_osm"_s);
    world->validate(id, 1, u"a_stranger"_s);
    world->map(id, 2, u"mapper_osm"_s);
    world->validate(id, 2, u"Mapper_OSM"_s);
    restartWithTm4(world);
    seedSyncedProject(id);
    syncAsAdmin(id);
}

void BackendPair::seedSyncBoard()
{
    auto world = std::make_shared<devstack::Tm4World>(devstack::Tm4World::Settings {});
    world->addProject(9301, u"Roads"_s, 30);
    for (qint64 task = 1; task <= 30; ++task) {
        world->map(9301, task, u"mapper_osm"_s);
        world->validate(9301, task, u"admin_osm"_s);
    }
    world->addProject(9302, u"Bridges"_s, 2);
    restartWithTm4(world);
    seedSyncedProject(9301);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (9302, 'org_devstack', 'Bridges', "
         "'https://tasks.example/projects/9302', 100, 50, TRUE, '2026-01-01T00:00:00Z')"_s);
}

void BackendPair::stopBackends()
{
    m_local.reset();
    m_localTm4.reset();
    m_db.reset();
    m_http.reset();
    m_network.reset();
    stopServer();
}

client::Backend &BackendPair::backend(const QString &name)
{
    if (name == "http"_L1)
        return *m_http;
    return *m_local;
}

QStringList BackendPair::backendNames()
{
    return { u"http"_s, u"inprocess"_s };
}

QString describeError(const core::Error &e)
{
    return u"%1 %2: %3"_s.arg(QString::fromLatin1(core::errorKindName(e.kind)),
        QString::fromUtf8(e.code), e.diagnostic.isEmpty() ? e.message : e.diagnostic);
}

} // namespace mikro::testing
