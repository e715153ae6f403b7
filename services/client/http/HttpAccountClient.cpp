#include "services/client/http/HttpAccountClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpAccountClient::HttpAccountClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
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

QFuture<core::Result<void>> HttpAccountClient::onboard(const domain::OnboardingForm &form)
{
    const QJsonObject body { { u"osm_username"_s, form.osmUsername },
        { u"payment_email"_s, form.paymentEmail }, { u"city"_s, form.city },
        { u"country"_s, form.country }, { u"terms_agreement"_s, form.termsAccepted } };
    // Completing a profile twice with the same answers changes nothing: no Idempotency-Key.
    return m_api.call(u"user/first_login_update"_s, body)
        .then([feed = &m_feed](const core::Result<QJsonObject> &answer) -> core::Result<void> {
            if (!answer.ok())
                return answer.error();
            feed->announce({ ChangeFeed::Area::Account, ChangeFeed::Area::Dashboards });
            return {};
        });
}

QFuture<core::Result<QString>> HttpAccountClient::updateDetails(const domain::ProfileChange &change)
{
    QJsonObject body;
    for (const auto &[name, value] : { std::pair(u"first_name"_s, &change.firstName),
             std::pair(u"last_name"_s, &change.lastName),
             std::pair(u"osm_username"_s, &change.osmUsername), std::pair(u"city"_s, &change.city),
             std::pair(u"country"_s, &change.country), std::pair(u"email"_s, &change.email),
             std::pair(u"payment_email"_s, &change.paymentEmail) })
        if (*value)
            body.insert(name, **value);
    return m_api.call(u"user/update_user_details"_s, body)
        .then([feed = &m_feed](const core::Result<QJsonObject> &answer) -> core::Result<QString> {
            if (!answer.ok())
                return answer.error();
            feed->announce({ ChangeFeed::Area::Account });
            return answer.value().value(u"osm_username_pending"_s).toString();
        });
}

} // namespace mikro::client
