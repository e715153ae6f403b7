#include "services/tm4/Tm4Log.h"

namespace mikro::tm4 {
Q_LOGGING_CATEGORY(lcTm4, "mikro.services.tm4")
}
