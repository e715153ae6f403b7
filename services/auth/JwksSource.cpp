#include "services/auth/JwksSource.h"

#include "services/auth/AuthLog.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace mikro::auth {

namespace {
constexpr qint64 MaxJwksBytes = qint64(64) * 1024;

core::Error unavailable(const QString &diagnostic)
{
    qCWarning(lcAuth) << "JWKS fetch failed:" << diagnostic;
    return core::Error::make(core::ErrorKind::Unavailable, "auth_unavailable",
        QCoreApplication::translate("mikro::auth",
            "Sign-in cannot be checked right now. "
            "Try again shortly."),
        diagnostic);
}
} // namespace

HttpJwksSource::HttpJwksSource(QNetworkAccessManager &network, QUrl url,
    QList<QSslCertificate> extraCaCertificates, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_extraCa(std::move(extraCaCertificates))
{
}

void HttpJwksSource::fetchJwks(Callback done)
{
    QMetaObject::invokeMethod(this, [this, done = std::move(done)] {
        QNetworkRequest request(m_url);
        request.setTransferTimeout(5000);
        if (!m_extraCa.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(m_extraCa);
            request.setSslConfiguration(tls);
        }
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, done, url = m_url] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                done(unavailable(u"%1: HTTP %2, %3"_s.arg(url.toString())
                                     .arg(status)
                                     .arg(reply->errorString())));
            } else {
                const QByteArray body = reply->read(MaxJwksBytes + 1);
                if (body.size() > MaxJwksBytes)
                    done(unavailable(u"JWKS larger than 64 KiB"_s));
                else
                    done(body);
            }
        });
    });
}

} // namespace mikro::auth
