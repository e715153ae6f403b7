#pragma once

#include "services/domain/checklists/ChecklistBoard.h"
#include "ui/common/Page.h"

#include <QFuture>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace mikro::models {
class ReviewChecklistsModel;
}

namespace mikro::ui {

class ChecklistDetail;
class RecordTable;

/// Review Checklists (UI.md §4.2): other people's checklists for a validator or admin — Waiting
/// (a done item not confirmed; the default), In progress or Confirmed, "Stale only" and search;
/// the table (oldest waiting first); the detail with a "Confirmed" box on each done item and
/// "Confirm all done items (n)". Confirming the last items asks first, naming the person and both
/// credits; other confirmations apply at once. Confirming is final. The person's own checklists
/// never appear.
class ReviewChecklistsPage : public Page
{
    Q_OBJECT
public:
    enum Filter { Waiting, InProgress, Confirmed };

    explicit ReviewChecklistsPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *table() const { return m_table; }
    [[nodiscard]] ChecklistDetail *detail() const { return m_detail; }
    [[nodiscard]] QPushButton *confirmAllButton() const { return m_confirmAll; }
    void setFilter(Filter filter);
    /// Shows checklist `id` under its state's filter, selected (now, or once the list is read).
    bool select(qint64 id);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] const domain::InstanceView *current() const;
    void showFilter();
    void showDetail();
    void confirmItem(int number);
    void confirmAll();
    /// "Confirm the last items of …?" with both credits; `confirm` runs on "Confirm and credit".
    void askLast(const domain::InstanceView &v, const std::function<void()> &confirm);
    /// The busy state of the detail while a change runs.
    void setBusy(bool busy);
    void retranslateUi();

    QComboBox *m_filter = nullptr;
    QCheckBox *m_staleOnly = nullptr;
    models::ReviewChecklistsModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    ChecklistDetail *m_detail = nullptr;
    QPushButton *m_confirmAll = nullptr;
    QList<domain::InstanceView> m_all;
    qint64 m_wanted = 0; ///< a checklist to select once the list is read
    bool m_busy = false;
};

} // namespace mikro::ui
