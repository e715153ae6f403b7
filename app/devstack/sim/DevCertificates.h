#pragma once

#include "services/core/Result.h"

#include <QSslConfiguration>
#include <QString>

namespace mikro::devstack {

/// A throwaway certificate authority and a server certificate for 127.0.0.1 and localhost, made
/// with OpenSSL at start-up, for sign-in libraries that insist on https. The CA certificate is
/// written to `caPath` so that clients can trust it (mikro-server: AUTH0_CA_FILE).
struct DevCertificates
{
    QSslConfiguration serverConfiguration;
    QString caPath;

    /// Internal `tls_setup` when OpenSSL fails or the directory is not writable.
    [[nodiscard]] static core::Result<DevCertificates> create(const QString &directory);
};

} // namespace mikro::devstack
