#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace mikro::auth {

/// Where a JWKS document comes from; tests give a counting fake, programs HttpJwksSource.
class JwksSource
{
public:
    using Callback = std::function<void(const core::Result<QByteArray> &)>;
    virtual ~JwksSource() = default;
    /// Calls `done` once with the raw JWKS document, or Unavailable `auth_unavailable`; from any
    /// thread, possibly before returning.
    virtual void fetchJwks(Callback done) = 0;
};

/// Fetches `<issuer>.well-known/jwks.json` with the program's QNetworkAccessManager. Lives on the
/// manager's thread; fetchJwks() may be called from any thread (the request is started on this
/// object's thread). A 5 s transfer timeout; 64 KiB at most.
class HttpJwksSource : public QObject, public JwksSource
{
    Q_OBJECT
public:
    /// `extraCaCertificates` are trusted in addition to the system's (a private or devstack CA).
    HttpJwksSource(QNetworkAccessManager &network, QUrl url,
        QList<QSslCertificate> extraCaCertificates = {}, QObject *parent = nullptr);
    void fetchJwks(Callback done) override;

private:
    QNetworkAccessManager &m_network;
    QUrl m_url;
    QList<QSslCertificate> m_extraCa;
};

} // namespace mikro::auth
