#pragma once

#include "services/domain/checklists/ChecklistAdmin.h"
#include "services/domain/checklists/ChecklistBoard.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mikro::client {
class ChecklistAdminClient;
}

namespace mikro::ui {

class Banner;

/// Assign… (UI.md §5.7): the organisation's active people with a search and a box each; people
/// who already have the checklist are shown with their state and cannot be ticked. "Assign to
/// {n} people" assigns them one after the other with progress; a refusal for one person is said
/// by name and the others still get it.
class AssignChecklistDialog : public QDialog
{
    Q_OBJECT
public:
    AssignChecklistDialog(client::ChecklistAdminClient &admin,
        const domain::TemplateView &checklist, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *people() const { return m_people; }
    /// How many were assigned while the dialog was open.
    [[nodiscard]] int assigned() const { return m_assigned; }

private:
    void load();
    void showPeople(const QList<domain::ChecklistPerson> &people);
    void filter();
    void updateButton();
    void assignNext();
    [[nodiscard]] int ticked() const;

    client::ChecklistAdminClient &m_admin;
    domain::TemplateView m_checklist;
    Banner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_people = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_assign = nullptr;
    QList<QString> m_queue; ///< user ids still to assign
    QStringList m_refused; ///< "Name: reason" of this round
    int m_round = 0; ///< how many this round assigns
    int m_assigned = 0;
    bool m_busy = true;
};

} // namespace mikro::ui
