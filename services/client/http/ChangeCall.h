#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Result.h"

#include <QFuture>
#include <QJsonObject>

namespace mikro::client {

class ApiConnection;

/// An admin's change over the API: `action` sent once with a new operation key; when it lands,
/// `areas` are announced and the answer's integer `key` is the result (0 without a key).
[[nodiscard]] QFuture<core::Result<qint64>> callChange(ApiConnection &api, ChangeFeed &feed,
    const QString &action, const QJsonObject &body, const QList<ChangeFeed::Area> &areas,
    const QString &key = {});

/// A change's outcome without its value.
[[nodiscard]] core::Result<void> withoutValue(const core::Result<qint64> &done);

} // namespace mikro::client
