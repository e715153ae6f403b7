#pragma once

#include "services/client/codec/PaymentRecordCodec.h"
#include "services/domain/money/Ledger.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mikro::client {
class PayoutsClient;
}

namespace mikro::ui {

class Banner;

/// "Request payout…" (UI.md §3.3): the amount (the whole payable, read-only) with its breakdown,
/// where it is paid to, an optional note of at most 500 characters, and "Request {amount}". While
/// the request runs the buttons are disabled and "Requesting…" shows; a refusal keeps the dialog
/// open with the note intact and the reason in a banner.
class RequestPayoutDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxNoteLength = 500;

    RequestPayoutDialog(client::PayoutsClient &payouts, const domain::Balance &balance,
        const QString &currency, const QString &paymentEmail, QWidget *parent = nullptr);

    /// What the server recorded, once the dialog was accepted.
    [[nodiscard]] const client::PayoutRequested &requested() const { return m_requested; }
    [[nodiscard]] QString currency() const { return m_currency; }

signals:
    /// "Change on the Account page" was chosen.
    void accountPageRequested();

private:
    void submit();
    void noteChanged();

    client::PayoutsClient &m_payouts;
    QString m_currency;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_noteCount = nullptr;
    QLabel *m_busy = nullptr;
    Banner *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_request = nullptr;
    client::PayoutRequested m_requested;
};

} // namespace mikro::ui
