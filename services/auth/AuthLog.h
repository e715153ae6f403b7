#pragma once

#include <QLoggingCategory>

namespace mikro::auth {
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
}
