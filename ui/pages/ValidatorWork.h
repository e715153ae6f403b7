#pragma once

#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/reporting/DashboardService.h"

#include <QDateTime>
#include <QWidget>

namespace mikro::ui {

class FigureCard;
class ShortList;

/// What a validator's dashboard adds to a person's own (UI.md §4.1): Validations made,
/// Invalidations made, Validation earnings, Checklists to review ("{n} stale"), and "Waiting
/// longest" — the five checklists waiting longest for a confirmation, with "Open review".
class ValidatorWork : public QWidget
{
    Q_OBJECT
public:
    static constexpr int WaitingShown = 5;

    explicit ValidatorWork(QWidget *parent = nullptr);

    void setData(const domain::PersonDashboard &dashboard, const domain::Balance &balance,
        const QList<domain::InstanceView> &toReview, const QString &currency);
    /// The "Waiting longest" list (its rows for tests).
    [[nodiscard]] ShortList *waiting() const { return m_waiting; }

signals:
    void reviewPageRequested();

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
    domain::PersonDashboard m_dashboard;
    domain::Balance m_balance;
    QList<domain::InstanceView> m_reviewable; ///< others' checklists waiting for a confirmation
    QString m_currency;
    bool m_filled = false;
};

} // namespace mikro::ui
