#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QFrame;

namespace mikro::ui {

/// The sign-in window of UI.md §1.2. It only presents and asks: the composition root drives its
/// states and reacts to its requests.
class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SignInWindow(QWidget *parent = nullptr);

    void showReady(const QString &message = {});
    void showRestoring();
    void showWaitingForBrowser(const QUrl &link, bool browserOpened);
    void showCompleting();
    void showLoadingProfile();
    void showError(const QString &message, const QString &details);
    /// Offers "Work offline as {name}" with the last person's kept data (UI.md §1.1); an empty
    /// name withdraws the offer.
    void offerWorkingOffline(const QString &name);

signals:
    void signInRequested();
    void cancelRequested();
    void settingsRequested();
    void workOfflineRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void showLinkFallback(bool visible);
    void copyLink();

    QLabel *m_title = nullptr;
    QLabel *m_tagline = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_workOffline = nullptr;
    QString m_offlineName; ///< whose kept data "Work offline" opens; empty: not offered
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_noBrowser = nullptr;
    QFrame *m_linkBox = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLineEdit *m_link = nullptr;
    QPushButton *m_copy = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_settings = nullptr;
    QLabel *m_version = nullptr;
    bool m_failed = false;
};

} // namespace mikro::ui
