#pragma once

#include "services/domain/checklists/ChecklistBoard.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace mikro::ui {

/// The right side of My Checklists (UI.md §3.5) and Review Checklists (§4.2): what the checklist
/// asks and pays, its items with a box each (Space toggles) and "Open link", the line that says
/// what happens next, and the comments with "Post" (Ctrl+Enter) and "Delete" on one's own. For
/// one's own checklist the box is "Done" and confirmed items are locked; in review it is
/// "Confirmed", offered only on done items not yet confirmed (the others read "Not done yet"), and
/// confirming is final. It shows one checklist and says what the person asked for; the page does
/// the work.
class ChecklistDetail : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxComment = 2000;

    enum class Mode { Own, Review };

    explicit ChecklistDetail(QWidget *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }

    /// Shows `checklist` (nothing when null); `me` is the signed-in person's id.
    void showChecklist(
        const domain::InstanceView *checklist, const QString &currency, const QString &me);
    /// While the page sends a change, the boxes and buttons wait.
    void setBusy(bool busy);
    [[nodiscard]] QListWidget *items() const { return m_items; }
    [[nodiscard]] QListWidget *comments() const { return m_comments; }
    [[nodiscard]] QPlainTextEdit *commentBox() const { return m_newComment; }
    [[nodiscard]] QString infoText() const;

signals:
    void itemToggled(int number, bool done);
    void linkRequested(const QUrl &link);
    void commentPosted(const QString &text);
    /// The person confirmed deleting their comment ("Delete comment", not the default).
    void commentDeleteRequested(qint64 commentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QString itemText(const domain::InstanceView::Item &i) const;
    void setBox(QListWidgetItem *item, const domain::InstanceView::Item &i) const;
    void fillItems(const domain::InstanceView &v);
    void fillComments(const domain::InstanceView &v);
    void onItemChanged(QListWidgetItem *item);
    void confirmDelete(qint64 commentId);
    void updateButtons();
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_description = nullptr;
    QListWidget *m_items = nullptr;
    QPushButton *m_openLink = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_commentsHeading = nullptr;
    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_newComment = nullptr;
    QLabel *m_commentCount = nullptr;
    QPushButton *m_post = nullptr;
    QPushButton *m_delete = nullptr;
    QString m_me;
    QString m_currency;
    bool m_started = false;
    bool m_busy = false;
    bool m_filling = false;
    Mode m_mode = Mode::Own;
};

} // namespace mikro::ui
