#include "services/http/HttpLog.h"

namespace mikro::http {
Q_LOGGING_CATEGORY(lcHttp, "mikro.services.http")
Q_LOGGING_CATEGORY(lcHttpAccess, "mikro.services.http.access")
} // namespace mikro::http
