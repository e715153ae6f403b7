#pragma once

#include <QLoggingCategory>

namespace mikro::domain {
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
}
