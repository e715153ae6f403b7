#pragma once

#include "services/domain/audit/AuditTrail.h"
#include "services/domain/people/PeopleService.h"
#include "ui/common/Page.h"

#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace mikro::models {
class AuditLogModel;
}

namespace mikro::ui {

class RecordTable;

/// Every admin change of the organisation (UI.md §5.9), read-only: filters (date range, last 30
/// days by default; actor; action; entity type; words inside the details), the table newest
/// first and loaded a page at a time as it scrolls, the selected entry's details as key–value
/// pairs or raw JSON, and "Export…" of every filtered entry with progress and Cancel.
class AuditLogPage : public Page
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    static constexpr int DefaultDays = 30;

    explicit AuditLogPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QTableView *view() const;
    [[nodiscard]] models::AuditLogModel *model() const { return m_model; }
    /// The filters as set now.
    [[nodiscard]] domain::AuditQuery filters() const;

signals:
    /// The entry's person, request or payment, to be opened where a page shows it (UI.md §5.9:
    /// double-click).
    void entityRequested(const QString &entity, const QString &entityId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void readMore(const domain::AuditQuery &query);
    void fillActors(const QList<domain::PersonSummary> &people);
    void showDetail();
    void exportEntries();
    /// An export being read, a page at a time.
    struct Export
    {
        QString path;
        domain::AuditQuery query;
        QList<domain::AuditEntry> entries;
        QPointer<QProgressDialog> progress;
        bool cancelled = false;
    };
    static constexpr int ExportPageSize = 500;
    void writeExport(const QString &path);
    void readExportPage(const std::shared_ptr<Export> &run);
    void endExport(const Export &run);
    void retranslateUi();

    models::AuditLogModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTreeWidget *m_detail = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QCheckBox *m_showRaw = nullptr;
    QPushButton *m_export = nullptr;
    quint64 m_generation = 0; ///< answers to older filters are dropped
    bool m_exporting = false;
};

} // namespace mikro::ui
