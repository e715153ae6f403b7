#pragma once

#include <QLoggingCategory>

namespace mikro::store {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
