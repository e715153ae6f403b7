#include "services/client/http/HttpPeopleClient.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/codec/LedgerCodec.h"
#include "services/client/codec/PersonCodec.h"
#include "services/client/codec/PersonWorkCodec.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpPeopleClient::HttpPeopleClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
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
            return readObjectArray<domain::PersonSummary>(answer.value(), u"users"_s, &readUserRow);
        });
}

QFuture<core::Result<domain::PersonChangeOutcome>> HttpPeopleClient::modify(
    const QString &userId, const domain::PersonChange &change)
{
    QJsonObject body { { u"user_id"_s, userId } };
    if (change.role)
        body.insert(u"role"_s, domain::roleText(*change.role));
    if (change.active)
        body.insert(u"active"_s, *change.active);
    return m_api.call(u"user/modify_users"_s, body, ApiConnection::newOperationKey())
        .then([feed = &m_feed](const core::Result<QJsonObject> &answer)
                  -> core::Result<domain::PersonChangeOutcome> {
            if (!answer.ok())
                return answer.error();
            auto outcome = readShape<domain::PersonChangeOutcome>(
                answer.value(), u"modify_users"_s, [](auto &io, domain::PersonChangeOutcome &o) {
                    io.word(u"role"_s, o.role, &domain::roleText, &domain::roleFromText);
                    io.boolean(u"active"_s, o.active);
                    io.array(u"ended_memberships"_s, o.ended,
                        [](auto &nested, domain::EndedMembership &m) {
                            nested.integer(u"project_id"_s, m.projectId);
                            nested.text(u"member_role"_s, m.memberRole);
                        });
                });
            if (outcome.ok())
                feed->announce(personAreas);
            return outcome;
        });
}

QFuture<core::Result<domain::LedgerPage>> HttpPeopleClient::ledger(
    const QString &userId, const domain::LedgerQuery &query)
{
    QJsonObject body = ledgerQueryBody(query);
    body.insert(u"user_id"_s, userId);
    return m_api.call(u"transaction/fetch_user_ledger"_s, body)
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::LedgerPage> {
            if (!answer.ok())
                return answer.error();
            return readLedgerPage(answer.value());
        });
}

QFuture<core::Result<domain::PersonWork>> HttpPeopleClient::work(const QString &userId)
{
    return m_api.call(u"user/fetch_person_work"_s, { { u"user_id"_s, userId } })
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::PersonWork> {
            if (!answer.ok())
                return answer.error();
            return readPersonWork(answer.value());
        });
}

} // namespace mikro::client
