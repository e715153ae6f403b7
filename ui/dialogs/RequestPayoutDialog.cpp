#include "ui/dialogs/RequestPayoutDialog.h"

#include "services/client/PayoutsClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Look.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

RequestPayoutDialog::RequestPayoutDialog(client::PayoutsClient &payouts,
    const domain::Balance &balance, const QString &currency, const QString &paymentEmail,
    QWidget *parent)
    : QDialog(parent)
    , m_payouts(payouts)
    , m_currency(currency)
    , m_note(new QPlainTextEdit(this))
    , m_noteCount(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_banner(new Banner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("requestPayoutDialog"));
    setWindowTitle(tr("Request a payout"));
    const QLocale locale;
    const auto money
        = [&](core::Money amount) { return core::formatMoney(amount, currency, locale); };

    auto *form = new QFormLayout;
    auto *amount = new QLabel(money(balance.payable), this);
    amount->setObjectName(QStringLiteral("payoutAmount"));
    QFont big = amount->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    amount->setFont(big);
    form->addRow(tr("Amount"), amount);
    form->addRow(tr("Earned"), new QLabel(money(balance.earned), this));
    if (balance.adjustments != core::Money(0))
        form->addRow(tr("Adjustments"), new QLabel(money(balance.adjustments), this));
    form->addRow(
        tr("Already paid"), new QLabel(money(core::Money(0 - balance.paid.cents())), this));

    auto *paidTo = new QLabel(this);
    paidTo->setObjectName(QStringLiteral("paidTo"));
    paidTo->setTextFormat(Qt::PlainText);
    paidTo->setText(paymentEmail.isEmpty() ? tr("No payment email yet") : paymentEmail);
    auto *change = new QPushButton(tr("Change on the Account page"), this);
    change->setFlat(true);
    connect(change, &QPushButton::clicked, this, [this] {
        emit accountPageRequested();
        reject();
    });
    auto *paidToRow = new QHBoxLayout;
    paidToRow->addWidget(paidTo, 1);
    paidToRow->addWidget(change);
    form->addRow(tr("Paid to"), paidToRow);

    m_note->setObjectName(QStringLiteral("payoutNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Optional"));
    m_note->setMaximumHeight(90);
    m_note->setAccessibleName(tr("Notes"));
    form->addRow(tr("Notes"), m_note);
    m_noteCount->setObjectName(QStringLiteral("noteCount"));
    form->addRow(QString(), m_noteCount);

    m_request = m_buttons->addButton(
        tr("Request %1").arg(money(balance.payable)), QDialogButtonBox::AcceptRole);
    m_request->setObjectName(QStringLiteral("requestButton"));
    m_request->setDefault(true);
    m_request->setStyleSheet(look::primaryButtonStyle());
    m_busy->setObjectName(QStringLiteral("busyLine"));
    m_busy->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestPayoutDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RequestPayoutDialog::noteChanged);
    noteChanged();
}

void RequestPayoutDialog::noteChanged()
{
    const qsizetype length = m_note->toPlainText().size();
    m_noteCount->setText(tr("%1 of %2 characters").arg(length).arg(MaxNoteLength));
    m_request->setEnabled(length <= MaxNoteLength);
    m_noteCount->setStyleSheet(length > MaxNoteLength
            ? QStringLiteral("color: %1;").arg(look::toneText(look::Tone::Bad, palette()).name())
            : QString());
}

void RequestPayoutDialog::submit()
{
    m_buttons->setEnabled(false);
    m_note->setReadOnly(true);
    m_banner->hide();
    m_busy->setText(tr("Requesting…"));
    m_busy->show();
    core::whenReady(m_payouts.requestPayout(m_note->toPlainText().trimmed()), this,
        [this](const core::Result<client::PayoutRequested> &made) {
            m_busy->hide();
            m_buttons->setEnabled(true);
            m_note->setReadOnly(false);
            if (!made.ok()) {
                m_banner->showMessage(
                    Banner::Level::Error, made.error().message, made.error().diagnostic);
                return;
            }
            m_requested = made.value();
            accept();
        });
}

} // namespace mikro::ui
