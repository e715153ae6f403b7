#include "services/core/Clock.h"

namespace mikro::core {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace mikro::core
