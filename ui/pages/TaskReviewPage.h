#pragma once

#include "services/domain/crediting/CreditingService.h"
#include "ui/common/Page.h"

#include <memory>

class QComboBox;
class QPushButton;

namespace mikro::models {
class ReviewQueueModel;
}

namespace mikro::ui {

class FigureCard;
class RecordTable;

/// The tasks the sync could not credit by itself (UI.md §5.5), for an admin: cards (needs
/// review, unknown validator, self-validation, the mapping at stake), the queue filtered by
/// reason and project and searched, several rows chosen at once, and "Accept validation…" —
/// each task's mapper is credited its mapping rate, once — or "Reject…", where nobody is paid.
/// Both ask first, naming the mapper (or how many) and the total. Decided rows leave the list.
class TaskReviewPage : public Page
{
    Q_OBJECT
public:
    explicit TaskReviewPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *table() const { return m_table; }
    /// The chosen tasks: the selected rows, else the current one.
    [[nodiscard]] QList<domain::ReviewItem> chosen() const;

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateActions();
    void fillCards();
    void fillProjects();
    void ask(bool accept);
    /// Tasks being decided, one after another.
    struct Decisions
    {
        QList<domain::ReviewItem> items;
        bool accept = false;
        qsizetype next = 0;
        int decided = 0;
        QStringList refusals;
    };
    void decide(const QList<domain::ReviewItem> &items, bool accept);
    void decideNext(const std::shared_ptr<Decisions> &run);
    void finishDecisions(const Decisions &run);
    void openInTaskingManager();
    void retranslateUi();

    models::ReviewQueueModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    FigureCard *m_waiting = nullptr;
    FigureCard *m_unknown = nullptr;
    FigureCard *m_self = nullptr;
    FigureCard *m_atStake = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_project = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_open = nullptr;
    bool m_sending = false;
};

} // namespace mikro::ui
