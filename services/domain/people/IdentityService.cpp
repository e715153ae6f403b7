#include "services/domain/people/IdentityService.h"

#include "services/core/Clock.h"
#include "services/domain/DomainLog.h"
#include "services/domain/people/UserRepository.h"
#include "services/store/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error forbidden(QByteArray code, const char *message)
{
    return core::Error::make(core::ErrorKind::Forbidden, std::move(code),
        QCoreApplication::translate("mikro::domain::IdentityService", message));
}

Caller callerOf(const UserProfile &profile)
{
    return Caller { profile.id, profile.orgId, profile.role, !profile.needsOnboarding() };
}

} // namespace

IdentityService::IdentityService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<UserProfile> IdentityService::admit(const SignInClaims &claims, bool recordLogin) const
{
    if (claims.subject.isEmpty())
        return core::Error::make(core::ErrorKind::Unauthenticated, "invalid_claims",
            QCoreApplication::translate(
                "mikro::domain::IdentityService", "Your sign-in is not valid. Sign in again."));
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<UserProfile> {
        const QDateTime now = m_clock.nowUtc();
        auto existing = UserRepository::find(tx, claims.subject);
        if (!existing.ok())
            return existing.error();
        if (!existing.value()) {
            if (!claims.orgClaim.isEmpty()) {
                if (auto org = UserRepository::ensureOrg(tx, claims.orgClaim, now); !org.ok())
                    return org.error();
            }
            UserProfile fresh;
            fresh.id = claims.subject;
            fresh.orgId = claims.orgClaim;
            fresh.email = claims.email;
            fresh.firstName = claims.firstName;
            fresh.lastName = claims.lastName;
            // The role is seeded from the claim once; anything unknown is a plain user.
            fresh.role = roleFromText(claims.roleClaim).value_or(Role::User);
            if (auto inserted = UserRepository::insert(tx, fresh, now); !inserted.ok())
                return inserted.error();
            qCInfo(lcDomain) << "new person signed in; role" << roleText(fresh.role);
            existing = UserRepository::find(tx, claims.subject);
            if (!existing.ok())
                return existing.error();
        }
        const UserRow row = *existing.value();
        if (row.deactivatedAt)
            return forbidden("account_deactivated",
                QT_TRANSLATE_NOOP("mikro::domain::IdentityService",
                    "This account has been deactivated. Ask an admin of your "
                    "organisation to restore it."));
        if (!row.profile.orgId.isEmpty() && !claims.orgClaim.isEmpty()
            && row.profile.orgId != claims.orgClaim)
            return forbidden("org_mismatch",
                QT_TRANSLATE_NOOP("mikro::domain::IdentityService",
                    "Your sign-in belongs to another organisation than your "
                    "account. Ask an admin to move your account."));
        if (!recordLogin && !row.profile.orgId.isEmpty())
            return row.profile;
        const bool adoptOrg = row.profile.orgId.isEmpty() && !claims.orgClaim.isEmpty();
        if (adoptOrg) {
            if (auto org = UserRepository::ensureOrg(tx, claims.orgClaim, now); !org.ok())
                return org.error();
        }
        if (recordLogin || adoptOrg) {
            auto updated = UserRepository::recordLogin(tx, claims.subject, claims.orgClaim,
                claims.email, claims.firstName, claims.lastName, now);
            if (!updated.ok())
                return updated.error();
            auto reread = UserRepository::find(tx, claims.subject);
            if (!reread.ok())
                return reread.error();
            return reread.value()->profile;
        }
        return row.profile;
    });
}

core::Result<UserProfile> IdentityService::signIn(const SignInClaims &claims) const
{
    return admit(claims, true);
}

core::Result<Caller> IdentityService::resolveCaller(const SignInClaims &claims) const
{
    // Every request resolves its caller: the usual case (a known person, nothing to adopt) only
    // reads, so concurrent requests do not queue for SQLite's write lock.
    auto known = m_db.inReadTransaction(
        [&](store::Transaction &tx) { return UserRepository::find(tx, claims.subject); });
    if (!known.ok())
        return known.error();
    if (const auto &row = known.value(); row && !row->deactivatedAt) {
        const QString &stored = row->profile.orgId;
        const bool nothingToAdopt = stored.isEmpty()
            ? claims.orgClaim.isEmpty()
            : (claims.orgClaim.isEmpty() || claims.orgClaim == stored);
        if (nothingToAdopt)
            return callerOf(row->profile);
    }
    auto profile = admit(claims, false);
    if (!profile.ok())
        return profile.error();
    return callerOf(profile.value());
}

core::Result<std::pair<UserProfile, UserFigures>> IdentityService::details(
    const Caller &caller) const
{
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<std::pair<UserProfile, UserFigures>> {
            auto row = UserRepository::find(tx, caller.userId);
            if (!row.ok())
                return row.error();
            if (!row.value())
                return core::Error::make(core::ErrorKind::NotFound, "not_found",
                    QCoreApplication::translate("mikro::domain::IdentityService", "Not found."));
            auto figures = UserRepository::figures(tx, caller.userId);
            if (!figures.ok())
                return figures.error();
            return std::pair(row.value()->profile, figures.value());
        });
}

} // namespace mikro::domain
