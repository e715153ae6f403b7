#include "app/devstack/sim/DevstackPeople.h"

using namespace Qt::StringLiterals;

namespace mikro::devstack {

QList<DevPerson> seededPeople()
{
    return {
        { u"auth0|devstack-admin"_s, u"Ada"_s, u"Admin"_s, u"ada.admin@devstack.mikro"_s,
            u"admin"_s, u"org_devstack"_s, u"ada_maps"_s },
        { u"auth0|devstack-validator"_s, u"Victor"_s, u"Validator"_s,
            u"victor.validator@devstack.mikro"_s, u"validator"_s, u"org_devstack"_s,
            u"victor_validates"_s },
        { u"auth0|devstack-mapper-1"_s, u"Mia"_s, u"Mapper"_s, u"mia.mapper@devstack.mikro"_s,
            u"user"_s, u"org_devstack"_s, u"mia_maps"_s },
        { u"auth0|devstack-mapper-2"_s, u"Max"_s, u"Mapper"_s, u"max.mapper@devstack.mikro"_s,
            u"user"_s, u"org_devstack"_s, u"max_maps"_s },
        { u"auth0|devstack-no-org"_s, u"Nora"_s, u"Noorg"_s, u"nora@devstack.mikro"_s, u"user"_s,
            QString(), u"nora_new"_s },
    };
}

} // namespace mikro::devstack
