#pragma once

#include "services/core/Result.h"
#include "services/http/Router.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace mikro::http {
class HttpServer;
}

namespace mikro::auth {

/// The redirect target of a desktop sign-in (DESIGN.md §6): an HTTP server on 127.0.0.1 only, on
/// the first free port of the registered list, answering `GET /callback`. The first callback that
/// carries the expected `state` wins; later ones, and ones with another state, get an error page.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /// Listens on the first free port; Unavailable `no_callback_port` when all are taken.
    [[nodiscard]] core::Result<QUrl> listen(const QList<quint16> &ports, const QByteArray &state);
    void stop();

signals:
    /// On this object's thread, once.
    void codeReceived(const QByteArray &code);
    /// The provider redirected back with an error (the person declined, for example).
    void failed(const QString &error, const QString &description);

private:
    http::Response onCallback(const http::Request &request);

    http::Router m_router;
    std::unique_ptr<http::HttpServer> m_server;
    QByteArray m_state;
    std::atomic<bool> m_done { false };
};

} // namespace mikro::auth
