#include "ui/dialogs/import/ImportResultsWizard.h"

#include "ui/dialogs/import/ImportFilePages.h"
#include "ui/dialogs/import/ImportPreviewPages.h"

namespace mikro::ui {

ImportResultsWizard::ImportResultsWizard(client::ReconciliationClient &reconciliation,
    domain::PaymentRecordSet records, const QString &currency, QWidget *parent)
    : QWizard(parent)
    , m_job { reconciliation, std::move(records), currency, {}, {}, {}, {}, {}, false }
    , m_file(new ImportFilePage(m_job, this))
    , m_columns(new ImportColumnsPage(m_job, this))
    , m_preview(new ImportPreviewPage(m_job, this))
    , m_result(new ImportResultPage(m_job, this))
{
    setObjectName(QStringLiteral("importResultsWizard"));
    setWindowTitle(tr("Import payment results"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FileStep, m_file);
    setPage(ColumnsStep, m_columns);
    setPage(PreviewStep, m_preview);
    setPage(ResultStep, m_result);
    resize(1040, 600);
}

} // namespace mikro::ui
