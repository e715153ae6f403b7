#include "services/client/http/ChangeCall.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/http/ApiConnection.h"

namespace mikro::client {

QFuture<core::Result<qint64>> callChange(ApiConnection &api, ChangeFeed &feed,
    const QString &action, const QJsonObject &body, const QList<ChangeFeed::Area> &areas,
    const QString &key)
{
    return api.call(action, body, ApiConnection::newOperationKey())
        .then([feed = &feed, areas, key](
                  const core::Result<QJsonObject> &answer) -> core::Result<qint64> {
            if (!answer.ok())
                return answer.error();
            feed->announce(areas);
            if (key.isEmpty())
                return qint64(0);
            return readShape<qint64>(answer.value(), QStringLiteral("change"),
                [&key](JsonReader &io, qint64 &id) { io.integer(key, id); });
        });
}

core::Result<void> withoutValue(const core::Result<qint64> &done)
{
    if (!done.ok())
        return done.error();
    return {};
}

} // namespace mikro::client
