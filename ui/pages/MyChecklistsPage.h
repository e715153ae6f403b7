#pragma once

#include "services/domain/checklists/ChecklistBoard.h"
#include "ui/common/Page.h"

#include <QFuture>

class QPushButton;
class QTabBar;

namespace mikro::models {
class MyChecklistsModel;
}

namespace mikro::ui {

class ChecklistDetail;
class FigureCard;
class RecordTable;

/// Paid checklist work and its confirmation (UI.md §3.5): the cards In progress, Awaiting
/// confirmation, Confirmed and Checklist earnings; the tabs Available · In progress · Awaiting
/// confirmation · Confirmed over one table (default: due date, undated last); the detail with the
/// items and comments; "Start checklist" on the Available tab.
class MyChecklistsPage : public Page
{
    Q_OBJECT
public:
    enum Tab { Available, InProgress, Awaiting, Confirmed };

    explicit MyChecklistsPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *table() const { return m_table; }
    [[nodiscard]] ChecklistDetail *detail() const { return m_detail; }
    [[nodiscard]] QPushButton *startButton() const { return m_start; }
    void setTab(Tab tab);
    /// Selects the checklist `id` (a template's id on the Available tab); false when not listed.
    bool select(qint64 id);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QList<domain::InstanceView> onTab(Tab tab) const;
    [[nodiscard]] const domain::InstanceView *current() const;
    void showTab();
    void showDetail();
    void start();
    void toggleItem(int number, bool done);
    void postComment(const QString &text);
    void deleteComment(qint64 commentId);
    /// The busy state of the detail while a change runs.
    void setBusy(bool busy);
    void retranslateUi();

    FigureCard *m_inProgress = nullptr;
    FigureCard *m_awaiting = nullptr;
    FigureCard *m_confirmed = nullptr;
    FigureCard *m_earnings = nullptr;
    QTabBar *m_tabs = nullptr;
    models::MyChecklistsModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    ChecklistDetail *m_detail = nullptr;
    QPushButton *m_start = nullptr;
    domain::OwnChecklists m_own;
    bool m_busy = false;
};

} // namespace mikro::ui
