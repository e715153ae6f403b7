#include "services/auth/AuthLog.h"

namespace mikro::auth {
Q_LOGGING_CATEGORY(lcAuth, "mikro.services.auth")
}
