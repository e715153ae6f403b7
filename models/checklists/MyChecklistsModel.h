#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/checklists/ChecklistBoard.h"

#include <QDate>

namespace mikro::models {

/// One tab of a person's checklists (UI.md §3.5): Name · Difficulty · Done (3/8) · Confirmed
/// (1/8) · Reward · Due ("Overdue" when past and not confirmed) · Last activity. Templates not
/// started yet come as checklists without an id. It shows what the page gives it.
class MyChecklistsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Difficulty, Done, Confirmed, Reward, Due, LastActivity };

    explicit MyChecklistsModel(QObject *parent = nullptr);

    /// `today` decides what is overdue (the page's clock, in local time).
    void setChecklists(
        const QList<domain::InstanceView> &checklists, const QString &currency, QDate today);
    [[nodiscard]] const domain::InstanceView &checklistAt(int row) const { return m_rows.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] bool waitingOf(int row) const override;
    [[nodiscard]] qint64 idOf(int row) const override;

private:
    [[nodiscard]] bool overdue(const domain::InstanceView &v) const;

    QList<domain::InstanceView> m_rows;
    QString m_currency;
    QDate m_today;
};

/// A template not started yet, as a checklist without an id: its fields and its items.
[[nodiscard]] domain::InstanceView notStarted(const domain::TemplateView &checklist);
/// How many of the checklist's items are done / confirmed.
[[nodiscard]] int itemsDone(const domain::InstanceView &v);
[[nodiscard]] int itemsConfirmed(const domain::InstanceView &v);
/// "3/8": `n` of the checklist's items, in the locale's digits; the sort value is the fraction.
[[nodiscard]] QString itemCountText(const domain::InstanceView &v, int n, const QLocale &locale);
[[nodiscard]] double itemFraction(const domain::InstanceView &v, int n);
/// A due date's sort value: undated checklists last.
[[nodiscard]] qint64 dueSortKey(const domain::InstanceView &v);
/// When the checklist last moved: its last activity, else its start.
[[nodiscard]] QDateTime lastActivityOf(const domain::InstanceView &v);

} // namespace mikro::models
