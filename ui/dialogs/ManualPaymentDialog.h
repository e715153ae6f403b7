#pragma once

#include "services/client/ReconciliationClient.h"
#include "ui/dialogs/PersonMoneyDialog.h"

class QLabel;
class QLineEdit;

namespace mikro::ui {

/// Manual payment… (UI.md §5.4): a payment made outside a request — the person, the amount (more
/// than zero, never more than their payable), the transfer reference (required, unique in the
/// organisation) and a note. Paid to is the person's payment email now.
class ManualPaymentDialog : public PersonMoneyDialog
{
    Q_OBJECT
public:
    static constexpr int MaxReference = 100;

    ManualPaymentDialog(client::ReconciliationClient &reconciliation,
        const QList<domain::PersonSummary> &people, const QString &currency,
        QWidget *parent = nullptr);

    [[nodiscard]] const client::PaymentMade &made() const { return m_made; }

protected:
    [[nodiscard]] bool ready() const override;
    [[nodiscard]] QString question(
        const domain::PersonSummary &person, core::Money amount) const override;
    void send(const domain::PersonSummary &person, core::Money amount) override;
    void personOrAmountChanged() override;

private:
    [[nodiscard]] bool exceedsPayable() const;
    /// Where the money goes and whether it is more than is owed, for the person chosen now.
    void showPerson();

    client::ReconciliationClient &m_reconciliation;
    QLineEdit *m_reference = nullptr;
    QLabel *m_paidTo = nullptr;
    QLineEdit *m_note = nullptr;
    client::PaymentMade m_made;
};

} // namespace mikro::ui
