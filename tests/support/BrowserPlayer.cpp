#include "tests/support/BrowserPlayer.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mikro::testing {

BrowserPlayer::BrowserPlayer(QString subject, QObject *parent)
    : QObject(parent)
    , m_subject(std::move(subject))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

std::function<bool(const QUrl &)> BrowserPlayer::opener()
{
    return [this](const QUrl &url) {
        QMetaObject::invokeMethod(
            this, [this, url] { open(url); }, Qt::QueuedConnection);
        return true;
    };
}

void BrowserPlayer::fail(const QString &why)
{
    failure = why;
    emit finished();
}

void BrowserPlayer::open(const QUrl &authorizeUrl)
{
    visited << authorizeUrl.toString();
    QNetworkReply *page = m_network.get(QNetworkRequest(authorizeUrl));
    connect(page, &QNetworkReply::finished, this, [this, page, authorizeUrl] {
        page->deleteLater();
        const QString html = QString::fromUtf8(page->readAll());
        static const QRegularExpression transaction(u"name=\"transaction\" value=\"([^\"]+)\""_s);
        const auto match = transaction.match(html);
        if (!match.hasMatch() || !html.contains(u"value=\"%1\""_s.arg(m_subject)))
            return fail(u"sign-in page without the person: "_s + html.left(300));
        // The form posts back to /authorize, as a browser would submit it.
        const QUrl action = authorizeUrl.resolved(QUrl(u"authorize"_s)).adjusted(QUrl::RemoveQuery);
        QUrlQuery form;
        form.addQueryItem(u"transaction"_s, match.captured(1));
        form.addQueryItem(u"subject"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_subject)));
        QNetworkRequest submit(action);
        submit.setHeader(
            QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        visited << action.toString();
        QNetworkReply *decision
            = m_network.post(submit, form.toString(QUrl::FullyEncoded).toUtf8());
        connect(decision, &QNetworkReply::finished, this, [this, decision] {
            decision->deleteLater();
            const int status
                = decision->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QUrl location = QUrl::fromEncoded(decision->rawHeader("Location"));
            if (status != 302 || !location.isValid())
                return fail(u"no redirect after choosing the person (%1)"_s.arg(status));
            visited << location.toString();
            QNetworkReply *callback = m_network.get(QNetworkRequest(location));
            connect(callback, &QNetworkReply::finished, this, [this, callback] {
                callback->deleteLater();
                callbackStatus
                    = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                callbackPage = callback->readAll();
                emit finished();
            });
        });
    });
}

} // namespace mikro::testing
