#include "services/client/codec/AccountCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

/// The login answer names a person by their full name alone: described as the first name of a
/// profile whose last name is empty (writeLoginAnswer makes it so).
template <typename Io, typename Profile>
void describeLogin(Io &io, Profile &p)
{
    io.text(u"id"_s, p.id);
    io.text(u"name"_s, p.firstName);
    io.nullableText(u"email"_s, p.email);
    io.word(u"role"_s, p.role, &domain::roleText, &domain::roleFromText);
    io.nullableText(u"osm_username"_s, p.osmUsername);
    io.nullableText(u"payment_email"_s, p.paymentEmail);
    io.nullableText(u"city"_s, p.city);
    io.nullableText(u"country"_s, p.country);
    io.derived(u"needs_onboarding"_s, p.needsOnboarding());
    io.nullableText(u"org_id"_s, p.orgId);
    io.time(u"terms_accepted_at"_s, p.termsAcceptedAt);
}

template <typename Io, typename Details>
void describeDetails(Io &io, Details &d)
{
    auto &p = d.profile;
    auto &f = d.figures;
    io.text(u"id"_s, p.id);
    io.word(u"role"_s, p.role, &domain::roleText, &domain::roleFromText);
    io.nullableText(u"first_name"_s, p.firstName);
    io.nullableText(u"last_name"_s, p.lastName);
    io.derived(u"full_name"_s, p.fullName());
    io.nullableText(u"osm_username"_s, p.osmUsername);
    io.nullableText(u"osm_username_pending"_s, d.osmUsernamePending);
    io.nullableText(u"city"_s, p.city);
    io.nullableText(u"country"_s, p.country);
    io.nullableText(u"email"_s, p.email);
    io.nullableText(u"payment_email"_s, p.paymentEmail);
    io.nullableText(u"org_id"_s, p.orgId);
    io.time(u"terms_accepted_at"_s, p.termsAcceptedAt);
    io.integer(u"mapper_points"_s, p.mapperPoints);
    io.integer(u"validator_points"_s, p.validatorPoints);
    io.integer(u"special_project_points"_s, p.specialProjectPoints);
    io.integer(u"total_tasks_mapped"_s, f.tasksMapped);
    io.integer(u"total_tasks_validated"_s, f.tasksValidated);
    io.money(u"total_payout"_s, f.paid);
    io.money(u"payable"_s, f.payable);
    io.text(u"currency"_s, f.currency);
    io.nullableText(u"org_name"_s, f.orgName);
}

} // namespace

domain::UserProfile loginView(const domain::UserProfile &profile)
{
    domain::UserProfile view;
    view.id = profile.id;
    view.orgId = profile.orgId;
    view.email = profile.email;
    view.firstName = profile.fullName();
    view.osmUsername = profile.osmUsername;
    view.paymentEmail = profile.paymentEmail;
    view.city = profile.city;
    view.country = profile.country;
    view.role = profile.role;
    view.termsAcceptedAt = profile.termsAcceptedAt;
    return view;
}

void writeLoginAnswer(JsonWriter &envelope, const domain::UserProfile &profile)
{
    writeShape(envelope, loginView(profile), [](auto &io, auto &p) { describeLogin(io, p); });
}

core::Result<domain::UserProfile> readLoginAnswer(const QJsonObject &answer)
{
    return readShape<domain::UserProfile>(
        answer, u"login"_s, [](auto &io, auto &p) { describeLogin(io, p); });
}

void writeAccountDetails(JsonWriter &envelope, const AccountDetails &details)
{
    writeShape(envelope, details, [](auto &io, auto &d) { describeDetails(io, d); });
}

core::Result<AccountDetails> readAccountDetails(const QJsonObject &answer)
{
    return readShape<AccountDetails>(
        answer, u"user_details"_s, [](auto &io, auto &d) { describeDetails(io, d); });
}

} // namespace mikro::client
