#pragma once

#include "services/core/Result.h"

#include <QList>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}
namespace mikro::tm4 {
class Tm4Client;
}

namespace mikro::devstack {

struct DemoSeedReport
{
    int people = 0; ///< signed in (first sign-in creates them) and onboarded
    int projectsCreated = 0;
};

/// Prepares a store for the demo the way people would, through the services: the devstack's
/// people sign in and onboard (with the OSM usernames the TM4 simulator uses), the admin creates
/// the simulator's projects from their TM4 URLs (name and task count read through `tm4`),
/// activates them and assigns the mappers and validators. Idempotent: what exists is kept.
/// Blocking; run it in a process that does not serve the simulator.
[[nodiscard]] core::Result<DemoSeedReport> seedDemoStore(store::Database &db,
    const core::Clock &clock, tm4::Tm4Client &tm4, const QList<qint64> &projectIds);

/// The world the devstack serves: its people's OSM usernames map and validate in it.
struct Tm4WorldPeople
{
    QStringList mappers;
    QStringList validators;
    QStringList outsiders;
};
[[nodiscard]] Tm4WorldPeople tm4WorldPeople();

} // namespace mikro::devstack
