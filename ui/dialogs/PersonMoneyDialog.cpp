#include "ui/dialogs/PersonMoneyDialog.h"

#include "ui/common/Banner.h"
#include "ui/common/Confirm.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/Look.h"
#include "ui/common/MoneyEdit.h"
#include "ui/common/PersonPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

PersonMoneyDialog::PersonMoneyDialog(
    const QList<domain::PersonSummary> &people, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_form(new QFormLayout)
    , m_picker(new PersonPicker(this))
    , m_payable(new QLabel(this))
    , m_amount(new MoneyEdit(currency, { core::SignPolicy::NonNegative, false }, this))
    , m_amountWarning(new FieldMessage(this))
    , m_busy(new QLabel(this))
    , m_banner(new Banner(this))
{
    m_picker->setObjectName(QStringLiteral("personPicker"));
    m_picker->setAccessibleName(tr("Person"));
    m_picker->lineEdit()->setAccessibleName(tr("Person")); // where the typing goes
    m_picker->setMinimumWidth(420);
    m_picker->setPeople(people);
    m_payable->setObjectName(QStringLiteral("personPayable"));
    m_amount->setObjectName(QStringLiteral("moneyAmount"));
    m_amount->lineEdit()->setAccessibleName(tr("Amount"));
    m_amountWarning->setObjectName(QStringLiteral("amountWarning"));
    m_busy->setObjectName(QStringLiteral("busyLine"));
    m_busy->hide();
    m_form->addRow(tr("&Person"), m_picker);
    m_form->addRow(tr("Payable now"), m_payable);
    connect(m_picker, &PersonPicker::personChanged, this, [this] {
        const std::optional<domain::PersonSummary> p = person();
        m_payable->setText(p ? money(p->payable) : tr("Choose a person"));
        personOrAmountChanged();
        update();
    });
    connect(m_amount, &MoneyEdit::valueChanged, this, [this] {
        personOrAmountChanged();
        update();
    });
}

void PersonMoneyDialog::finishForm(const QString &primaryText, const QString &busyText)
{
    m_busyText = busyText;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_primary = buttons->addButton(primaryText, QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setStyleSheet(look::primaryButtonStyle());
    m_primary->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonMoneyDialog::ask);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_payable->setText(person() ? money(person()->payable) : tr("Choose a person"));
    m_picker->setFocus();
    update();
}

void PersonMoneyDialog::addAmountRow(const QString &label)
{
    m_form->addRow(label, m_amount);
    m_form->addRow(QString(), m_amountWarning);
}

std::optional<domain::PersonSummary> PersonMoneyDialog::person() const
{
    return m_picker->person();
}

void PersonMoneyDialog::choosePerson(const QString &userId)
{
    m_picker->choose(userId);
}

QString PersonMoneyDialog::personName() const
{
    const std::optional<domain::PersonSummary> p = person();
    return p ? PersonPicker::nameOf(*p) : QString();
}

std::optional<core::Money> PersonMoneyDialog::amount() const
{
    return m_amount->value();
}

QString PersonMoneyDialog::money(core::Money amount) const
{
    return core::formatMoney(amount, m_currency, QLocale());
}

void PersonMoneyDialog::warnAmount(const QString &warning)
{
    const bool wasShown = m_amountWarning->isVisibleTo(this);
    m_amountWarning->showProblem(warning);
    // Grows (or shrinks back) with the warning, so no line of it is cut.
    if (wasShown != !warning.isEmpty() && isVisible())
        adjustSize();
}

void PersonMoneyDialog::update()
{
    if (m_primary)
        m_primary->setEnabled(!m_sending && !m_confirm && person() && amount() && ready());
}

void PersonMoneyDialog::ask()
{
    const std::optional<domain::PersonSummary> p = person();
    const std::optional<core::Money> a = amount();
    if (m_sending || m_confirm || !p || !a || !ready())
        return;
    m_confirm = askToConfirm(this, QStringLiteral("moneyConfirmation"), windowTitle(),
        question(*p, *a), m_primary->text(), [this, person = *p, money = *a](bool yes) {
            m_confirm = nullptr;
            if (!yes) {
                update();
                return;
            }
            m_sending = true;
            m_busy->setText(m_busyText);
            m_busy->show();
            m_banner->hide();
            update();
            send(person, money);
        });
    update();
}

void PersonMoneyDialog::finished(const std::optional<core::Error> &refusal)
{
    m_sending = false;
    m_busy->hide();
    update();
    if (refusal) {
        m_banner->showMessage(Banner::Level::Error, refusal->message, refusal->diagnostic);
        return;
    }
    accept();
}

} // namespace mikro::ui
