#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/checklists/ChecklistBoard.h"

namespace mikro::models {

/// Where one person's checklist stands (UI.md §5.7): nothing done yet, some items done, every
/// item done and waiting for a validator, confirmed (and credited).
enum class AssignmentState { Assigned, InProgress, AwaitingConfirmation, Confirmed };

[[nodiscard]] AssignmentState assignmentState(const domain::InstanceView &v);
/// "Assigned", "In progress", "Awaiting confirmation" or "Confirmed", translated.
[[nodiscard]] QString assignmentStateText(AssignmentState state);

/// Everyone else's checklists in the organisation for an admin (UI.md §5.7 Assignments): Person ·
/// Checklist · State · Done · Confirmed · Started · Last activity · Due · Stale, with the page's
/// filters (a template, a state, stale only). It shows what the page gives it.
class ChecklistAssignmentsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Checklist, State, Done, Confirmed, Started, LastActivity, Due, Stale };
    struct Filter
    {
        qint64 templateId = 0; ///< 0: every template
        std::optional<AssignmentState> state;
        bool staleOnly = false;
    };

    explicit ChecklistAssignmentsModel(QObject *parent = nullptr);

    void setAssignments(const QList<domain::InstanceView> &assignments);
    void setFilter(const Filter &filter);
    [[nodiscard]] const domain::InstanceView &assignmentAt(int row) const
    {
        return m_all.at(m_shown.at(row));
    }
    [[nodiscard]] const QList<domain::InstanceView> &everyAssignment() const { return m_all; }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_shown.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return assignmentAt(row).id; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    void applyFilter();

    QList<domain::InstanceView> m_all;
    QList<int> m_shown; ///< indexes into m_all
    Filter m_filter;
};

} // namespace mikro::models
