#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/money/LedgerHistory.h"

#include <QJsonObject>

namespace mikro::client {

/// `transaction/fetch_user_ledger`'s answer (an addition to API.md for the desktop's Ledger tab):
/// `entries` — each `id`, `kind`, `amount` $, `project_id`, `project_name`, `task_id`,
/// `checklist_id`, `checklist_name`, `note` (null when absent) and `created_at` — with `total`
/// (the lines of that kind over all pages) and `offset`.
void writeLedgerPage(JsonWriter &envelope, const domain::LedgerPage &page);
[[nodiscard]] core::Result<domain::LedgerPage> readLedgerPage(const QJsonObject &answer);

/// The request body: `offset`, `limit`, `kind` (absent: every kind), `sort` (`date`, `kind`,
/// `amount`) and `descending`.
[[nodiscard]] QJsonObject ledgerQueryBody(const domain::LedgerQuery &query);

} // namespace mikro::client
