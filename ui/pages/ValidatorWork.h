#pragma once

#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/reporting/DashboardService.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace mikro::models {
class ValidatorProjectsModel;
}

namespace mikro::ui {

class FigureCard;
class RecordTable;
class ShortList;

/// What a validator's dashboard adds to a person's own (UI.md §4.1): Validations made,
/// Invalidations made, Validation earnings, Checklists to review ("{n} stale"), and "Waiting
/// longest" — the five checklists waiting longest for a confirmation, with "Open review" — and
/// "My projects" with the validator's own figures per project (double-click: the Tasking
/// Manager).
class ValidatorWork : public QWidget
{
    Q_OBJECT
public:
    static constexpr int WaitingShown = 5;

    explicit ValidatorWork(QWidget *parent = nullptr);

    void setData(const domain::PersonDashboard &dashboard, const domain::Balance &balance,
        const QList<domain::InstanceView> &toReview, const QList<domain::MemberProject> &projects,
        const QString &currency);
    /// The "Waiting longest" list (its rows for tests).
    [[nodiscard]] ShortList *waiting() const { return m_waiting; }
    /// "My projects", placed by the dashboard.
    [[nodiscard]] RecordTable *projects() const { return m_projects; }
    [[nodiscard]] QLabel *projectsHeading() const { return m_projectsHeading; }
    [[nodiscard]] models::ValidatorProjectsModel *projectsModel() const { return m_projectsModel; }

signals:
    void reviewPageRequested();
    void projectLinkRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    FigureCard *m_validations = nullptr;
    FigureCard *m_invalidations = nullptr;
    FigureCard *m_earnings = nullptr;
    FigureCard *m_toReview = nullptr;
    ShortList *m_waiting = nullptr;
    models::ValidatorProjectsModel *m_projectsModel = nullptr;
    RecordTable *m_projects = nullptr;
    QLabel *m_projectsHeading = nullptr;
    domain::PersonDashboard m_dashboard;
    domain::Balance m_balance;
    QList<domain::InstanceView> m_reviewable; ///< others' checklists waiting for a confirmation
    QString m_currency;
    bool m_filled = false;
};

} // namespace mikro::ui
