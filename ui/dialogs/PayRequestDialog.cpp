#include "ui/dialogs/PayRequestDialog.h"

#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Look.h"
#include "ui/common/MoneyEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

PayRequestDialog::PayRequestDialog(client::ReconciliationClient &reconciliation,
    const domain::PayRequestRow &request, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_reconciliation(reconciliation)
    , m_request(request)
    , m_currency(currency)
    , m_reference(new QLineEdit(this))
    , m_amount(
          new MoneyEdit(currency, { core::SignPolicy::NonNegative, false, request.amount }, this))
    , m_note(new QLineEdit(this))
    , m_busy(new QLabel(this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("payRequestDialog"));
    setWindowTitle(tr("Pay request #%1").arg(request.id));
    m_reference->setObjectName(QStringLiteral("transferReference"));
    m_reference->setMaxLength(MaxReference);
    m_reference->setPlaceholderText(tr("As the payment provider shows it"));
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setValue(request.amount);
    m_note->setObjectName(QStringLiteral("paymentNote"));
    m_note->setMaxLength(1000);
    m_busy->setObjectName(QStringLiteral("busyLine"));
    m_busy->hide();

    const QLocale locale;
    auto *form = new QFormLayout;
    auto *who = new QLabel(person(), this);
    who->setTextFormat(Qt::PlainText);
    form->addRow(tr("Person"), who);
    auto *paidTo = new QLabel(
        request.paymentEmail.isEmpty() ? tr("No payment email") : request.paymentEmail, this);
    paidTo->setTextFormat(Qt::PlainText);
    form->addRow(tr("Paid to"), paidTo);
    form->addRow(tr("Requested"),
        new QLabel(core::formatMoney(request.amount, currency, locale) + QStringLiteral(" · ")
                + locale.toString(request.requestedAt.toLocalTime(), QLocale::ShortFormat),
            this));
    form->addRow(tr("&Transfer reference"), m_reference);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Note"), m_note);
    m_amount->lineEdit()->setAccessibleName(tr("Amount"));
    m_reference->setAccessibleName(tr("Transfer reference"));
    m_note->setAccessibleName(tr("Note"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_pay = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setStyleSheet(look::primaryButtonStyle());
    m_pay->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PayRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reference, &QLineEdit::textChanged, this, &PayRequestDialog::update);
    connect(m_amount, &MoneyEdit::valueChanged, this, &PayRequestDialog::update);
    m_reference->setFocus();
    update();
}

QString PayRequestDialog::person() const
{
    return m_request.osmUsername.isEmpty()
        ? m_request.userName
        : QStringLiteral("%1 (%2)").arg(m_request.userName, m_request.osmUsername);
}

void PayRequestDialog::update()
{
    const std::optional<core::Money> amount = m_amount->value();
    m_pay->setText(amount
            ? tr("Pay %1 to %2").arg(core::formatMoney(*amount, m_currency, QLocale()), person())
            : tr("Pay"));
    m_pay->setEnabled(!m_sending && amount && !m_reference->text().trimmed().isEmpty());
}

void PayRequestDialog::submit()
{
    const std::optional<core::Money> amount = m_amount->value();
    if (m_sending || !amount || m_reference->text().trimmed().isEmpty())
        return;
    m_sending = true;
    m_busy->setText(tr("Recording the payment…"));
    m_busy->show();
    m_banner->hide();
    update();
    core::whenReady(m_reconciliation.pay(m_request.id, *amount, m_reference->text().trimmed(),
                        m_note->text().trimmed()),
        this, [this](const core::Result<client::PaymentMade> &paid) {
            m_sending = false;
            m_busy->hide();
            update();
            if (!paid.ok()) {
                m_banner->showMessage(
                    Banner::Level::Error, paid.error().message, paid.error().diagnostic);
                return;
            }
            m_made = paid.value();
            accept();
        });
}

} // namespace mikro::ui
