#pragma once

#include <QLoggingCategory>

namespace mikro::core {
Q_DECLARE_LOGGING_CATEGORY(lcCore)
}
