#include "services/client/http/HttpPeopleClient.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/codec/PersonCodec.h"
#include "services/client/http/ApiConnection.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpPeopleClient::HttpPeopleClient(ApiConnection &api)
    : m_api(api)
{
}

QFuture<core::Result<QList<domain::PersonSummary>>> HttpPeopleClient::people(
    bool includeDeactivated)
{
    return m_api
        .call(
            u"user/fetch_users"_s, QJsonObject { { u"include_deactivated"_s, includeDeactivated } })
        .then([](const core::Result<QJsonObject> &answer)
                  -> core::Result<QList<domain::PersonSummary>> {
            if (!answer.ok())
                return answer.error();
            const QJsonValue users = answer.value().value(u"users"_s);
            if (!users.isArray())
                return unreadableAnswer(u"fetch_users: users is not an array"_s);
            QList<domain::PersonSummary> out;
            for (const QJsonValue &user : users.toArray()) {
                auto person = readUserRow(user.toObject());
                if (!person.ok())
                    return person.error();
                out << person.value();
            }
            return out;
        });
}

} // namespace mikro::client
