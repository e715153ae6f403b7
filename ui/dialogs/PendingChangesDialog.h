#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace mikro::client {
class OfflineBackend;
}
namespace mikro::models {
class PendingChangesModel;
}

namespace mikro::ui {

class RecordTable;

/// Pending changes (UI.md §1.4), non-modal: the outbox's changes in the order they are sent with
/// their state and message; "Send now" (while the store answers), "Discard…" (a waiting change,
/// after a confirmation naming it), "Dismiss" (a conflict or refusal, once read) and "Copy text"
/// (an unsent comment's words). It follows the outbox as it changes.
class PendingChangesDialog : public QDialog
{
    Q_OBJECT
public:
    PendingChangesDialog(client::OfflineBackend &offline, QWidget *parent = nullptr);

    [[nodiscard]] RecordTable *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();
    void updateActions();
    void discard();
    void dismiss();
    void copyText();
    void retranslateUi();

    client::OfflineBackend &m_offline;
    models::PendingChangesModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr; ///< the selected change's message, whole (the column cuts it)
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
    qint64 m_sending = 0;
};

} // namespace mikro::ui
