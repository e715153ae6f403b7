#include "services/domain/money/LedgerHistory.h"

#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

/// ORDER BY of a sort, with the id breaking ties so that pages never overlap.
QString orderOf(const LedgerQuery &query)
{
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    switch (query.sort) {
    case LedgerQuery::Sort::Kind:
        return u"e.kind"_s + direction + u", e.created_at DESC, e.id DESC"_s;
    case LedgerQuery::Sort::Amount:
        return u"e.amount_cents"_s + direction + u", e.id"_s + direction;
    case LedgerQuery::Sort::Date:
        break;
    }
    return u"e.created_at"_s + direction + u", e.id"_s + direction;
}

core::Error invalidQuery(const char *field, const char *message)
{
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
        QCoreApplication::translate("mikro::domain::LedgerHistory", message))
        .withField(QString::fromLatin1(field));
}

} // namespace

QString ledgerSortText(LedgerQuery::Sort sort)
{
    switch (sort) {
    case LedgerQuery::Sort::Kind:
        return u"kind"_s;
    case LedgerQuery::Sort::Amount:
        return u"amount"_s;
    case LedgerQuery::Sort::Date:
        break;
    }
    return u"date"_s;
}

std::optional<LedgerQuery::Sort> ledgerSortFromText(const QString &text)
{
    for (const auto sort :
        { LedgerQuery::Sort::Date, LedgerQuery::Sort::Kind, LedgerQuery::Sort::Amount })
        if (ledgerSortText(sort) == text)
            return sort;
    return std::nullopt;
}

LedgerHistory::LedgerHistory(store::Database &db)
    : m_db(db)
{
}

core::Result<LedgerPage> LedgerHistory::mine(const Caller &caller, const LedgerQuery &query) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOwnBalance); !allowed.ok())
        return allowed.error();
    return read(caller.orgId, caller.userId, query);
}

core::Result<LedgerPage> LedgerHistory::ofPerson(
    const Caller &caller, const QString &userId, const LedgerQuery &query) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOrgPayments); !allowed.ok())
        return allowed.error();
    // Someone of another organisation, or no one, is not found: an id says nothing across orgs.
    const auto known = m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<bool> {
        auto row = tx.exec(u"SELECT 1 FROM users WHERE id = :user AND org_id = :org"_s,
            { { u"user"_s, userId }, { u"org"_s, caller.orgId } });
        if (!row.ok())
            return row.error();
        return row.value().next();
    });
    if (!known.ok())
        return known.error();
    if (!known.value())
        return core::Error::make(core::ErrorKind::NotFound, "not_found",
            QCoreApplication::translate(
                "mikro::domain::LedgerHistory", "This person is not in your organisation."))
            .withField(u"user_id"_s);
    return read(caller.orgId, userId, query);
}

core::Result<LedgerPage> LedgerHistory::read(
    const QString &orgId, const QString &userId, const LedgerQuery &query) const
{
    if (query.limit < 1 || query.limit > LedgerQuery::MaxLimit)
        return invalidQuery("limit",
            QT_TRANSLATE_NOOP(
                "mikro::domain::LedgerHistory", "Ask for 1 to 200 ledger lines at a time."));
    if (query.offset < 0)
        return invalidQuery("offset",
            QT_TRANSLATE_NOOP("mikro::domain::LedgerHistory", "The offset cannot be negative."));
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<LedgerPage> {
        QVariantMap values { { u"org"_s, orgId }, { u"user"_s, userId } };
        QString where = u"e.org_id = :org AND e.user_id = :user"_s;
        if (query.kind) {
            where += u" AND e.kind = :kind"_s;
            values.insert(u"kind"_s, ledgerKindText(*query.kind));
        }
        auto counted = tx.exec(u"SELECT COUNT(*) FROM ledger_entries e WHERE "_s + where, values);
        if (!counted.ok())
            return counted.error();
        LedgerPage page;
        page.offset = query.offset;
        if (counted.value().next())
            page.total = counted.value().value(0).toLongLong();
        auto rows = tx.exec(
            u"SELECT e.id, e.kind, e.amount_cents, COALESCE(e.project_id, 0), "
            "COALESCE(p.name, ''), COALESCE(e.task_id, 0), COALESCE(e.user_checklist_id, 0), "
            "COALESCE(c.name, ''), COALESCE(e.note, ''), e.created_at "
            "FROM ledger_entries e "
            "LEFT JOIN projects p ON p.id = e.project_id "
            "LEFT JOIN user_checklists uc ON uc.id = e.user_checklist_id "
            "LEFT JOIN checklists c ON c.id = uc.checklist_id "
            "WHERE "_s
                + where + u" ORDER BY "_s + orderOf(query)
                + u" LIMIT %1 OFFSET %2"_s.arg(query.limit).arg(query.offset),
            values);
        if (!rows.ok())
            return rows.error();
        store::Rows &q = rows.value();
        while (q.next()) {
            LedgerRow row;
            row.id = q.value(0).toLongLong();
            row.kind = ledgerKindFromText(q.value(1).toString()).value_or(LedgerKind::Adjustment);
            row.amount = core::Money(q.value(2).toLongLong());
            row.projectId = q.value(3).toLongLong();
            row.projectName = q.value(4).toString();
            row.taskId = q.value(5).toLongLong();
            row.checklistId = q.value(6).toLongLong();
            row.checklistName = q.value(7).toString();
            row.note = q.value(8).toString();
            row.createdAt = store::utcFromValue(q.value(9)).value_or(QDateTime());
            page.rows << row;
        }
        return page;
    });
}

} // namespace mikro::domain
