#pragma once

#include "services/core/Result.h"
#include "services/core/Secret.h"

#include <QFuture>
#include <QString>

namespace mikro::auth {

/// Where the desktop keeps secrets between runs (the refresh token, the database password).
/// Asynchronous: the OS keychain may prompt or be slow. Errors: NotFound `secret_not_found`,
/// Unavailable `keychain_unavailable` (no keychain service, as without D-Bus), Internal
/// `keychain_failed`. Never writes a secret in plain text anywhere.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    [[nodiscard]] virtual QFuture<core::Result<core::Secret>> read(const QString &key) = 0;
    [[nodiscard]] virtual QFuture<core::Result<void>> write(
        const QString &key, const core::Secret &value)
        = 0;
    [[nodiscard]] virtual QFuture<core::Result<void>> remove(const QString &key) = 0;
};

} // namespace mikro::auth
