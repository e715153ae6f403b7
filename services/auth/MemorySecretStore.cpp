#include "services/auth/MemorySecretStore.h"

#include <QCoreApplication>

namespace mikro::auth {

QFuture<core::Result<core::Secret>> MemorySecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_values.constFind(key); it != m_values.cend())
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(it.value()));
    return QtFuture::makeReadyFuture(
        core::Result<core::Secret>(core::Error::make(core::ErrorKind::NotFound, "secret_not_found",
            QCoreApplication::translate(
                "mikro::auth::SecretStore", "Nothing is stored under that name."))));
}

QFuture<core::Result<void>> MemorySecretStore::write(const QString &key, const core::Secret &value)
{
    QMutexLocker lock(&m_mutex);
    m_values.insert(key, value);
    return QtFuture::makeReadyFuture(core::Result<void>());
}

QFuture<core::Result<void>> MemorySecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_values.remove(key);
    return QtFuture::makeReadyFuture(core::Result<void>());
}

} // namespace mikro::auth
