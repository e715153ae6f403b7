#include "app/server/api/OpenApiRoute.h"

#include "services/http/Router.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace mikro::server {

void addOpenApiRoute(http::Router &router)
{
    QFile file(u":/mikro/api/openapi.json"_s);
    QByteArray document;
    if (file.open(QIODevice::ReadOnly))
        document = file.readAll();
    if (document.isEmpty())
        qFatal("mikro-server: the OpenAPI document is not compiled in");
    for (const QString &path : { u"/api/openapi.json"_s, u"/openapi.json"_s })
        router.add("GET", path, [document](const http::Request &) {
            return QtFuture::makeReadyFuture(
                http::Response::text(200, "application/json; charset=utf-8", document));
        });
}

} // namespace mikro::server
