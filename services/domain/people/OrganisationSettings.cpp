#include "services/domain/people/OrganisationSettings.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("mikro::domain::OrganisationSettings", text);
}

core::Error fieldError(QByteArray code, const QString &field, const char *message)
{
    return core::Error::make(core::ErrorKind::InvalidInput, std::move(code), translated(message))
        .withField(field);
}

} // namespace

OrganisationSettings::OrganisationSettings(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<OrgSettings> OrganisationSettings::settings(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewProjects); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<OrgSettings> {
        auto row = tx.exec(
            u"SELECT o.id, o.name, o.currency, o.min_payout_cents, EXISTS (SELECT 1 "
            "FROM ledger_entries l WHERE l.org_id = o.id) FROM orgs o WHERE o.id = :org"_s,
            { { u"org"_s, caller.orgId } });
        if (!row.ok())
            return row.error();
        if (!row.value().next())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                translated(QT_TRANSLATE_NOOP(
                    "mikro::domain::OrganisationSettings", "That organisation does not exist.")));
        const store::Rows &q = row.value();
        return OrgSettings { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            core::Money(q.value(3).toLongLong()), q.value(4).toBool() };
    });
}

core::Result<void> OrganisationSettings::update(const Caller &caller, const QString &name,
    const QString &currency, std::optional<core::Money> minimumPayout) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageOrganisation); !allowed.ok())
        return allowed.error();
    const QString code = currency.trimmed();
    if (!code.isEmpty()) {
        const bool iso = code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
            return c >= u'A' && c <= u'Z';
        });
        if (!iso)
            return fieldError("invalid_field", u"currency"_s,
                QT_TRANSLATE_NOOP("mikro::domain::OrganisationSettings",
                    "Use a three-letter currency code such as USD."));
    }
    if (minimumPayout && *minimumPayout < core::Money(0))
        return fieldError("invalid_amount", u"min_payout"_s,
            QT_TRANSLATE_NOOP(
                "mikro::domain::OrganisationSettings", "The minimum payout cannot be negative."));
    if (name.trimmed().size() > 255)
        return fieldError("invalid_field", u"name"_s,
            QT_TRANSLATE_NOOP("mikro::domain::OrganisationSettings", "This text is too long."));
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        QVariantMap values { { u"org"_s, caller.orgId },
            { u"name"_s,
                name.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(name.trimmed()) },
            { u"currency"_s,
                code.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(code) },
            { u"min"_s,
                minimumPayout ? QVariant(minimumPayout->cents())
                              : QVariant(QMetaType::fromType<qint64>()) } };
        if (!code.isEmpty()) {
            // Amounts already in the ledger are in the current currency: it stays.
            auto used
                = tx.exec(u"SELECT 1 FROM orgs o WHERE o.id = :org AND o.currency <> :currency AND "
                          "EXISTS (SELECT 1 FROM ledger_entries e WHERE e.org_id = o.id)"_s,
                    { { u"org"_s, caller.orgId }, { u"currency"_s, code } });
            if (!used.ok())
                return used.error();
            if (used.value().next())
                return core::Error::make(core::ErrorKind::Refused, "currency_in_use",
                    translated(QT_TRANSLATE_NOOP("mikro::domain::OrganisationSettings",
                        "The currency cannot change once the organisation has ledger entries.")));
        }
        auto updated
            = tx.exec(u"UPDATE orgs SET name = COALESCE(:name, name), currency = "
                      u"COALESCE(:currency, currency), "
                      "min_payout_cents = COALESCE(:min, min_payout_cents) WHERE id = :org"_s,
                values);
        if (!updated.ok())
            return updated.error();
        QVariantMap details;
        if (!name.trimmed().isEmpty())
            details.insert(u"name"_s, name.trimmed());
        if (!code.isEmpty())
            details.insert(u"currency"_s, code);
        if (minimumPayout)
            details.insert(u"min_payout_cents"_s, minimumPayout->cents());
        return AuditLog::record(
            tx, caller, u"update_org"_s, u"org"_s, caller.orgId, details, m_clock.nowUtc());
    });
}

} // namespace mikro::domain
