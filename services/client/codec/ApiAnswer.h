#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace mikro::client {

/// The answer of one API request as a Result: a 200 with a JSON object, or the error its body
/// carries (API.md §1.7: kind from the status, `error`, `message`, `field`, `details`). The
/// HttpBackend reads every answer with it, and the in-process replay of an operation first
/// applied over HTTP reads the stored answer the same way.
[[nodiscard]] core::Result<QJsonObject> answerOf(int status, const QByteArray &body);

} // namespace mikro::client
