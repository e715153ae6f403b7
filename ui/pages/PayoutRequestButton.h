#pragma once

#include "services/domain/money/Ledger.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace mikro::client {
class PayoutsClient;
}

namespace mikro::ui {

/// "Request payout…" with the reason under it while it is disabled (UI.md §3.3), as the
/// Dashboard's Payable card and the Payments page both show it. Pressing it opens
/// RequestPayoutDialog; a recorded request is announced with its status-bar message.
class PayoutRequestButton : public QWidget
{
    Q_OBJECT
public:
    PayoutRequestButton(client::PayoutsClient &payouts, QWidget *parent = nullptr);

    void setBalance(
        const domain::Balance &balance, const QString &currency, const QString &paymentEmail);
    [[nodiscard]] QPushButton *button() const { return m_button; }
    [[nodiscard]] QString blockedReason() const;

signals:
    /// "Payout of {amount} requested".
    void requested(const QString &message);
    void accountPageRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void open();
    void retranslateUi();

    client::PayoutsClient &m_payouts;
    QPushButton *m_button = nullptr;
    QLabel *m_reason = nullptr;
    domain::Balance m_balance;
    QString m_currency;
    QString m_paymentEmail;
};

} // namespace mikro::ui
