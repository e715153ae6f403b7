#include "services/client/inprocess/InProcessAccountClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessAccountClient::InProcessAccountClient(InProcessContext &context)
    : m_context(context)
    , m_usernames(context.database(), context.clock())
    , m_people(context.database(), context.clock())
{
}

QFuture<core::Result<domain::UserProfile>> InProcessAccountClient::signIn()
{
    return m_context.runWithClaims<domain::UserProfile>(
        [this](const domain::SignInClaims &claims) -> core::Result<domain::UserProfile> {
            auto profile = m_context.identity().signIn(claims);
            if (!profile.ok())
                return profile.error();
            return loginView(profile.value());
        });
}

QFuture<core::Result<AccountDetails>> InProcessAccountClient::details()
{
    return m_context.run<AccountDetails>(
        [this](const domain::Caller &caller) -> core::Result<AccountDetails> {
            auto details = m_context.identity().details(caller);
            if (!details.ok())
                return details.error();
            auto pending = m_usernames.pendingOf(caller);
            if (!pending.ok())
                return pending.error();
            auto [profile, figures] = std::move(details).value();
            return AccountDetails { std::move(profile), std::move(figures),
                pending.value().value_or(QString()) };
        });
}

QFuture<core::Result<void>> InProcessAccountClient::onboard(const domain::OnboardingForm &form)
{
    return m_context.run<void>([this, form](const domain::Caller &caller) -> core::Result<void> {
        auto done = m_people.onboard(caller, form);
        if (!done.ok())
            return done.error();
        m_context.feed().announce({ ChangeFeed::Area::Account, ChangeFeed::Area::Dashboards });
        return {};
    });
}

QFuture<core::Result<QString>> InProcessAccountClient::updateDetails(
    const domain::ProfileChange &change)
{
    return m_context.run<QString>(
        [this, change](const domain::Caller &caller) -> core::Result<QString> {
            auto done = m_people.updateDetails(caller, change);
            if (!done.ok())
                return done.error();
            m_context.feed().announce({ ChangeFeed::Area::Account });
            return done.value().osmUsernamePending.value_or(QString());
        });
}

} // namespace mikro::client
