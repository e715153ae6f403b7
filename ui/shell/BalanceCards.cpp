#include "ui/shell/BalanceCards.h"

#include "services/core/Money.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace mikro::ui {

BalanceCards::BalanceCards(QWidget *parent)
    : QFrame(parent)
    , m_earnedTitle(new QLabel(this))
    , m_paidTitle(new QLabel(this))
    , m_pendingTitle(new QLabel(this))
    , m_payableTitle(new QLabel(this))
    , m_earned(figure("earned"))
    , m_paid(figure("paid"))
    , m_pending(figure("pending"))
    , m_payable(figure("payable"))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("balanceCards"));
    setFrameShape(QFrame::StyledPanel);
    m_state->setObjectName(QStringLiteral("balanceState"));
    m_state->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    const QList<std::pair<QLabel *, QLabel *>> cards { { m_earnedTitle, m_earned },
        { m_paidTitle, m_paid }, { m_pendingTitle, m_pending }, { m_payableTitle, m_payable } };
    for (int column = 0; column < cards.size(); ++column) {
        grid->addWidget(cards[column].first, 0, column, Qt::AlignHCenter);
        grid->addWidget(cards[column].second, 1, column, Qt::AlignHCenter);
    }
    m_state->setAlignment(Qt::AlignCenter);
    grid->addWidget(m_state, 2, 0, 1, static_cast<int>(cards.size()));
    retranslateUi();
}

QLabel *BalanceCards::figure(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    label->setFont(big);
    label->setText(QStringLiteral("…"));
    return label;
}

void BalanceCards::showLoading()
{
    m_stateKind = State::Loading;
    retranslateUi();
}

void BalanceCards::showBalance(
    const domain::Balance &balance, const QString &currency, const QDateTime &at)
{
    const QLocale locale;
    m_earned->setText(core::formatMoney(balance.earned, currency, locale));
    m_paid->setText(core::formatMoney(balance.paid, currency, locale));
    m_pending->setText(core::formatMoney(balance.pending, currency, locale));
    m_payable->setText(core::formatMoney(balance.payable, currency, locale));
    m_stateKind = State::Shown;
    m_readAt = at;
    retranslateUi();
}

void BalanceCards::showFailure(const QString &message)
{
    m_stateKind = State::Failed;
    m_failure = message;
    retranslateUi();
}

void BalanceCards::retranslateUi()
{
    m_earnedTitle->setText(tr("Earned"));
    m_paidTitle->setText(tr("Paid"));
    m_pendingTitle->setText(tr("Pending"));
    m_payableTitle->setText(tr("Payable"));
    switch (m_stateKind) {
    case State::Loading:
        m_state->setText(tr("Reading your balances…"));
        break;
    case State::Shown:
        m_state->setText(
            tr("From the ledger, as of %1. Work in the Tasking Manager appears here "
               "after the next sync.")
                .arg(QLocale().toString(m_readAt.toLocalTime(), QLocale::ShortFormat)));
        break;
    case State::Failed:
        m_state->setText(tr("Your balances could not be read: %1 Mikro tries again in a minute.")
                             .arg(m_failure));
        break;
    }
}

void BalanceCards::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace mikro::ui
