#include "services/domain/money/ReconciliationService.h"

#include "services/core/Clock.h"
#include "services/core/Csv.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/money/PayoutService.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

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

QString verdictName(ImportVerdict verdict)
{
    switch (verdict) {
    case ImportVerdict::Matched:
        return u"matched"_s;
    case ImportVerdict::AlreadyPaid:
        return u"already_paid"_s;
    case ImportVerdict::NotFound:
        return u"not_found"_s;
    case ImportVerdict::NotPending:
        return u"not_pending"_s;
    case ImportVerdict::EmailMismatch:
        return u"email_mismatch"_s;
    case ImportVerdict::AmountMismatch:
        return u"amount_mismatch"_s;
    case ImportVerdict::CurrencyMismatch:
        return u"currency_mismatch"_s;
    case ImportVerdict::ProviderFailed:
        return u"provider_failed"_s;
    case ImportVerdict::DuplicateReference:
        return u"duplicate_reference"_s;
    case ImportVerdict::DuplicateRow:
        return u"duplicate_row"_s;
    case ImportVerdict::OwnAccount:
        return u"own_account"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ImportVerdict> verdictNamed(const QString &name)
{
    for (const ImportVerdict v : { ImportVerdict::Matched, ImportVerdict::AlreadyPaid,
             ImportVerdict::NotFound, ImportVerdict::NotPending, ImportVerdict::EmailMismatch,
             ImportVerdict::AmountMismatch, ImportVerdict::CurrencyMismatch,
             ImportVerdict::ProviderFailed, ImportVerdict::DuplicateReference,
             ImportVerdict::DuplicateRow, ImportVerdict::OwnAccount }) {
        if (verdictName(v) == name)
            return v;
    }
    return std::nullopt;
}

int ImportPreview::count(ImportVerdict verdict) const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [&](const ImportRow &r) { return r.verdict == verdict; }));
}

ReconciliationService::ReconciliationService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

namespace {

/// The organisation's currency (ISO 4217), as its payouts are made in.
core::Result<QString> currencyOf(store::Transaction &tx, const QString &orgId)
{
    auto currency
        = tx.exec(u"SELECT currency FROM orgs WHERE id = :org"_s, { { u"org"_s, orgId } });
    if (!currency.ok())
        return currency.error();
    return currency.value().next() ? currency.value().value(0).toString() : QString();
}

} // namespace

core::Result<PayoutBatchFile> ReconciliationService::exportPending(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOrgPayments); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<PayoutBatchFile> {
        auto rows = tx.exec(
            u"SELECT r.payment_email, r.amount_cents, o.currency, r.id, COALESCE(r.notes, '') "
            "FROM payment_requests r JOIN orgs o ON o.id = r.org_id "
            "WHERE r.org_id = :org AND r.status = 'pending' ORDER BY r.id"_s,
            { { u"org"_s, caller.orgId } });
        if (!rows.ok())
            return rows.error();
        QString out
            = core::csvLine({ u"email"_s, u"amount"_s, u"currency"_s, u"request_id"_s, u"note"_s });
        PayoutBatchFile batch;
        qint64 total = 0;
        while (rows.value().next()) {
            const store::Rows &q = rows.value();
            ++batch.rows;
            total += q.value(1).toLongLong();
            out += core::csvLine({ q.value(0).toString(),
                core::toDecimalString(core::Money(q.value(1).toLongLong())), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() });
        }
        batch.csv = out.toUtf8();
        batch.total = core::Money(total);
        auto currency = currencyOf(tx, caller.orgId);
        if (!currency.ok())
            return currency.error();
        batch.currency = currency.value();
        return batch;
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

core::Result<ImportPreview> ReconciliationService::apply(const Caller &caller,
    const QByteArray &csv, const ColumnMapping &mapping, std::optional<int> expectMatched) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::PayPayoutRequest); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<ImportPreview> {
        // Matching again inside the paying transaction: what was paid since the preview is no
        // longer pending and is left alone.
        auto matched = match(tx, caller, csv, mapping);
        if (!matched.ok())
            return matched.error();
        const int matches = matched.value().count(ImportVerdict::Matched);
        if (expectMatched && *expectMatched != matches) {
            core::Error e = core::Error::make(core::ErrorKind::Conflict, "preview_changed",
                QCoreApplication::translate("mikro::domain::ReconciliationService",
                    "Requests changed since the preview: %1 rows match now, not %2. Nothing was "
                    "paid; check the preview again.")
                    .arg(matches)
                    .arg(*expectMatched));
            e.details.insert(u"matched"_s, matches);
            return e;
        }
        const QDateTime now = m_clock.nowUtc();
        // In request order, so that concurrent imports take the request rows' locks in one order.
        QList<ImportRow> toPay;
        for (const ImportRow &row : matched.value().rows)
            if (row.verdict == ImportVerdict::Matched)
                toPay << row;
        std::sort(toPay.begin(), toPay.end(),
            [](const ImportRow &a, const ImportRow &b) { return a.requestId < b.requestId; });
        QHash<qint64, qint64> payments; // request → the payment made for it
        for (const ImportRow &row : toPay) {
            auto paid = PayoutService::payIn(tx, caller, row.requestId, row.amount, row.reference,
                u"Provider file line %1"_s.arg(row.line), now);
            if (!paid.ok()) {
                core::Error e = paid.error();
                e.details.insert(u"line"_s, row.line);
                return e; // all or nothing
            }
            payments.insert(row.requestId, paid.value().id);
        }
        for (ImportRow &row : matched.value().rows)
            if (row.verdict == ImportVerdict::Matched)
                row.paymentId = payments.value(row.requestId);
        auto audited = AuditLog::record(tx, caller, u"import_payouts"_s, u"payment_request"_s,
            QString(), { { u"paid"_s, matches }, { u"rows"_s, matched.value().rows.size() } }, now);
        if (!audited.ok())
            return audited.error();
        return matched;
    });
}

namespace {

struct Columns
{
    qsizetype requestId = -1;
    qsizetype email = -1;
    qsizetype amount = -1;
    qsizetype reference = -1;
    qsizetype currency = -1; ///< optional
    qsizetype status = -1; ///< optional
};

core::Result<Columns> findColumns(const QStringList &header, const ColumnMapping &mapping)
{
    auto find = [&](const QString &name) {
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header[i].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return i;
        return qsizetype(-1);
    };
    Columns columns { find(mapping.requestId), find(mapping.email), find(mapping.amount),
        find(mapping.reference), find(mapping.currency), find(mapping.status) };
    for (const auto &[index, name] : { std::pair(columns.requestId, mapping.requestId),
             std::pair(columns.email, mapping.email), std::pair(columns.amount, mapping.amount),
             std::pair(columns.reference, mapping.reference) }) {
        if (index < 0)
            return csvProblem(1,
                QCoreApplication::translate(
                    "mikro::domain::ReconciliationService", "the column \u201c%1\u201d is missing")
                    .arg(name));
    }
    return columns;
}

/// A paid row against the request it names (API.md §11.1 matching rules).
core::Result<ImportVerdict> verdictOf(
    store::Transaction &tx, const Caller &caller, const ImportRow &row, const QString &orgCurrency)
{
    auto request = tx.exec(u"SELECT r.payment_email, r.amount_cents, r.status, r.user_id, "
                           "p.external_ref FROM payment_requests r LEFT JOIN payments p "
                           "ON p.request_id = r.id WHERE r.id = :id AND r.org_id = :org"_s,
        { { u"id"_s, row.requestId }, { u"org"_s, caller.orgId } });
    if (!request.ok())
        return request.error();
    store::Rows &q = request.value();
    if (!q.next())
        return ImportVerdict::NotFound;
    if (q.value(2).toString() != "pending"_L1)
        return q.value(4).toString() == row.reference ? ImportVerdict::AlreadyPaid
                                                      : ImportVerdict::NotPending;
    if (q.value(3).toString() == caller.userId)
        return ImportVerdict::OwnAccount;
    if (q.value(0).toString().compare(row.email, Qt::CaseInsensitive) != 0)
        return ImportVerdict::EmailMismatch;
    if (q.value(1).toLongLong() != row.amount.cents())
        return ImportVerdict::AmountMismatch;
    if (row.currency.compare(orgCurrency, Qt::CaseInsensitive) != 0)
        return ImportVerdict::CurrencyMismatch;
    auto used = tx.exec(u"SELECT 1 FROM payments WHERE org_id = :org AND external_ref = :ref"_s,
        { { u"org"_s, caller.orgId }, { u"ref"_s, row.reference } });
    if (!used.ok())
        return used.error();
    return used.value().next() ? ImportVerdict::DuplicateReference : ImportVerdict::Matched;
}

} // namespace

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
    const auto found = findColumns(header, mapping);
    if (!found.ok())
        return found.error();
    const Columns col = found.value();
    const auto currency = currencyOf(tx, caller.orgId);
    if (!currency.ok())
        return currency.error();
    const QString &orgCurrency = currency.value();
    QSet<qint64> seenRequests;
    QSet<QString> seenReferences;
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
        row.requestId = cells[col.requestId].trimmed().toLongLong(&numeric);
        if (!numeric)
            return csvProblem(line,
                QCoreApplication::translate(
                    "mikro::domain::ReconciliationService", "the request id is not a number"));
        const auto amount = core::parseMoney(cells[col.amount]);
        if (!amount.ok())
            return csvProblem(line,
                QCoreApplication::translate(
                    "mikro::domain::ReconciliationService", "the amount is not like 12.50"));
        row.amount = amount.value();
        row.email = cells[col.email].trimmed();
        row.reference = cells[col.reference].trimmed();
        row.currency = col.currency < 0 ? orgCurrency : cells[col.currency].trimmed();
        const bool paidByProvider = col.status < 0
            || mapping.paidStatuses.contains(cells[col.status].trimmed(), Qt::CaseInsensitive);
        preview.rows << row;
        ImportRow &out = preview.rows.last();
        if (!paidByProvider) {
            out.verdict = ImportVerdict::ProviderFailed;
            continue;
        }
        if (row.reference.isEmpty() || row.reference.size() > 100)
            return csvProblem(line,
                QCoreApplication::translate("mikro::domain::ReconciliationService",
                    "a paid row needs a transfer reference"));
        auto verdict = verdictOf(tx, caller, row, orgCurrency);
        if (!verdict.ok())
            return verdict.error();
        out.verdict = verdict.value();
        if (out.verdict == ImportVerdict::Matched
            && (seenRequests.contains(row.requestId) || seenReferences.contains(row.reference)))
            out.verdict = ImportVerdict::DuplicateRow;
        if (out.verdict == ImportVerdict::Matched) {
            seenRequests.insert(row.requestId);
            seenReferences.insert(row.reference);
        }
    }
    return preview;
}

} // namespace mikro::domain
