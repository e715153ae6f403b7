#pragma once

#include "services/core/Result.h"
#include "services/store/DatabaseConfig.h"
#include "services/store/Migrator.h"

#include <QFuture>

namespace mikro::client {

/// Settings ▸ Test connection for a store the desktop runs in process (UI.md §1.10): opens it
/// apart from any backend, reads its schema version against the one this program ships, and
/// closes it again, all off the caller's thread. Changes nothing in the store.
[[nodiscard]] QFuture<core::Result<store::SchemaState>> checkStore(store::DatabaseConfig config);

/// The keychain service the password of an organisation database is kept under, and its key for
/// one database ("user@host:port/name"): Settings writes it, the desktop reads it at start.
[[nodiscard]] QString storePasswordService();
[[nodiscard]] QString storePasswordKey(const store::DatabaseConfig &config);

} // namespace mikro::client
