#pragma once

#include "services/domain/money/Ledger.h"

#include <QDateTime>
#include <QMainWindow>

class QLabel;
class QFrame;
class QToolButton;
class QAction;
class QMenu;

namespace mikro::ui {

class BalanceCards;

/// The desktop shell (UI.md §1.4): header with the signed-in person (name, role badge as stored,
/// organisation) and sign-out, a dismissible warning banner, the page area and the status bar
/// with the local store's state. It only presents; the composition root tells it what happened.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// `role` is the stored role's text (`user`, `validator`, `admin`); empty `organisation`
    /// shows "No organisation yet".
    void showPerson(const QString &name, const QString &role, const QString &organisation);
    void showWarning(const QString &message);
    void showStorePreparing();
    void showStoreReady(const QString &place, int schemaVersion);
    void showStoreFailed(const QString &message, const QString &details);
    /// The signed-in person's balances (hidden until the first call).
    void showBalance(const domain::Balance &balance, const QString &currency, const QDateTime &at);
    void showBalanceFailed(const QString &message);

signals:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_personName = nullptr;
    QLabel *m_roleBadge = nullptr;
    QLabel *m_organisation = nullptr;
    QToolButton *m_signOut = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_storeState = nullptr;
    BalanceCards *m_balance = nullptr;
    QString m_role;
    QString m_org;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
};

} // namespace mikro::ui
