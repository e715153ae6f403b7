#include "models/ItemRoles.h"
#include "models/offline/PendingChangesModel.h"
#include "services/client/AccountClient.h"
#include "services/client/ChecklistsClient.h"
#include "services/client/Session.h"
#include "services/client/offline/OfflineBackend.h"
#include "tests/integration/client/BackendPair.h"
#include "tests/support/FaultProxy.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/PrivateSettings.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/Banner.h"
#include "ui/common/Page.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/dialogs/PendingChangesDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::FaultProxy;
using testing::Mapper;
using testing::Validator;

/// The offline states of the shell (UI.md §1.4, §6) for a validator whose desktop reaches a real
/// mikro-server through a fault-injecting proxy: the indicator's words in each state, Pending
/// changes with its states and actions, "changes sent", and the screenshots of each.
class tst_OfflineShell : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testing::usePrivateSettings();
        startIdentityProvider();
        QVERIFY(testing::installMikroTranslation(m_english, u"en"_s)); // English plurals
    }
    void init();
    void cleanup();
    void theIndicatorAndPendingChangesFollowTheOutbox();
    void aConflictIsShownUntilDismissed();
    void queuedWorkShowsItsClockOnTheKeptCopy();
    void signingOutWithChangesWaitingAsksFirst();
    void thePersonsOwnPagesReadTheirKeptCopies();
    void screenshots();

private:
    [[nodiscard]] QString indicator() const
    {
        return m_window->findChild<QToolButton *>(u"connectionIndicator"_s)->text();
    }
    [[nodiscard]] ui::PendingChangesDialog *openPending();
    qint64 m_roadQa = 0;
    QTranslator m_english;
    FaultProxy m_proxy;
    QTemporaryDir m_files;
    std::unique_ptr<client::HttpBackend> m_throughProxy;
    std::unique_ptr<client::OfflineBackend> m_offline;
    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_OfflineShell::init()
{
    startBackends(Validator);
    QSettings().remove(ui::remembered::group());
    QSettings().remove(u"tables"_s); // each test fits its tables afresh
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    QVERIFY(testing::awaitClient(m_http->account().signIn()).ok());
    onboard(Validator, u"validator_osm"_s);
    const qint64 roadQaTemplate = createRoadQaChecklist();
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(roadQaTemplate).toUtf8());
    QCOMPARE(started.status, 200);
    m_roadQa = json(started).value(u"user_checklist_id"_s).toInteger();
    for (int number : { 1, 2 })
        QCOMPARE(
            post(Mapper, "/api/checklist/complete_list_item",
                u"{\"checklist_id\":%1,\"item_number\":%2}"_s.arg(m_roadQa).arg(number).toUtf8())
                .status,
            200);
    if (m_proxy.port() == 0)
        QVERIFY(m_proxy.start());
    m_proxy.setTarget(m_port);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    const QByteArray token = m_idp->provider().mintAccessToken(Validator);
    const auto tokens = [token] {
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(core::Secret(token)));
    };
    m_throughProxy = std::make_unique<client::HttpBackend>(*m_network,
        QUrl(u"http://127.0.0.1:%1"_s.arg(m_proxy.port())), client::TokenSource { tokens, tokens },
        std::chrono::milliseconds(1500));
    m_offline = std::make_unique<client::OfflineBackend>(*m_throughProxy, m_clock);
    QVERIFY(testing::awaitClient(
        m_offline->open(m_files.filePath(QString::fromLatin1(QTest::currentTestFunction()))))
                .ok());
    m_offline->offlineChecklists().setPerson(Validator, u"Victor Validator (validator_osm)"_s);
    m_session = std::make_unique<client::Session>();
    const auto details = testing::awaitClient(m_http->account().details());
    QVERIFY(details.ok());
    m_session->adopt(details.value());
    m_window
        = std::make_unique<ui::MainWindow>(ui::PageContext { *m_offline, *m_session, m_clock });
    m_window->resize(1200, 760);
    m_window->show();
    m_window->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_window->page(ui::homePageFor(m_session->role()))->hasLoaded(); }, 20000));
    QVERIFY(testing::awaitClient(m_offline->checklists().toReview()).ok()); // read, and kept
}

void tst_OfflineShell::cleanup()
{
    m_window.reset();
    m_throughProxy.reset(); // the inner backend first: its calls in flight end
    m_offline.reset();
    m_proxy.dropOpenConnections();
    stopBackends();
}

ui::PendingChangesDialog *tst_OfflineShell::openPending()
{
    m_window->findChild<QToolButton *>(u"connectionIndicator"_s)->click();
    auto *dialog = m_window->findChild<ui::PendingChangesDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void tst_OfflineShell::theIndicatorAndPendingChangesFollowTheOutbox()
{
    QCOMPARE(indicator(), u"● Online"_s);
    m_proxy.setMode(FaultProxy::Mode::Drop);
    auto &checklists = m_offline->checklists();
    QVERIFY(testing::awaitClient(checklists.confirmItem(m_roadQa, 1)).ok());
    QVERIFY(testing::awaitClient(checklists.addComment(m_roadQa, u"Bridges checked"_s)).ok());
    QTRY_COMPARE(indicator(), u"○ Offline · 2 changes waiting"_s);
    const QString tip = m_window->findChild<QToolButton *>(u"connectionIndicator"_s)->toolTip();
    QVERIFY2(tip.contains(u"Next try "_s), qPrintable(tip));

    ui::PendingChangesDialog *pending = openPending();
    QVERIFY(pending);
    QCOMPARE(testing::namelessInFocusChain(*pending), QStringList());
    const QAbstractItemModel *rows = pending->table()->view()->model();
    QCOMPARE(rows->rowCount(), 2);
    using Column = models::PendingChangesModel::Column;
    QCOMPARE(rows->index(0, Column::Change).data().toString(),
        u"Confirm item 1 of 'Road QA' for Mia Mapper (mapper_osm)"_s);
    QVERIFY(rows->index(0, Column::State).data().toString().startsWith(u"Retrying at "_s));
    QCOMPARE(rows->index(1, Column::Change).data().toString(),
        u"Comment on 'Road QA': “Bridges checked”"_s);
    QVERIFY(!pending->findChild<QPushButton *>(u"sendNowButton"_s)->isEnabled()); // offline

    // Discard… asks, naming the change; the comment is then never sent.
    pending->table()->view()->setCurrentIndex(rows->index(1, 0));
    pending->findChild<QPushButton *>(u"discardChangeButton"_s)->click();
    auto *ask = testing::shownChild<QMessageBox>(*pending, u"confirmDiscardChange"_s);
    QVERIFY(ask);
    QVERIFY(ask->text().contains(u"Comment on 'Road QA'"_s));
    ask->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(rows->rowCount(), 1);
    QTRY_COMPARE(indicator(), u"○ Offline · 1 change waiting"_s);

    // Back online (a page's read answered): what waits goes by itself; "1 change sent".
    m_proxy.setMode(FaultProxy::Mode::Pass);
    m_offline->connectivity().contactMade();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 0, 10000);
    QTRY_COMPARE(indicator(), u"● Online"_s);
    QTRY_VERIFY(!m_window->messageHistory().filter(u" 1 change sent"_s).isEmpty());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_by = '%1'"_s.arg(
                 Validator)),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 0);
}

void tst_OfflineShell::aConflictIsShownUntilDismissed()
{
    m_proxy.setMode(FaultProxy::Mode::Drop);
    QVERIFY(testing::awaitClient(m_offline->checklists().confirmItem(m_roadQa, 2)).ok());
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":2}"_s.arg(m_roadQa).toUtf8())
                 .status,
        200);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    m_offline->offlineChecklists().sendWaiting();
    QTRY_COMPARE_WITH_TIMEOUT(indicator(), u"▲ Online · 1 needs attention"_s, 10000);
    ui::PendingChangesDialog *pending = openPending();
    QVERIFY(pending);
    const QAbstractItemModel *rows = pending->table()->view()->model();
    using Column = models::PendingChangesModel::Column;
    QCOMPARE(rows->index(0, Column::State).data().toString(), u"Conflict"_s);
    QVERIFY(
        rows->index(0, Column::Message)
            .data()
            .toString()
            .startsWith(u"Item 2 of 'Road QA' was already confirmed by Ada Admin (admin_osm)"_s));
    pending->table()->view()->setCurrentIndex(rows->index(0, 0));
    // The column cuts a long message; the selected change's shows whole under the table.
    auto *message = pending->findChild<QLabel *>(u"pendingChangeMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), rows->index(0, Column::Message).data().toString());
    QVERIFY(message->text().endsWith(u"— nothing was lost."_s));
    auto *dismiss = pending->findChild<QPushButton *>(u"dismissChangeButton"_s);
    QVERIFY(dismiss->isEnabled());
    QVERIFY(!pending->findChild<QPushButton *>(u"discardChangeButton"_s)->isEnabled());
    dismiss->click();
    QTRY_COMPARE(rows->rowCount(), 0);
    QTRY_COMPARE(indicator(), u"● Online"_s);
}

void tst_OfflineShell::queuedWorkShowsItsClockOnTheKeptCopy()
{
    m_window->openPage(ui::PageId::Review);
    ui::Page *review = m_window->page(ui::PageId::Review);
    QTRY_VERIFY(review->hasLoaded());
    QVERIFY(review->updatedText().startsWith(u"Updated "_s));
    auto *table = review->findChild<ui::RecordTable *>(u"reviewChecklistsTable"_s);
    const QAbstractItemModel *rows = table->view()->model();
    QCOMPARE(rows->rowCount(), 1);
    QVERIFY(!rows->index(0, 0).data(models::WaitingRole).toBool());

    // Offline: the confirmation is queued, the page reads the kept copy with it laid over.
    m_proxy.setMode(FaultProxy::Mode::Drop);
    QVERIFY(testing::awaitClient(m_offline->checklists().confirmItem(m_roadQa, 1)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(review->updatedText().startsWith(u"Offline — as of "_s), 10000);
    auto *copyAge = m_window->findChild<QLabel *>(u"offlineCopyAge"_s);
    QVERIFY(copyAge->isVisible()); // beside the title
    QCOMPARE(copyAge->text(), review->updatedText());
    QTRY_VERIFY(rows->index(0, 0).data(models::WaitingRole).toBool());
    QCOMPARE(rows->index(0, 0).data(Qt::ToolTipRole).toString(), u"Waiting to send"_s);
    QVERIFY(!rows->index(0, 1).data(models::WaitingRole).toBool()); // the first cell only
    auto *items = review->findChild<QListWidget *>(u"checklistItems"_s);
    QTRY_COMPARE(items->count(), 2);
    QVERIFY(!items->item(0)->icon().isNull()); // the clock
    QVERIFY(items->item(0)->text().contains(u"Waiting to send"_s));
    QVERIFY(items->item(1)->icon().isNull());
    auto *confirmAll = review->findChild<QPushButton *>(u"confirmAllButton"_s);
    QVERIFY(!confirmAll->isEnabled()); // not queued: it needs a connection
    QCOMPARE(confirmAll->toolTip(), u"Needs a connection"_s);

    // Sent: the clock goes, and the page says when it read the store.
    m_proxy.setMode(FaultProxy::Mode::Pass);
    m_offline->offlineChecklists().sendWaiting();
    QTRY_COMPARE_WITH_TIMEOUT(m_offline->outbox().waitingCount(), 0, 10000);
    review->refresh();
    QTRY_VERIFY(review->updatedText().startsWith(u"Updated "_s));
    QVERIFY(!copyAge->isVisible());
    QTRY_VERIFY(!rows->index(0, 0).data(models::WaitingRole).toBool());
    QTRY_VERIFY(items->item(0)->icon().isNull());
    QVERIFY(items->item(0)->text().contains(u"Confirmed by Victor Validator"_s));
}

void tst_OfflineShell::signingOutWithChangesWaitingAsksFirst()
{
    QSignalSpy signedOut(m_window.get(), &ui::MainWindow::signOutRequested);
    QAction *signOut = m_window->findChild<QToolButton *>(u"accountMenu"_s)->menu()->actions()[1];
    // Nothing waits: no question.
    signOut->trigger();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!m_window->findChild<QMessageBox *>(u"confirmSignOutWithChanges"_s));

    m_proxy.setMode(FaultProxy::Mode::Drop);
    QVERIFY(testing::awaitClient(m_offline->checklists().confirmItem(m_roadQa, 1)).ok());
    QVERIFY(testing::awaitClient(m_offline->checklists().addComment(m_roadQa, u"Later"_s)).ok());
    QCOMPARE(m_offline->outbox().waitingCount(), 2);
    const auto ask = [&] {
        signOut->trigger();
        return testing::shownChild<QMessageBox>(*m_window, u"confirmSignOutWithChanges"_s);
    };
    QMessageBox *box = ask();
    QVERIFY(box);
    QCOMPARE(box->text(),
        u"2 changes have not been sent. They stay on this computer and are sent the next time "
        "you sign in."_s);
    QCOMPARE(testing::namelessInFocusChain(*box), QStringList());
    QTemporaryDir pictures;
    QVERIFY(testing::saveLightAndDark(
        *box, u"offline-sign-out-question"_s, pictures.path(), testing::uiPalette));
    box->findChild<QPushButton *>(u"cancelSignOut"_s)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"confirmSignOutWithChanges"_s));
    QCOMPARE(signedOut.size(), 1); // Cancel: still signed in

    box = ask();
    QVERIFY(box);
    box->findChild<QPushButton *>(u"signOutKeepingChanges"_s)->click();
    QTRY_COMPARE(signedOut.size(), 2);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"confirmSignOutWithChanges"_s));
    QCOMPARE(m_offline->outbox().waitingCount(), 2); // kept for the next sign-in

    // Discard… asks again; No keeps them, Yes removes them and signs out.
    box = ask();
    QVERIFY(box);
    box->findChild<QPushButton *>(u"discardChangesAndSignOut"_s)->click();
    auto *again = testing::shownChild<QMessageBox>(*m_window, u"confirmDiscardChangesAndSignOut"_s);
    QVERIFY(again);
    QCOMPARE(again->text(),
        u"Discard 2 changes that have not been sent? They will never reach the server."_s);
    again->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"confirmDiscardChangesAndSignOut"_s));
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"confirmSignOutWithChanges"_s));
    QCOMPARE(signedOut.size(), 2);
    QCOMPARE(m_offline->outbox().waitingCount(), 2);
    box = ask();
    QVERIFY(box);
    box->findChild<QPushButton *>(u"discardChangesAndSignOut"_s)->click();
    again = testing::shownChild<QMessageBox>(*m_window, u"confirmDiscardChangesAndSignOut"_s);
    QVERIFY(again);
    again->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(signedOut.size(), 3);
    QCOMPARE(m_offline->outbox().entries().size(), 0);
    m_proxy.setMode(FaultProxy::Mode::Pass);
    QSignalSpy sending(&m_offline->offlineChecklists(), &client::OfflineChecklistsClient::sending);
    m_offline->offlineChecklists().sendWaiting();
    QVERIFY(!sending.wait(500)); // nothing left to send
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 0); // never sent
}

void tst_OfflineShell::thePersonsOwnPagesReadTheirKeptCopies()
{
    // UI.md §6: the dashboard, payments, projects, training and checklists as last loaded.
    using ui::PageId;
    const QList<PageId> own { PageId::Dashboard, PageId::Payments, PageId::Projects,
        PageId::Training, PageId::Checklists, PageId::Review };
    for (const PageId id : own) {
        m_window->openPage(id);
        ui::Page *page = m_window->page(id);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && !page->isLoading(), 10000);
        QVERIFY(!page->showsOfflineCopy());
    }
    m_proxy.setMode(FaultProxy::Mode::Drop);
    for (const PageId id : own) {
        m_window->openPage(id);
        ui::Page *page = m_window->page(id);
        page->refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(page->showsOfflineCopy(), qPrintable(page->title()), 15000);
        QVERIFY(page->updatedText().startsWith(u"Offline — as of "_s));
        QVERIFY2(!page->findChild<ui::Banner *>()->isVisible(), qPrintable(page->title()));
    }
    m_window->openPage(PageId::Dashboard);
    QTemporaryDir pictures;
    QVERIFY(testing::saveLightAndDark(
        *m_window, u"offline-dashboard"_s, pictures.path(), testing::uiPalette));
    // Back online, a page reads the store again.
    m_proxy.setMode(FaultProxy::Mode::Pass);
    ui::Page *dashboard = m_window->page(PageId::Dashboard);
    m_window->openPage(PageId::Dashboard);
    dashboard->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->showsOfflineCopy() && !dashboard->isLoading(), 10000);
    QVERIFY(dashboard->updatedText().startsWith(u"Updated "_s));
}

void tst_OfflineShell::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    m_proxy.setMode(FaultProxy::Mode::Drop);
    auto &checklists = m_offline->checklists();
    QVERIFY(testing::awaitClient(checklists.confirmItem(m_roadQa, 1)).ok());
    QVERIFY(testing::awaitClient(checklists.addComment(m_roadQa, u"Bridges checked"_s)).ok());
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":1}"_s.arg(m_roadQa).toUtf8())
                 .status,
        200);
    // The review page on its kept copy: the queued confirmation and comment with their clocks.
    m_window->openPage(ui::PageId::Review);
    ui::Page *review = m_window->page(ui::PageId::Review);
    QTRY_VERIFY_WITH_TIMEOUT(review->updatedText().startsWith(u"Offline — as of "_s), 10000);
    ui::PendingChangesDialog *pending = openPending();
    QVERIFY(pending);
    // The columns are fitted once the rows are shown: the pictures are taken after that.
    QTRY_VERIFY(pending->table()->view()->columnWidth(models::PendingChangesModel::Change) > 200);
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        QCoreApplication::processEvents();
        QVERIFY(testing::saveScreenshot(*m_window, u"offline-window"_s + scheme, dir.path()));
        QVERIFY(
            testing::saveScreenshot(*pending, u"offline-pending-changes"_s + scheme, dir.path()));
    }
    // Back online: the confirmation comes back a conflict, the comment goes.
    m_proxy.setMode(FaultProxy::Mode::Pass);
    m_offline->offlineChecklists().sendWaiting();
    QTRY_COMPARE_WITH_TIMEOUT(indicator(), u"▲ Online · 1 needs attention"_s, 10000);
    QTRY_VERIFY(!review->showsOfflineCopy()); // the page reads the server's state again
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        QCoreApplication::processEvents();
        QVERIFY(testing::saveScreenshot(*m_window, u"offline-attention"_s + scheme, dir.path()));
        QVERIFY(testing::saveScreenshot(*pending, u"offline-conflict"_s + scheme, dir.path()));
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_OfflineShell)
#include "tst_OfflineShell.moc"
