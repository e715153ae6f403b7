#include "services/core/CoreLog.h"

namespace mikro::core {
Q_LOGGING_CATEGORY(lcCore, "mikro.services.core")
}
