#pragma once

#include "services/domain/checklists/ChecklistBoard.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mikro::client {
class ChecklistAdminClient;
}

namespace mikro::ui {

class Banner;
class FieldMessage;
class MoneyEdit;

/// New template…, Edit… and Duplicate (UI.md §5.7): name, description, the two rates, difficulty,
/// an optional due date (not in the past), visibility, status, and the items in order (Add item,
/// Remove, Move up / down with Ctrl+↑ / Ctrl+↓). Problems are listed above the buttons and Save
/// stays disabled while there are any. The dialog sends the change itself and closes when it
/// landed; a refusal stays in it, in words.
class ChecklistTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxName = 200;
    static constexpr int MaxDescription = 2000;
    static constexpr int MaxAction = 500;

    /// A new template, empty or (Duplicate) filled from `copyOf`.
    ChecklistTemplateDialog(client::ChecklistAdminClient &admin, const QString &currency,
        QDate today, const std::optional<domain::TemplateView> &copyOf = std::nullopt,
        QWidget *parent = nullptr);
    /// Editing `checklist`.
    ChecklistTemplateDialog(client::ChecklistAdminClient &admin, const QString &currency,
        QDate today, const domain::TemplateView &checklist, QWidget *parent);

    /// The saved template's id (after accept).
    [[nodiscard]] qint64 savedId() const { return m_savedId; }
    /// What is wrong with the form now, one line each; empty when it can be saved.
    [[nodiscard]] QStringList problems() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ChecklistTemplateDialog(
        client::ChecklistAdminClient &admin, const QString &currency, QDate today, QWidget *parent);
    void buildForm();
    void fill(const domain::TemplateView &from);
    void addItem(const QString &action = {}, const QString &link = {}, int original = 0);
    void removeItem();
    void moveItem(int by);
    void check();
    void save();
    void create();
    void saveEdit();
    void sendItems(qint64 id);
    void failed(const core::Error &error);
    void setBusy(bool busy, const QString &text = {});
    [[nodiscard]] std::optional<QDate> dueDate() const;
    [[nodiscard]] QString difficulty() const;

    client::ChecklistAdminClient &m_admin;
    QDate m_today;
    std::optional<domain::TemplateView> m_editing;
    qint64 m_savedId = 0;

    Banner *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    MoneyEdit *m_completionRate = nullptr;
    MoneyEdit *m_validationRate = nullptr;
    QComboBox *m_difficulty = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QCheckBox *m_visible = nullptr;
    QCheckBox *m_active = nullptr;
    QTableWidget *m_items = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_removeItem = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    FieldMessage *m_problems = nullptr; ///< every problem, one a line
    QLabel *m_busy = nullptr;
    QPushButton *m_primary = nullptr;
    bool m_sending = false;
};

} // namespace mikro::ui
