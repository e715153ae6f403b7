#include "services/client/http/HttpAccountClient.h"

#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpAccountClient::HttpAccountClient(ApiConnection &api)
    : m_api(api)
{
}

QFuture<core::Result<domain::UserProfile>> HttpAccountClient::signIn()
{
    return m_api.call(u"login"_s)
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::UserProfile> {
            if (!answer.ok())
                return answer.error();
            return readLoginAnswer(answer.value());
        });
}

QFuture<core::Result<AccountDetails>> HttpAccountClient::details()
{
    return m_api.call(u"user/fetch_user_details"_s)
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<AccountDetails> {
            if (!answer.ok())
                return answer.error();
            return readAccountDetails(answer.value());
        });
}

} // namespace mikro::client
