#pragma once

#include "app/devstack/sim/Tm4World.h"

#include <QSet>

#include <atomic>
#include <memory>

namespace mikro::http {
class Router;
}

namespace mikro::devstack {

/// The Tasking Manager stand-in: serves a Tm4World under `/api/v2` with TM4's paths and shapes,
/// and the knobs tests and benchmarks turn (latency, injected 503/429, malformed bodies for some
/// projects, whether the task list names the mapper, and advancing the world).
class Tm4Simulator
{
public:
    struct Knobs
    {
        int latencyMs = 0;
        double failureRate = 0.0; ///< fraction of TM4 requests answered 503 or 429
        QSet<qint64> malformedProjects; ///< their task lists and histories are cut-off JSON
        bool listMappedBy = true; ///< include `mappedBy` in the task list (forks do)
    };

    explicit Tm4Simulator(std::shared_ptr<Tm4World> world, quint32 seed = 1);

    /// GET /api/v2/projects/{id}/, …/tasks/, …/tasks/{task}/, …/contributions/; and
    /// POST /devstack/tm4/advance {"fraction"}, POST /devstack/tm4/knobs {…},
    /// GET /devstack/tm4/stats.
    void addRoutes(http::Router &router);

    void setKnobs(const Knobs &knobs);
    [[nodiscard]] Knobs knobs() const;
    [[nodiscard]] Tm4World &world() { return *m_world; }
    /// TM4 requests answered (failures included) since start.
    [[nodiscard]] quint64 requestsServed() const { return m_served.load(); }

private:
    struct State;
    std::shared_ptr<Tm4World> m_world;
    std::shared_ptr<State> m_state;
    std::atomic<quint64> m_served { 0 };
};

} // namespace mikro::devstack
