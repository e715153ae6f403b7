#pragma once

#include "services/domain/money/Ledger.h"

#include <QDateTime>
#include <QFrame>

class QLabel;

namespace mikro::ui {

/// The person's money at a glance (UI.md dashboards, DESIGN.md §3.2): earned, paid, pending and
/// payable, in the organisation's currency, with the time they were read. Presents only.
class BalanceCards : public QFrame
{
    Q_OBJECT
public:
    explicit BalanceCards(QWidget *parent = nullptr);

    void showLoading();
    void showBalance(const domain::Balance &balance, const QString &currency, const QDateTime &at);
    void showFailure(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *figure(const char *objectName);

    QLabel *m_earnedTitle = nullptr;
    QLabel *m_paidTitle = nullptr;
    QLabel *m_pendingTitle = nullptr;
    QLabel *m_payableTitle = nullptr;
    QLabel *m_earned = nullptr;
    QLabel *m_paid = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_payable = nullptr;
    QLabel *m_state = nullptr;
    enum class State { Loading, Shown, Failed } m_stateKind = State::Loading;
    QString m_failure;
    QDateTime m_readAt;
};

} // namespace mikro::ui
