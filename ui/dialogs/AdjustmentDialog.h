#pragma once

#include "services/client/ReconciliationClient.h"
#include "ui/dialogs/PersonMoneyDialog.h"

#include <QUuid>

class QLineEdit;
class QRadioButton;

namespace mikro::ui {

/// Adjustment… (UI.md §5.4): a credit or a debit of a person's payable with its reason (required,
/// at most 500 characters, shown to the person). The form has one operation key from the moment
/// it opens, so however often it is sent, it lands once. A debit below zero says so in the
/// confirmation.
class AdjustmentDialog : public PersonMoneyDialog
{
    Q_OBJECT
public:
    static constexpr int MaxReason = 500;

    AdjustmentDialog(client::ReconciliationClient &reconciliation,
        const QList<domain::PersonSummary> &people, const QString &currency,
        QWidget *parent = nullptr);

    [[nodiscard]] const client::AdjustmentMade &made() const { return m_made; }
    [[nodiscard]] bool isDebit() const;

protected:
    [[nodiscard]] bool ready() const override;
    [[nodiscard]] QString question(
        const domain::PersonSummary &person, core::Money amount) const override;
    void send(const domain::PersonSummary &person, core::Money amount) override;
    void personOrAmountChanged() override;

private:
    [[nodiscard]] core::Money signedAmount(core::Money amount) const;
    [[nodiscard]] core::Money payableAfter(core::Money payable, core::Money amount) const;

    client::ReconciliationClient &m_reconciliation;
    QRadioButton *m_credit = nullptr;
    QRadioButton *m_debit = nullptr;
    QLineEdit *m_reason = nullptr;
    const QUuid m_operation = QUuid::createUuid();
    client::AdjustmentMade m_made;
};

} // namespace mikro::ui
