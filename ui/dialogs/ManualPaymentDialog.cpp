#include "ui/dialogs/ManualPaymentDialog.h"

#include "services/core/WhenReady.h"
#include "ui/common/PersonPicker.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mikro::ui {

ManualPaymentDialog::ManualPaymentDialog(client::ReconciliationClient &reconciliation,
    const QList<domain::PersonSummary> &people, const QString &currency, QWidget *parent)
    : PersonMoneyDialog(people, currency, parent)
    , m_reconciliation(reconciliation)
    , m_reference(new QLineEdit(this))
    , m_paidTo(new QLabel(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("manualPaymentDialog"));
    setWindowTitle(tr("Manual payment"));
    m_reference->setObjectName(QStringLiteral("transferReference"));
    m_reference->setMaxLength(MaxReference);
    m_reference->setPlaceholderText(tr("As the payment provider shows it"));
    m_reference->setAccessibleName(tr("Transfer reference"));
    m_paidTo->setObjectName(QStringLiteral("paidTo"));
    m_paidTo->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("paymentNote"));
    m_note->setMaxLength(1000);
    m_note->setAccessibleName(tr("Note"));
    addAmountRow(tr("&Amount"));
    form()->addRow(tr("&Transfer reference"), m_reference);
    form()->addRow(tr("Paid to"), m_paidTo);
    form()->addRow(tr("&Note"), m_note);
    connect(m_reference, &QLineEdit::textChanged, this, &ManualPaymentDialog::update);
    finishForm(tr("Record payment"), tr("Recording the payment…"));
    showPerson();
}

bool ManualPaymentDialog::exceedsPayable() const
{
    return person() && amount() && *amount() > person()->payable;
}

bool ManualPaymentDialog::ready() const
{
    return !m_reference->text().trimmed().isEmpty() && !exceedsPayable();
}

void ManualPaymentDialog::personOrAmountChanged()
{
    showPerson();
}

void ManualPaymentDialog::showPerson()
{
    const std::optional<domain::PersonSummary> p = person();
    m_paidTo->setText(!p                ? QString()
            : p->paymentEmail.isEmpty() ? tr("No payment email")
                                        : p->paymentEmail);
    warnAmount(exceedsPayable()
            ? tr("More than %1 is owed (%2). Record an adjustment first if more is owed.")
                  .arg(PersonPicker::nameOf(*p), money(p->payable))
            : QString());
}

QString ManualPaymentDialog::question(const domain::PersonSummary &person, core::Money amount) const
{
    return tr("Record a payment of %1 to %2 (%3), reference %4? Payable becomes %5.")
        .arg(money(amount), PersonPicker::nameOf(person),
            person.paymentEmail.isEmpty() ? tr("no payment email") : person.paymentEmail,
            m_reference->text().trimmed(),
            money(core::Money(person.payable.cents() - amount.cents())));
}

void ManualPaymentDialog::send(const domain::PersonSummary &person, core::Money amount)
{
    core::whenReady(m_reconciliation.payManually(
                        person.id, amount, m_reference->text().trimmed(), m_note->text().trimmed()),
        this, [this](const core::Result<client::PaymentMade> &paid) {
            if (paid.ok())
                m_made = paid.value();
            finished(paid.ok() ? std::nullopt : std::optional(paid.error()));
        });
}

} // namespace mikro::ui
