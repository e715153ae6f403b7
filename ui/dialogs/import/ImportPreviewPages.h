#pragma once

#include "services/client/codec/PayoutImportCodec.h"

#include <QSet>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;

namespace mikro::models {
class ImportPreviewModel;
}

namespace mikro::ui {

class Banner;
class RecordTable;
struct ImportJob;

/// Steps 3 and 4: the preview, row by row, with what Mikro would do — nothing is paid yet — then
/// "Pay N requests, total X?" and one all-or-nothing transaction. If a request changed since the
/// preview, nothing is paid: the preview is rebuilt with the changed rows marked.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportPreviewPage(ImportJob &job, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] RecordTable *table() const { return m_table; }
    [[nodiscard]] QMessageBox *confirmation() const { return m_confirm; }

private:
    /// A dry run of the file; with `before`, the rows whose verdict changed since are marked.
    void check(const std::optional<client::PayoutImport> &before);
    void showTotals();
    void pay();
    void apply(int matches);

    ImportJob &m_job;
    models::ImportPreviewModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_busy = nullptr;
    Banner *m_banner = nullptr;
    QMessageBox *m_confirm = nullptr;
    bool m_working = false;
    bool m_checked = false;
};

/// Step 5: what was paid and skipped, with the skipped rows to save for a second look.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportResultPage(ImportJob &job, QWidget *parent = nullptr);

    void initializePage() override;

private:
    void saveSkipped();

    ImportJob &m_job;
    QLabel *m_summary = nullptr;
    QPushButton *m_saveSkipped = nullptr;
};

} // namespace mikro::ui
