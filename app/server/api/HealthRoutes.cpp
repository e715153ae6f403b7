#include "app/server/api/HealthRoutes.h"

#include "services/http/Router.h"
#include "services/store/Database.h"

#include <QJsonObject>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mikro::server {

void addHealthRoutes(http::Router &router, store::Database &db)
{
    router.add("GET", u"/health"_s, [](const http::Request &) {
        return QtFuture::makeReadyFuture(
            http::Response::json(200, QJsonObject { { u"status"_s, u"healthy"_s } }));
    });
    router.add("GET", u"/api/health"_s, [&db](const http::Request &) {
        return QtConcurrent::run(&db.pool(), [&db] {
            if (db.ping().ok())
                return http::Response::json(200, QJsonObject { { u"status"_s, u"healthy"_s } });
            return http::Response::json(503,
                QJsonObject {
                    { u"status"_s, u"unhealthy"_s }, { u"database"_s, u"unreachable"_s } });
        });
    });
}

} // namespace mikro::server
