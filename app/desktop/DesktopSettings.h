#pragma once

#include "services/auth/OidcProvider.h"
#include "services/store/DatabaseConfig.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace mikro::desktop {

/// The desktop's settings (DESIGN.md §7, UI.md §1.10) from QSettings, defaulting to the local
/// devstack and demo server when nothing is configured: where the data is (a Mikro server — the
/// default —, the organisation's PostgreSQL run in process on a trusted network, or a local
/// SQLite file run in process), the sign-in provider, client, audience, callback ports and claim
/// namespace. Secrets are never here: they live in the keychain (the database password as
/// client::storePasswordKey says).
struct DesktopSettings
{
    enum class Connection { Server, OrgDatabase, LocalFile };

    auth::OidcProvider provider;
    QString claimNamespace;
    Connection connection = Connection::Server;
    QUrl serverUrl; ///< checked by ApiConnection::checkServerUrl before use
    QString localStorePath;
    /// In process only: the Tasking Manager API that Add project reads (empty: none, and adding
    /// a project says so). The server has its own (TM4_API_URL).
    QUrl tm4ApiUrl;
    /// The organisation database (Connection::OrgDatabase): host, port, name, user and SSL mode;
    /// the password is read from the keychain before the store opens.
    store::DatabaseConfig database;

    [[nodiscard]] static DesktopSettings load(QSettings &settings, const QString &dataDirectory);
    /// The keychain service the refresh token is stored under: one per sign-in provider.
    [[nodiscard]] QString keychainService() const;
};

} // namespace mikro::desktop
