#pragma once

#include "ui/common/PageContext.h"
#include "ui/shell/Navigation.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace mikro::ui {

class AccountPage;
class Banner;
class Page;
class Sidebar;

/// The desktop shell (UI.md §1.4): menus, the header (page title, connection indicator, the
/// person with their role badge and organisation, account menu), the sidebar of the person's
/// role, the page area, and the status bar with its message history and the page's "Updated
/// hh:mm". It presents the Session and its pages; the composition root signs in and out.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const PageContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Rebuilds the sidebar for the session's role and opens `page` (the role's dashboard when
    /// empty); with no organisation only the special state of UI.md §1.5 is shown.
    void start(std::optional<PageId> page = std::nullopt);
    void openPage(PageId id);
    [[nodiscard]] std::optional<PageId> currentPage() const;
    [[nodiscard]] Page *page(PageId id) const { return m_pages.value(id); }
    [[nodiscard]] Sidebar *sidebar() const { return m_sidebar; }
    /// A warning across the window (the keychain is unavailable…), until dismissed.
    void showWarning(const QString &message);
    void setKeychainAvailable(bool available);
    /// A transient status-bar message, kept in the message history.
    void showStatus(const QString &message);
    [[nodiscard]] QStringList messageHistory() const;
    [[nodiscard]] QString connectionText() const;

signals:
    void signOutRequested();
    /// File ▸ Settings…
    void settingsRequested();
    /// "Check again" in the No-organisation state.
    void checkAgainRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    QWidget *buildHeader();
    QWidget *buildNoOrganisation();
    void showSession();
    [[nodiscard]] PageId startPage() const;
    /// Where the role's last page is remembered.
    [[nodiscard]] QString lastPageKey() const;
    void onRoleChanged();
    void pageLoaded(const QString &updated);
    /// Sign out, asking first when changes wait to be sent (UI.md §1.6).
    void askToSignOut();
    /// The page's "Updated" words in the status bar, and beside the title when it shows a kept
    /// copy.
    void showUpdated(const Page &page);
    void showWorkProgress(int done, int total, const QString &what);
    void setOnline(bool online);
    /// The indicator from the offline layer's state when there is one, else from m_online.
    void showConnection();
    void showPendingChanges();
    void showShortcuts();
    void showHistory();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    void resetLayout();
    void retranslateUi();

    PageContext m_context;
    QMap<PageId, Page *> m_pages;
    AccountPage *m_account = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_noOrganisation = nullptr;
    Banner *m_banner = nullptr;
    QLabel *m_pageTitle = nullptr;
    QLabel *m_copyAge = nullptr; ///< "Offline — as of 14:02" beside the title (UI.md §6)
    QToolButton *m_connection = nullptr; ///< the connection indicator; opens Pending changes
    QLabel *m_personName = nullptr;
    QLabel *m_roleBadge = nullptr;
    bool m_recordPages = false; ///< from start(): openPage() remembers the role's last page
    QLabel *m_organisation = nullptr;
    QToolButton *m_accountMenu = nullptr;
    QLabel *m_updated = nullptr;
    QProgressBar *m_work = nullptr; ///< a page's long work, e.g. a sync batch (UI.md §5.8)
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goToMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_labelsAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_pendingAction = nullptr;
    QPointer<QDialog> m_pending; ///< Pending changes, while open
    QAction *m_resetAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_accountAction = nullptr;
    QAction *m_accountSignOut = nullptr;
    QList<QAction *> m_goTo;
    QList<std::pair<QDateTime, QString>> m_history;
    bool m_online = true;
};

} // namespace mikro::ui
