#include "app/desktop/DesktopSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace mikro::desktop {

DesktopSettings DesktopSettings::load(QSettings &settings, const QString &dataDirectory)
{
    DesktopSettings out;
    QString issuer = settings.value(u"auth/issuer"_s, u"http://127.0.0.1:8110/"_s).toString();
    if (!issuer.endsWith(u'/'))
        issuer += u'/';
    out.provider.issuer = QUrl(issuer);
    out.provider.clientId = settings.value(u"auth/clientId"_s, u"mikro-desktop"_s).toString();
    out.provider.audience
        = settings.value(u"auth/audience"_s, u"https://mikro/api/authorize"_s).toString();
    const QString ports
        = settings.value(u"auth/callbackPorts"_s, u"53682,53683,53684,53685"_s).toString();
    for (const QString &port : ports.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint value = port.trimmed().toUInt(&ok);
        if (ok && value > 0 && value <= 65535)
            out.provider.callbackPorts << static_cast<quint16>(value);
    }
    out.claimNamespace = settings.value(u"auth/namespace"_s, u"mikro"_s).toString();
    const QString kind = settings.value(u"connection/kind"_s, u"server"_s).toString();
    out.connection = kind == "file"_L1 ? DesktopSettings::Connection::LocalFile
        : kind == "database"_L1        ? DesktopSettings::Connection::OrgDatabase
                                       : DesktopSettings::Connection::Server;
    out.serverUrl
        = QUrl(settings.value(u"connection/serverUrl"_s, u"http://127.0.0.1:8080"_s).toString());
    out.tm4ApiUrl = QUrl(settings.value(u"connection/tm4ApiUrl"_s).toString());
    out.localStorePath
        = settings.value(u"store/sqlitePath"_s, dataDirectory + u"/cache.sqlite"_s).toString();
    out.database.engine = store::Engine::Postgres;
    out.database.host = settings.value(u"database/host"_s).toString();
    out.database.port = settings.value(u"database/port"_s, 5432).toInt();
    out.database.databaseName = settings.value(u"database/name"_s).toString();
    out.database.user = settings.value(u"database/user"_s).toString();
    out.database.sslMode = settings.value(u"database/sslMode"_s).toString();
    return out;
}

QString DesktopSettings::keychainService() const
{
    return u"mikro:%1"_s.arg(provider.issuer.toString());
}

} // namespace mikro::desktop
