#pragma once

#include "ui/dialogs/import/ImportJob.h"

#include <QWizard>

namespace mikro::ui {

class ImportColumnsPage;
class ImportFilePage;
class ImportPreviewPage;
class ImportResultPage;

/// Import results… (UI.md §5.4): the payment provider's result file — chosen, its columns
/// mapped, previewed row by row, paid all or nothing after a confirmation, and summed up.
/// Importing the same file again pays nothing and says so.
class ImportResultsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FileStep, ColumnsStep, PreviewStep, ResultStep };

    ImportResultsWizard(client::ReconciliationClient &reconciliation,
        domain::PaymentRecordSet records, const QString &currency, QWidget *parent = nullptr);

    [[nodiscard]] const ImportJob &job() const { return m_job; }
    [[nodiscard]] ImportPreviewPage *previewPage() const { return m_preview; }

private:
    ImportJob m_job;
    ImportFilePage *m_file = nullptr;
    ImportColumnsPage *m_columns = nullptr;
    ImportPreviewPage *m_preview = nullptr;
    ImportResultPage *m_result = nullptr;
};

} // namespace mikro::ui
