#pragma once

#include "models/payments/ProviderFile.h"
#include "services/client/ReconciliationClient.h"
#include "services/domain/money/PaymentRecords.h"

#include <QString>

namespace mikro::ui {

/// What the pages of the import wizard share (UI.md §5.4 Import results): the client, the
/// organisation's records for the preview, the file as read, its columns, the preview and the
/// outcome.
struct ImportJob
{
    client::ReconciliationClient &reconciliation;
    domain::PaymentRecordSet records;
    QString currency;
    QString path; ///< the file that `file` holds
    models::ProviderFile file;
    models::ProviderColumns columns;
    client::PayoutImport preview;
    client::PayoutImport result;
    bool paid = false; ///< the import was applied
};

} // namespace mikro::ui
