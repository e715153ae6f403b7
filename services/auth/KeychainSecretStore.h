#pragma once

#include "services/auth/SecretStore.h"

#include <QObject>

namespace mikro::auth {

/// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows), each call one keychain job turned into a future. The insecure plain-text
/// fallback of QtKeychain is never enabled. Lives on, and is called from, the UI thread.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    [[nodiscard]] QFuture<core::Result<core::Secret>> read(const QString &key) override;
    [[nodiscard]] QFuture<core::Result<void>> write(
        const QString &key, const core::Secret &value) override;
    [[nodiscard]] QFuture<core::Result<void>> remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace mikro::auth
