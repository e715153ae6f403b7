#include "ui/dialogs/AdjustmentDialog.h"

#include "services/core/WhenReady.h"
#include "ui/common/PersonPicker.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace mikro::ui {

AdjustmentDialog::AdjustmentDialog(client::ReconciliationClient &reconciliation,
    const QList<domain::PersonSummary> &people, const QString &currency, QWidget *parent)
    : PersonMoneyDialog(people, currency, parent)
    , m_reconciliation(reconciliation)
    , m_credit(new QRadioButton(tr("&Credit"), this))
    , m_debit(new QRadioButton(tr("&Debit"), this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("adjustmentDialog"));
    setWindowTitle(tr("Adjustment"));
    m_credit->setObjectName(QStringLiteral("creditChoice"));
    m_debit->setObjectName(QStringLiteral("debitChoice"));
    m_credit->setChecked(true);
    m_reason->setObjectName(QStringLiteral("adjustmentReason"));
    m_reason->setMaxLength(MaxReason);
    m_reason->setPlaceholderText(tr("Shown to the person"));
    m_reason->setAccessibleName(tr("Reason"));
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_credit);
    kind->addWidget(m_debit);
    kind->addStretch();
    form()->addRow(tr("Kind"), kind);
    addAmountRow(tr("&Amount"));
    form()->addRow(tr("&Reason"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &AdjustmentDialog::update);
    connect(m_debit, &QRadioButton::toggled, this, &AdjustmentDialog::personOrAmountChanged);
    finishForm(tr("Record adjustment"), tr("Recording the adjustment…"));
}

bool AdjustmentDialog::isDebit() const
{
    return m_debit->isChecked();
}

core::Money AdjustmentDialog::signedAmount(core::Money amount) const
{
    return isDebit() ? core::Money(-amount.cents()) : amount;
}

core::Money AdjustmentDialog::payableAfter(core::Money payable, core::Money amount) const
{
    // Both are bounded (amounts by MaxRequestAmount): the sum of cents cannot overflow.
    return core::Money(payable.cents() + signedAmount(amount).cents());
}

bool AdjustmentDialog::ready() const
{
    return !m_reason->text().trimmed().isEmpty();
}

void AdjustmentDialog::personOrAmountChanged()
{
    const std::optional<domain::PersonSummary> p = person();
    const std::optional<core::Money> a = amount();
    const core::Money after = p && a ? payableAfter(p->payable, *a) : core::Money();
    const bool negative = p && a && after.cents() < 0;
    warnAmount(negative ? tr("Payable becomes negative (%1): %2 cannot request a payout until it "
                             "is positive again.")
                              .arg(money(after), PersonPicker::nameOf(*p))
                        : QString());
}

QString AdjustmentDialog::question(const domain::PersonSummary &person, core::Money amount) const
{
    const core::Money after = payableAfter(person.payable, amount);
    QString text = isDebit() ? tr("Debit %1 %2? Payable becomes %3.")
                                   .arg(PersonPicker::nameOf(person), money(amount), money(after))
                             : tr("Credit %1 %2? Payable becomes %3.")
                                   .arg(PersonPicker::nameOf(person), money(amount), money(after));
    if (after.cents() < 0)
        text += u'\n' + tr("Payable becomes negative.");
    return text;
}

void AdjustmentDialog::send(const domain::PersonSummary &person, core::Money amount)
{
    core::whenReady(m_reconciliation.adjust(
                        person.id, signedAmount(amount), m_reason->text().trimmed(), m_operation),
        this, [this](const core::Result<client::AdjustmentMade> &made) {
            if (made.ok())
                m_made = made.value();
            finished(made.ok() ? std::nullopt : std::optional(made.error()));
        });
}

} // namespace mikro::ui
