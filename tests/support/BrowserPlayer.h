#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace mikro::testing {

/// Plays the person in the system browser for sign-in tests: opens the authorize URL, picks
/// `subject` on the devstack's sign-in page, and follows the redirect to the loopback callback.
/// Every step is a real HTTP request; what happened is kept for the test to check.
class BrowserPlayer : public QObject
{
    Q_OBJECT
public:
    explicit BrowserPlayer(QString subject, QObject *parent = nullptr);

    /// A PkceLogin::UrlOpener that starts the walk and reports that the browser opened.
    [[nodiscard]] std::function<bool(const QUrl &)> opener();
    void open(const QUrl &authorizeUrl);

    QStringList visited; ///< every URL requested, in order
    int callbackStatus = 0; ///< what the loopback receiver answered
    QByteArray callbackPage; ///< and its page
    QString failure; ///< set when a step went wrong

signals:
    void finished();

private:
    void fail(const QString &why);

    QNetworkAccessManager m_network;
    QString m_subject;
};

} // namespace mikro::testing
