#pragma once

#include "services/client/ChecklistAdminClient.h"
#include "ui/common/Page.h"

class QCheckBox;
class QComboBox;
class QPushButton;
class QTabWidget;

namespace mikro::models {
class ChecklistAssignmentsModel;
class ChecklistTemplatesModel;
} // namespace mikro::models

namespace mikro::ui {

class FigureCard;
class RecordTable;

/// Checklists for an admin (UI.md §5.7): cards (Active templates, In progress, Awaiting
/// confirmation, Stale, Paid for checklists); the Templates tab (New template… Ctrl+N, Edit…,
/// Duplicate, Activate / Deactivate, Assign…, Archive…) and the Assignments tab (everyone else's
/// checklists, filtered by template, state and "Stale only"; Unassign… while nothing is done,
/// Open in review). Review itself is the Review Checklists page.
class OrgChecklistsPage : public Page
{
    Q_OBJECT
public:
    enum Tab { TemplatesTab, AssignmentsTab };

    explicit OrgChecklistsPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *templatesTable() const { return m_templatesTable; }
    [[nodiscard]] RecordTable *assignmentsTable() const { return m_assignmentsTable; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

signals:
    /// Open in review: the Review Checklists page with this checklist selected.
    void reviewRequested(qint64 checklistId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void present(const client::OrgChecklists &board, core::Money paid);
    void showCards();
    void fillTemplateFilter();
    void applyAssignmentFilter();
    void updateActions();
    void newTemplate(bool duplicate);
    void editTemplate();
    void toggleActive();
    void assignPeople();
    void confirmArchive();
    void confirmUnassign();
    [[nodiscard]] const domain::TemplateView *currentTemplate() const;
    [[nodiscard]] const domain::InstanceView *currentAssignment() const;
    void setSending(bool busy);
    void retranslateUi();

    models::ChecklistTemplatesModel *m_templates = nullptr;
    models::ChecklistAssignmentsModel *m_assignments = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordTable *m_templatesTable = nullptr;
    RecordTable *m_assignmentsTable = nullptr;
    FigureCard *m_activeCard = nullptr;
    FigureCard *m_inProgressCard = nullptr;
    FigureCard *m_awaitingCard = nullptr;
    FigureCard *m_staleCard = nullptr;
    FigureCard *m_paidCard = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_activity = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_archive = nullptr;
    QComboBox *m_templateFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QCheckBox *m_staleOnly = nullptr;
    QPushButton *m_unassign = nullptr;
    QPushButton *m_openInReview = nullptr;
    core::Money m_paid;
    qint64 m_wanted = 0; ///< a template to select once the board is read
    bool m_sending = false;
};

} // namespace mikro::ui
