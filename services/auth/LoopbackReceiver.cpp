#include "services/auth/LoopbackReceiver.h"

#include "services/auth/AuthLog.h"
#include "services/http/HttpServer.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mikro::auth {

namespace {

http::Response page(int status, const QString &title, const QString &text)
{
    return http::Response::text(status, "text/html; charset=utf-8",
        u"<!doctype html><html><head><meta charset=\"utf-8\"><title>Mikro</title></head>"
        "<body style=\"font-family:sans-serif;max-width:32em;margin:4em auto\"><h1>%1</h1><p>%2</p>"
        "</body></html>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8());
}

QString portList(const QList<quint16> &ports)
{
    QStringList list;
    for (const quint16 port : ports)
        list << QString::number(port);
    return list.join(u", "_s);
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    m_router.add("GET", u"/callback"_s, [this](const http::Request &request) {
        return QtFuture::makeReadyFuture(onCallback(request));
    });
}

LoopbackReceiver::~LoopbackReceiver() = default;

core::Result<QUrl> LoopbackReceiver::listen(const QList<quint16> &ports, const QByteArray &state)
{
    m_state = state;
    m_done = false;
    http::HttpLimits limits;
    limits.workerThreads = 1;
    limits.maxBodyBytes = 4096;
    for (const quint16 port : ports) {
        auto server = std::make_unique<http::HttpServer>(m_router, limits);
        // Loopback only: nothing on the network can deliver a code to us.
        if (auto bound = server->listen(QHostAddress::LocalHost, port); bound.ok()) {
            m_server = std::move(server);
            return QUrl(u"http://127.0.0.1:%1/callback"_s.arg(bound.value()));
        }
    }
    return core::Error::make(core::ErrorKind::Unavailable, "no_callback_port",
        QCoreApplication::translate("mikro::auth::LoopbackReceiver",
            "Mikro can't receive the sign-in reply: ports %1 are all in use.")
            .arg(portList(ports)));
}

void LoopbackReceiver::stop()
{
    m_server.reset();
}

http::Response LoopbackReceiver::onCallback(const http::Request &request)
{
    // Runs on the server's worker thread; the result goes to this object's thread.
    const QUrlQuery query = request.query;
    const QByteArray state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toUtf8();
    if (state.isEmpty() || state != m_state)
        return page(400,
            QCoreApplication::translate("mikro::auth::LoopbackReceiver", "Sign-in not recognised"),
            QCoreApplication::translate("mikro::auth::LoopbackReceiver",
                "This sign-in was not started by this Mikro window. "
                "Return to Mikro and start again."));
    if (m_done.exchange(true))
        return page(409,
            QCoreApplication::translate("mikro::auth::LoopbackReceiver", "Already signed in"),
            QCoreApplication::translate("mikro::auth::LoopbackReceiver",
                "This sign-in link was already used. You can close "
                "this window."));
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description
            = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        QMetaObject::invokeMethod(
            this, [this, error, description] { emit failed(error, description); },
            Qt::QueuedConnection);
        return page(200,
            QCoreApplication::translate("mikro::auth::LoopbackReceiver", "Sign-in cancelled"),
            QCoreApplication::translate(
                "mikro::auth::LoopbackReceiver", "Return to Mikro to try again."));
    }
    const QByteArray code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded).toUtf8();
    QMetaObject::invokeMethod(
        this, [this, code] { emit codeReceived(code); }, Qt::QueuedConnection);
    return page(200, QCoreApplication::translate("mikro::auth::LoopbackReceiver", "Signed in"),
        QCoreApplication::translate(
            "mikro::auth::LoopbackReceiver", "You can close this window and return to Mikro."));
}

} // namespace mikro::auth
