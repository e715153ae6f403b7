#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::http {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({ method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler) });
}

bool Router::matches(
    const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments[i];
        if (expected.startsWith(u'{') && expected.endsWith(u'}'))
            found.insert(expected.mid(1, expected.size() - 2), segments[i]);
        else if (expected != segments[i])
            return false;
    }
    if (params)
        *params = std::move(found);
    return true;
}

void Router::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

void Router::setDecorator(std::function<void(const Request &, Response &)> decorator)
{
    m_decorator = std::move(decorator);
}

void Router::decorate(const Request &request, Response &response) const
{
    if (m_decorator)
        m_decorator(request, response);
}

QFuture<Response> Router::dispatch(Request &request) const
{
    if (request.method == "OPTIONS" && m_fallback)
        return m_fallback(request);
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        if (route.method == request.method || route.method == method) {
            matches(route, segments, &request.pathParams);
            return route.handler(request);
        }
        if (!allowed.contains(route.method))
            allowed << route.method;
    }
    if (allowed.isEmpty() && m_fallback)
        return m_fallback(request);
    if (allowed.isEmpty()) {
        return QtFuture::makeReadyFuture(Response::error(
            404, "unknown_action", QCoreApplication::translate("mikro::http", "Unknown action.")));
    }
    if (allowed.contains("GET"))
        allowed << "HEAD";
    Response response = Response::error(405, "method_not_allowed",
        QCoreApplication::translate("mikro::http", "This action does not accept that method."));
    response.setHeader("Allow", allowed.join(", "));
    return QtFuture::makeReadyFuture(response);
}

void Router::setHeaderCheck(HeaderCheck check)
{
    m_headerCheck = std::move(check);
}

std::optional<Response> Router::checkHeaders(const Request &request) const
{
    return m_headerCheck ? m_headerCheck(request) : std::nullopt;
}

QStringList Router::routes() const
{
    QStringList out;
    for (const Route &route : m_routes)
        out << QString::fromLatin1(route.method) + u" /"_s + route.segments.join(u'/');
    return out;
}

} // namespace mikro::http
