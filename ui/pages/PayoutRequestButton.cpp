#include "ui/pages/PayoutRequestButton.h"

#include "ui/common/Look.h"
#include "ui/dialogs/RequestPayoutDialog.h"
#include "ui/pages/PayoutAvailability.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

PayoutRequestButton::PayoutRequestButton(client::PayoutsClient &payouts, QWidget *parent)
    : QWidget(parent)
    , m_payouts(payouts)
    , m_button(new QPushButton(this))
    , m_reason(new QLabel(this))
{
    m_button->setObjectName(QStringLiteral("requestPayoutButton"));
    m_reason->setObjectName(QStringLiteral("requestPayoutReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_button->setStyleSheet(look::primaryButtonStyle());
    m_button->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_reason);
    connect(m_button, &QPushButton::clicked, this, &PayoutRequestButton::open);
    retranslateUi();
}

void PayoutRequestButton::setBalance(
    const domain::Balance &balance, const QString &currency, const QString &paymentEmail)
{
    m_balance = balance;
    m_currency = currency;
    m_paymentEmail = paymentEmail;
    const QString reason = blockedReason();
    m_button->setEnabled(reason.isEmpty());
    m_button->setToolTip(reason);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString PayoutRequestButton::blockedReason() const
{
    return payoutBlockedReason(m_balance, m_currency);
}

void PayoutRequestButton::open()
{
    auto *dialog = new RequestPayoutDialog(m_payouts, m_balance, m_currency, m_paymentEmail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestPayoutDialog::accountPageRequested, this,
        &PayoutRequestButton::accountPageRequested);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit requested(
            tr("Payout of %1 requested")
                .arg(core::formatMoney(dialog->requested().amount, m_currency, QLocale())));
    });
    dialog->open();
}

void PayoutRequestButton::retranslateUi()
{
    m_button->setText(tr("Request payout…"));
}

void PayoutRequestButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace mikro::ui
