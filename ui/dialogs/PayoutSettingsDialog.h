#pragma once

#include "services/client/ReconciliationClient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mikro::ui {

class Banner;
class MoneyEdit;

/// Payout settings… (UI.md §5.4): the organisation's minimum payout (≥ 0.00) and its currency (an
/// ISO code), which is locked, with the reason, once the organisation has ledger entries. Save
/// sends both, shows "Saving…" with the buttons off, and closes on success; a refusal stays in
/// the dialog with the typed values kept.
class PayoutSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PayoutSettingsDialog(client::ReconciliationClient &reconciliation,
        const domain::OrgSettings &current, QWidget *parent = nullptr);

    /// The settings the server answered after saving.
    [[nodiscard]] const domain::OrgSettings &saved() const { return m_saved; }

private:
    void update();
    void save();
    [[nodiscard]] QString currencyTyped() const;

    client::ReconciliationClient &m_reconciliation;
    domain::OrgSettings m_saved;
    MoneyEdit *m_minimum = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_currencyNote = nullptr;
    QLabel *m_busy = nullptr;
    Banner *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace mikro::ui
