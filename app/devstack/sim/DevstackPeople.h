#pragma once

#include <QList>
#include <QString>

namespace mikro::devstack {

/// A person the devstack's identity provider offers on its sign-in page.
struct DevPerson
{
    QString subject;
    QString givenName;
    QString familyName;
    QString email;
    QString role; ///< the role claim (`mikro/roles[0]`)
    QString orgId; ///< empty: a person without an organisation
    QString osmUsername;

    [[nodiscard]] QString name() const { return givenName + QLatin1Char(' ') + familyName; }
};

/// The seeded people: an admin, a validator, two mappers, one person without an organisation.
/// Their OSM usernames are the ones the TM4 simulator's histories use.
[[nodiscard]] QList<DevPerson> seededPeople();

} // namespace mikro::devstack
