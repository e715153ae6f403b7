#include "services/store/StoreLog.h"

namespace mikro::store {
Q_LOGGING_CATEGORY(lcStore, "mikro.services.store")
}
