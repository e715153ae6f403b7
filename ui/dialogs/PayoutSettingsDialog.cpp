#include "ui/dialogs/PayoutSettingsDialog.h"

#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/MoneyEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace mikro::ui {

PayoutSettingsDialog::PayoutSettingsDialog(client::ReconciliationClient &reconciliation,
    const domain::OrgSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_reconciliation(reconciliation)
    , m_saved(current)
    , m_minimum(new MoneyEdit(current.currency,
          models::AmountRules { core::SignPolicy::NonNegative, true, core::MaxRequestAmount },
          this))
    , m_currency(new QLineEdit(current.currency, this))
    , m_currencyNote(new QLabel(this))
    , m_busy(new QLabel(tr("Saving…"), this))
    , m_banner(new Banner(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("payoutSettingsDialog"));
    setWindowTitle(tr("Payout settings"));
    m_minimum->setObjectName(QStringLiteral("minimumPayoutEdit"));
    m_minimum->lineEdit()->setAccessibleName(tr("Minimum payout"));
    m_minimum->setValue(current.minimumPayout);
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currencyNote->setObjectName(QStringLiteral("currencyNote"));
    m_currencyNote->setWordWrap(true);
    m_currencyNote->setText(current.currencyLocked
            ? tr("The currency cannot change: the organisation's ledger already holds amounts "
                 "in %1.")
                  .arg(current.currency)
            : tr("A three-letter ISO code such as USD or EUR. It cannot change once the "
                 "organisation has ledger entries."));
    m_currency->setEnabled(!current.currencyLocked);
    m_busy->setObjectName(QStringLiteral("busyLine"));
    m_busy->hide();
    m_banner->hide();
    m_save = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);

    auto *form = new QFormLayout;
    auto *minimumLabel = new QLabel(tr("&Minimum payout"), this);
    minimumLabel->setBuddy(m_minimum->lineEdit());
    form->addRow(minimumLabel, m_minimum);
    auto *currencyLabel = new QLabel(tr("&Currency"), this);
    currencyLabel->setBuddy(m_currency);
    form->addRow(currencyLabel, m_currency);
    form->addRow(QString(), m_currencyNote);
    auto *hint = new QLabel(
        tr("People can request a payout once their payable reaches the minimum."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_minimum, &MoneyEdit::valueChanged, this, &PayoutSettingsDialog::update);
    connect(m_currency, &QLineEdit::textChanged, this, &PayoutSettingsDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PayoutSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString PayoutSettingsDialog::currencyTyped() const
{
    return m_currency->text().trimmed().toUpper();
}

void PayoutSettingsDialog::update()
{
    const bool changed
        = m_minimum->value() != m_saved.minimumPayout || currencyTyped() != m_saved.currency;
    const bool valid = m_minimum->value().has_value() && currencyTyped().size() == 3;
    m_save->setEnabled(valid && changed && m_busy->isHidden());
}

void PayoutSettingsDialog::save()
{
    const std::optional<core::Money> minimum = m_minimum->value();
    if (!minimum || currencyTyped().size() != 3)
        return;
    m_busy->show();
    m_banner->hide();
    m_buttons->setEnabled(false);
    core::whenReady(m_reconciliation.setPayoutSettings(*minimum, currencyTyped()), this,
        [this](const core::Result<domain::OrgSettings> &saved) {
            m_busy->hide();
            m_buttons->setEnabled(true);
            if (saved.ok()) {
                m_saved = saved.value();
                accept();
                return;
            }
            m_banner->showMessage(
                Banner::Level::Error, saved.error().message, saved.error().diagnostic);
            update();
        });
}

} // namespace mikro::ui
