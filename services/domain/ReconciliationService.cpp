#include "services/domain/ReconciliationService.h"

#include "services/core/Clock.h"
#include "services/core/Csv.h"
#include "services/domain/AccessPolicy.h"
#include "services/domain/AuditLog.h"
#include "services/domain/PayoutService.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error csvProblem(int line, const QString &why)
{
    core::Error e = core::Error::make(core::ErrorKind::InvalidInput, "invalid_csv",
        QCoreApplication::translate(
            "mikro::domain::ReconciliationService", "Line %1 of the file: %2")
            .arg(line)
            .arg(why));
    e.details.insert(u"line"_s, line);
    return e;
}

} // namespace

int ImportPreview::count(const QString &verdict) const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [&](const ImportRow &r) { return r.verdict == verdict; }));
}

ReconciliationService::ReconciliationService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<QByteArray> ReconciliationService::exportPending(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOrgPayments); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QByteArray> {
        auto rows = tx.exec(
            u"SELECT r.payment_email, r.amount_cents, o.currency, r.id, COALESCE(r.notes, '') "
            "FROM payment_requests r JOIN orgs o ON o.id = r.org_id "
            "WHERE r.org_id = :org AND r.status = 'pending' ORDER BY r.id"_s,
            { { u"org"_s, caller.orgId } });
        if (!rows.ok())
            return rows.error();
        QString out
            = core::csvLine({ u"email"_s, u"amount"_s, u"currency"_s, u"request_id"_s, u"note"_s });
        while (rows.value().next()) {
            const QSqlQuery &q = rows.value();
            out += core::csvLine({ q.value(0).toString(),
                core::toDecimalString(core::Money(q.value(1).toLongLong())), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() });
        }
        return out.toUtf8();
    });
}

core::Result<ImportPreview> ReconciliationService::preview(
    const Caller &caller, const QByteArray &csv, const ColumnMapping &mapping) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOrgPayments); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) { return match(tx, caller, csv, mapping); });
}

core::Result<ImportPreview> ReconciliationService::apply(
    const Caller &caller, const QByteArray &csv, const ColumnMapping &mapping) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::PayPayoutRequest); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<ImportPreview> {
        // Matching again inside the paying transaction: what was paid since the preview is no
        // longer pending and is left alone.
        auto matched = match(tx, caller, csv, mapping);
        if (!matched.ok())
            return matched.error();
        const QDateTime now = m_clock.nowUtc();
        for (const ImportRow &row : matched.value().rows) {
            if (row.verdict != "matched"_L1)
                continue;
            auto paid = PayoutService::payIn(tx, caller, row.requestId, row.amount, row.reference,
                u"Provider file line %1"_s.arg(row.line), now);
            if (!paid.ok()) {
                core::Error e = paid.error();
                e.details.insert(u"line"_s, row.line);
                return e; // all or nothing
            }
        }
        auto audited
            = AuditLog::record(tx, caller, u"import_payouts"_s, u"payment_request"_s, QString(),
                { { u"paid"_s, matched.value().count(u"matched"_s) },
                    { u"rows"_s, matched.value().rows.size() } },
                now);
        if (!audited.ok())
            return audited.error();
        return matched;
    });
}

core::Result<ImportPreview> ReconciliationService::match(store::Transaction &tx,
    const Caller &caller, const QByteArray &csv, const ColumnMapping &mapping) const
{
    auto parsed = core::parseCsv(csv, 20000);
    if (!parsed.ok())
        return parsed.error();
    const QList<QStringList> &table = parsed.value();
    if (table.isEmpty())
        return csvProblem(1,
            QCoreApplication::translate(
                "mikro::domain::ReconciliationService", "the file is empty"));
    const QStringList header = table[0];
    auto column = [&](const QString &name) { return header.indexOf(name); };
    const qsizetype idCol = column(mapping.requestId);
    const qsizetype emailCol = column(mapping.email);
    const qsizetype amountCol = column(mapping.amount);
    const qsizetype statusCol = column(mapping.status);
    const qsizetype refCol = column(mapping.reference);
    for (const auto &[index, name] : { std::pair(idCol, mapping.requestId),
             std::pair(emailCol, mapping.email), std::pair(amountCol, mapping.amount),
             std::pair(statusCol, mapping.status), std::pair(refCol, mapping.reference) }) {
        if (index < 0)
            return csvProblem(1,
                QCoreApplication::translate(
                    "mikro::domain::ReconciliationService", "the column \u201c%1\u201d is missing")
                    .arg(name));
    }
    ImportPreview preview;
    for (qsizetype i = 1; i < table.size(); ++i) {
        const QStringList &cells = table[i];
        const int line = int(i + 1);
        if (cells.size() < header.size())
            return csvProblem(line,
                QCoreApplication::translate("mikro::domain::ReconciliationService",
                    "it has fewer columns than the header"));
        ImportRow row;
        row.line = line;
        bool numeric = false;
        row.requestId = cells[idCol].trimmed().toLongLong(&numeric);
        if (!numeric)
            return csvProblem(line,
                QCoreApplication::translate(
                    "mikro::domain::ReconciliationService", "the request id is not a number"));
        const auto amount = core::parseMoney(cells[amountCol]);
        if (!amount.ok())
            return csvProblem(line,
                QCoreApplication::translate(
                    "mikro::domain::ReconciliationService", "the amount is not like 12.50"));
        row.amount = amount.value();
        row.email = cells[emailCol].trimmed();
        row.reference = cells[refCol].trimmed();
        if (!mapping.paidStatuses.contains(cells[statusCol].trimmed(), Qt::CaseInsensitive)) {
            row.verdict = u"skipped"_s;
            preview.rows << row;
            continue;
        }
        if (row.reference.isEmpty() || row.reference.size() > 100)
            return csvProblem(line,
                QCoreApplication::translate("mikro::domain::ReconciliationService",
                    "a paid row needs a transfer reference"));
        auto request = tx.exec(u"SELECT payment_email, amount_cents, status FROM payment_requests "
                               "WHERE id = :id AND org_id = :org"_s,
            { { u"id"_s, row.requestId }, { u"org"_s, caller.orgId } });
        if (!request.ok())
            return request.error();
        if (!request.value().next())
            row.verdict = u"unknown"_s;
        else if (request.value().value(2).toString() != "pending"_L1)
            row.verdict = u"already_decided"_s;
        else if (request.value().value(0).toString().compare(row.email, Qt::CaseInsensitive) != 0)
            row.verdict = u"mismatch_email"_s;
        else if (request.value().value(1).toLongLong() != row.amount.cents())
            row.verdict = u"mismatch_amount"_s;
        else
            row.verdict = u"matched"_s;
        preview.rows << row;
    }
    return preview;
}

} // namespace mikro::domain
