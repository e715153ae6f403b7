#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/checklists/ChecklistBoard.h"

namespace mikro::models {

/// The organisation's checklist templates for an admin (UI.md §5.7): Name · Status (Active /
/// Inactive) · Visible · Items · Completion rate · Validation rate · Difficulty · Due · Assigned
/// · Confirmed. Sorting by Status puts active ones first, each group by name. Archived templates
/// are not in the lists the service gives. It shows what the page gives it.
class ChecklistTemplatesModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Status,
        Visible,
        Items,
        CompletionRate,
        ValidationRate,
        Difficulty,
        Due,
        Assigned,
        Confirmed,
    };

    explicit ChecklistTemplatesModel(QObject *parent = nullptr);

    void setTemplates(const QList<domain::TemplateView> &templates, const QString &currency);
    [[nodiscard]] const domain::TemplateView &templateAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<domain::TemplateView> &templates() const { return m_rows; }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).id; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    QList<domain::TemplateView> m_rows;
    QString m_currency;
};

} // namespace mikro::models
