#include "app/devstack/sim/Tm4Simulator.h"

#include "services/http/Request.h"
#include "services/http/Response.h"
#include "services/http/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPromise>
#include <QTimer>

#include <random>

using namespace Qt::StringLiterals;

namespace mikro::devstack {

struct Tm4Simulator::State
{
    mutable QMutex mutex;
    Knobs knobs;
    std::mt19937 random;
    quint64 failures = 0;
};

Tm4Simulator::Tm4Simulator(std::shared_ptr<Tm4World> world, quint32 seed)
    : m_world(std::move(world))
    , m_state(std::make_shared<State>())
{
    m_state->random.seed(seed);
}

void Tm4Simulator::setKnobs(const Knobs &knobs)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->knobs = knobs;
}

Tm4Simulator::Knobs Tm4Simulator::knobs() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->knobs;
}

namespace {

http::Response tm4Json(const std::optional<QByteArray> &body)
{
    if (!body)
        return http::Response::text(
            404, "application/json", R"({"Error":"Not found","SubCode":"NotFound"})"_ba);
    return http::Response::text(200, "application/json", *body);
}

/// Answers after `latencyMs` on the worker's event loop, without holding the worker.
QFuture<http::Response> later(int latencyMs, http::Response response)
{
    if (latencyMs <= 0)
        return QtFuture::makeReadyFuture(std::move(response));
    auto promise = std::make_shared<QPromise<http::Response>>();
    promise->start();
    QFuture<http::Response> future = promise->future();
    QTimer::singleShot(latencyMs, [promise, response = std::move(response)]() mutable {
        promise->addResult(std::move(response));
        promise->finish();
    });
    return future;
}

} // namespace

void Tm4Simulator::addRoutes(http::Router &router)
{
    // Every TM4 route goes through here: count, maybe fail, maybe cut the body, then wait.
    auto serve = [this](qint64 projectId, auto body) -> QFuture<http::Response> {
        ++m_served;
        Knobs knobs;
        bool fail = false;
        bool tooMany = false;
        {
            QMutexLocker lock(&m_state->mutex);
            knobs = m_state->knobs;
            if (knobs.failureRate > 0.0) {
                std::uniform_real_distribution<double> draw(0.0, 1.0);
                fail = draw(m_state->random) < knobs.failureRate;
                if (fail)
                    tooMany = (++m_state->failures % 2) == 0;
            }
        }
        if (fail) {
            http::Response busy = tooMany
                ? http::Response::text(429, "application/json", R"({"Error":"Too many"})"_ba)
                : http::Response::text(503, "text/html", "<html>Service Unavailable</html>"_ba);
            return later(knobs.latencyMs, std::move(busy));
        }
        http::Response response = tm4Json(body());
        if (knobs.malformedProjects.contains(projectId) && response.status == 200)
            response.body.truncate(response.body.size() / 2);
        return later(knobs.latencyMs, std::move(response));
    };
    auto id = [](const http::Request &r, const QString &name) {
        return r.pathParams.value(name).toLongLong();
    };
    router.add("GET", u"/api/v2/projects/{project}/"_s, [this, serve, id](const http::Request &r) {
        const qint64 p = id(r, u"project"_s);
        return serve(p, [this, p] { return m_world->projectJson(p); });
    });
    router.add(
        "GET", u"/api/v2/projects/{project}/tasks/"_s, [this, serve, id](const http::Request &r) {
            const qint64 p = id(r, u"project"_s);
            const bool withMappedBy = knobs().listMappedBy;
            return serve(
                p, [this, p, withMappedBy] { return m_world->taskListJson(p, withMappedBy); });
        });
    router.add("GET", u"/api/v2/projects/{project}/tasks/{task}/"_s,
        [this, serve, id](const http::Request &r) {
            const qint64 p = id(r, u"project"_s);
            const qint64 t = id(r, u"task"_s);
            return serve(p, [this, p, t] { return m_world->taskJson(p, t); });
        });
    router.add("GET", u"/api/v2/projects/{project}/contributions/"_s,
        [this, serve, id](const http::Request &r) {
            const qint64 p = id(r, u"project"_s);
            return serve(p, [this, p] { return m_world->contributionsJson(p); });
        });
    router.add("POST", u"/devstack/tm4/advance"_s, [this](const http::Request &r) {
        const double fraction
            = QJsonDocument::fromJson(r.body).object().value(u"fraction"_s).toDouble(0.1);
        const int changed = m_world->advance(fraction);
        return QtFuture::makeReadyFuture(
            http::Response::json(200, QJsonObject { { u"changedTasks"_s, changed } }));
    });
    router.add("POST", u"/devstack/tm4/knobs"_s, [this](const http::Request &r) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        Knobs k = knobs();
        k.latencyMs = qBound(0, o.value(u"latencyMs"_s).toInt(k.latencyMs), 60'000);
        k.failureRate = qBound(0.0, o.value(u"failureRate"_s).toDouble(k.failureRate), 1.0);
        k.listMappedBy = o.value(u"listMappedBy"_s).toBool(k.listMappedBy);
        if (o.contains(u"malformedProjects"_s)) {
            k.malformedProjects.clear();
            for (const auto &v : o.value(u"malformedProjects"_s).toArray())
                k.malformedProjects.insert(v.toInteger());
        }
        setKnobs(k);
        return QtFuture::makeReadyFuture(http::Response::json(200, QJsonObject {}));
    });
    router.add("GET", u"/devstack/tm4/stats"_s, [this](const http::Request &) {
        return QtFuture::makeReadyFuture(http::Response::json(200,
            QJsonObject { { u"requestsServed"_s, static_cast<qint64>(m_served.load()) },
                { u"tasks"_s, m_world->taskCount() } }));
    });
}

} // namespace mikro::devstack
