#pragma once

#include "services/auth/OidcProvider.h"

#include <QString>

class QSettings;

namespace mikro::desktop {

/// The desktop's settings (DESIGN.md §7) from QSettings, defaulting to the local devstack when
/// nothing is configured: sign-in provider, client, audience, callback ports, the claim
/// namespace, and the local store. Secrets are never here: they live in the keychain.
struct DesktopSettings
{
    auth::OidcProvider provider;
    QString claimNamespace;
    QString localStorePath;

    [[nodiscard]] static DesktopSettings load(QSettings &settings, const QString &dataDirectory);
    /// The keychain service the refresh token is stored under: one per sign-in provider.
    [[nodiscard]] QString keychainService() const;
};

} // namespace mikro::desktop
