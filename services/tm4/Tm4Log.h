#pragma once

#include <QLoggingCategory>

namespace mikro::tm4 {
Q_DECLARE_LOGGING_CATEGORY(lcTm4)
}
