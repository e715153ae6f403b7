#include "services/domain/DomainLog.h"

namespace mikro::domain {
Q_LOGGING_CATEGORY(lcDomain, "mikro.services.domain")
}
