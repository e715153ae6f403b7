#include "services/sync/SyncLog.h"

namespace mikro::sync {
Q_LOGGING_CATEGORY(lcSync, "mikro.services.sync")
}
