#pragma once

#include "services/auth/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace mikro::auth {

/// Secrets for this run only: the fallback when no keychain is available (the person is told),
/// and a store for tests.
class MemorySecretStore final : public SecretStore
{
public:
    [[nodiscard]] QFuture<core::Result<core::Secret>> read(const QString &key) override;
    [[nodiscard]] QFuture<core::Result<void>> write(
        const QString &key, const core::Secret &value) override;
    [[nodiscard]] QFuture<core::Result<void>> remove(const QString &key) override;

private:
    QMutex m_mutex;
    QHash<QString, core::Secret> m_values;
};

} // namespace mikro::auth
