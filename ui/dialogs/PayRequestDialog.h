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

/// Pay… (UI.md §5.4): who is paid and where, the transfer reference from the payment provider
/// (required), the amount — the request's by default, never more, never nothing — and a note.
/// The button names the amount and the person ("Pay $15.50 to Mia Mapper (mia)"), so pressing it
/// is the confirmation; it stays disabled while the payment is recorded, and a refusal keeps the
/// dialog open with the reason.
class PayRequestDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxReference = 100;

    PayRequestDialog(client::ReconciliationClient &reconciliation,
        const domain::PayRequestRow &request, const QString &currency, QWidget *parent = nullptr);

    [[nodiscard]] const client::PaymentMade &made() const { return m_made; }
    [[nodiscard]] QString person() const;

private:
    void update();
    void submit();

    client::ReconciliationClient &m_reconciliation;
    domain::PayRequestRow m_request;
    QString m_currency;
    QLineEdit *m_reference = nullptr;
    MoneyEdit *m_amount = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_busy = nullptr;
    Banner *m_banner = nullptr;
    QPushButton *m_pay = nullptr;
    bool m_sending = false;
    client::PaymentMade m_made;
};

} // namespace mikro::ui
