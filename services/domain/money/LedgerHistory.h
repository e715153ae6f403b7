#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/policy/Caller.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// One line of a person's ledger as the Ledger tab shows it (UI.md §3.3): what it was for — a
/// project and task, a checklist, or the note of an adjustment.
struct LedgerRow
{
    qint64 id = 0;
    LedgerKind kind = LedgerKind::Mapping;
    core::Money amount;
    qint64 projectId = 0; ///< 0: none
    QString projectName;
    qint64 taskId = 0; ///< 0: none
    qint64 checklistId = 0; ///< the person's checklist; 0: none
    QString checklistName;
    QString note;
    QDateTime createdAt;
    bool operator==(const LedgerRow &) const = default;
};

/// Which page of the ledger, in which order, of which kind. Sorting and filtering run in the
/// store, so a ledger of any length is read a page at a time.
struct LedgerQuery
{
    enum class Sort { Date, Kind, Amount };
    static constexpr int MaxLimit = 200;

    std::optional<LedgerKind> kind; ///< empty: every kind
    Sort sort = Sort::Date;
    bool descending = true;
    qint64 offset = 0;
    int limit = MaxLimit; ///< 1…MaxLimit
    bool operator==(const LedgerQuery &) const = default;
};

struct LedgerPage
{
    QList<LedgerRow> rows;
    qint64 total = 0; ///< lines matching the query's kind, over all pages
    qint64 offset = 0; ///< of the first row
    bool operator==(const LedgerPage &) const = default;
};

/// The stored word of a sort ("date", "kind", "amount"), and back.
[[nodiscard]] QString ledgerSortText(LedgerQuery::Sort sort);
[[nodiscard]] std::optional<LedgerQuery::Sort> ledgerSortFromText(const QString &text);

/// Reads a person's ledger a page at a time (API.md `fetch_user_ledger`): their own, or, for an
/// admin, anyone's of the organisation. Read-only.
class LedgerHistory
{
public:
    explicit LedgerHistory(store::Database &db);

    /// The caller's own ledger lines; InvalidInput when the query is out of range.
    [[nodiscard]] core::Result<LedgerPage> mine(
        const Caller &caller, const LedgerQuery &query) const;
    /// An admin's read of a person of their organisation (UI.md §5.2 Ledger); NotFound for
    /// anyone else.
    [[nodiscard]] core::Result<LedgerPage> ofPerson(
        const Caller &caller, const QString &userId, const LedgerQuery &query) const;

private:
    [[nodiscard]] core::Result<LedgerPage> read(
        const QString &orgId, const QString &userId, const LedgerQuery &query) const;

    store::Database &m_db;
};

} // namespace mikro::domain
