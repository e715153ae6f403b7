#pragma once

#include "services/http/Request.h"
#include "services/http/Response.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mikro::http {

/// Handlers answer with a future, so storage or network work never holds a worker's event loop;
/// a handler with the answer at hand returns `QtFuture::makeReadyFuture(response)`. Handlers run on
/// the worker threads, several at once: they must be safe to call concurrently.
using Handler = std::function<QFuture<Response>(const Request &)>;

/// Method + path routing with `{name}` parameters ("/api/{resource}/{action}"). Built before the
/// server starts and read-only afterwards. Unknown path → 404 `unknown_action`; known path with
/// another method → 405 `method_not_allowed` with `Allow`; HEAD is served by the GET route.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    /// Answers what no route matches, and OPTIONS (CORS preflight) on any path; without one,
    /// unmatched paths get 404 `unknown_action`.
    void setFallback(Handler handler);
    /// Looks at a request whose body is still to come, when its headers are complete: an answer
    /// is sent at once and the connection closed, without reading the body (a missing or refused
    /// token costs the server no body's memory). Must answer at once; nullopt lets it through.
    using HeaderCheck = std::function<std::optional<Response>(const Request &)>;
    void setHeaderCheck(HeaderCheck check);
    [[nodiscard]] std::optional<Response> checkHeaders(const Request &request) const;
    /// Adjusts every response before it is written (CORS headers, for example).
    void setDecorator(std::function<void(const Request &, Response &)> decorator);
    [[nodiscard]] QFuture<Response> dispatch(Request &request) const;
    /// Every route as "METHOD /pattern", in the order added (the OpenAPI route test reads it).
    [[nodiscard]] QStringList routes() const;
    void decorate(const Request &request, Response &response) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(
        const Route &route, const QStringList &segments, QHash<QString, QString> *params);

    QList<Route> m_routes;
    Handler m_fallback;
    std::function<void(const Request &, Response &)> m_decorator;
    HeaderCheck m_headerCheck;
};

} // namespace mikro::http
