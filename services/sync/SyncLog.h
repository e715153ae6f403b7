#pragma once

#include <QLoggingCategory>

namespace mikro::sync {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
}
