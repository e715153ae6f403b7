#include "app/desktop/DesktopComposition.h"
#include "models/payments/PayoutRequestsModel.h"
#include "services/auth/AuthSession.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/client/Session.h"
#include "tests/integration/server/ServerFixture.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/BrowserPlayer.h"
#include "tests/ui/PrivateSettings.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/OnboardingWizard.h"
#include "ui/dialogs/RequestPayoutDialog.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using testing::Validator;

namespace {

template <typename T>
T *shown()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    return nullptr;
}

QString money(qint64 cents)
{
    return core::formatMoney(core::Money(cents), u"USD"_s, QLocale());
}

} // namespace

/// The desktop end to end with no human (issue #12): the real composition on a real mikro-server
/// (the default connection) and the devstack's identity provider. The test plays the browser,
/// completes the onboarding wizard, checks the dashboard against the API's own answers for that
/// person, requests a payout from the Payments page, sees it pending on screen and on the server,
/// and cancels it.
class tst_DesktopEndToEnd : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testing::usePrivateSettings();
        // The people's offline files in this process's own home: both engines' runs at once
        // must not share one.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        QVERIFY(testing::installMikroTranslation(m_english, u"en"_s)); // English plurals
        startIdentityProvider();
    }
    void init() { startServer(); }
    void cleanup() { stopServer(); }
    void signInOnboardRequestAndCancelAPayout();
    /// Last: it stops the identity provider.
    void aValidatorWorksOfflineFromTheSignInWindow();

private:
    [[nodiscard]] desktop::DesktopSettings settings() const;
    QTemporaryDir m_home;
    QTranslator m_english;
};

desktop::DesktopSettings tst_DesktopEndToEnd::settings() const
{
    desktop::DesktopSettings settings;
    settings.provider = auth::OidcProvider { QUrl(m_idp->issuer()), u"mikro-desktop"_s,
        m_idp->provider().settings().audience, { 53682, 53683, 53684, 53685 } };
    settings.claimNamespace = m_idp->provider().settings().claimNamespace;
    settings.connection = desktop::DesktopSettings::Connection::Server;
    settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
    return settings;
}

void tst_DesktopEndToEnd::signInOnboardRequestAndCancelAPayout()
{
    testing::BrowserPlayer browser(Mapper);
    desktop::DesktopComposition composition(settings(), browser.opener());
    composition.start();

    // Sign-in window → the browser plays the person → the onboarding wizard.
    ui::SignInWindow *signIn = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((signIn = shown<ui::SignInWindow>()), 10000);
    auto *button = signIn->findChild<QPushButton *>(u"signInButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    QTest::mouseClick(button, Qt::LeftButton);
    ui::OnboardingWizard *wizard = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((wizard = shown<ui::OnboardingWizard>()),
        qPrintable(browser.failure + u" "_s + browser.visited.join(u" → "_s)), 20000);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"osmUsername"_s), u"mapper_osm"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"paymentEmail"_s), u"ana@pay.example"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"paymentEmailAgain"_s), u"ana@pay.example"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *country = wizard->findChild<QComboBox *>(u"country"_s);
    country->setCurrentIndex(country->findData(u"Peru"_s));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"city"_s), u"Lima"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    wizard->findChild<QCheckBox *>(u"acceptTerms"_s)->setChecked(true);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::OnboardingWizard::Review));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // The main window on the dashboard, with the API's figures for this person.
    ui::MainWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = shown<ui::MainWindow>()), 20000);
    QVERIFY(window->messageHistory().last().endsWith(u"Welcome to Mikro"_s));
    auto *dashboard = window->page(ui::PageId::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasLoaded(), 20000);
    const QJsonObject payable = json(post(Mapper, "/api/transaction/fetch_user_payable", "{}"));
    const QJsonObject stats = json(post(Mapper, "/api/project/fetch_user_dash_stats", "{}"));
    QCOMPARE(payable.value(u"payable_total_cents"_s).toInteger(), 1550);
    QCOMPARE(dashboard->findChild<QLabel *>(u"payableCardValue"_s)->text(),
        money(payable.value(u"payable_total_cents"_s).toInteger()));
    QCOMPARE(dashboard->findChild<QLabel *>(u"pendingCardValue"_s)->text(),
        money(stats.value(u"requests_total_cents"_s).toInteger()));
    QCOMPARE(dashboard->findChild<QLabel *>(u"paidCardValue"_s)->text(),
        money(stats.value(u"payouts_total_cents"_s).toInteger()));
    // Tasks mapped is the desktop's figure (UI.md §2.2), not the web API's awaiting count.
    const QJsonObject own = json(post(Mapper, "/api/project/fetch_user_dashboard", "{}"));
    QCOMPARE(dashboard->findChild<QLabel *>(u"mappedCardValue"_s)->text(),
        QString::number(own.value(u"tasks_mapped"_s).toInt(-1)));

    // Payments: request the payout; Pending shows it and the server has it.
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto *payments = qobject_cast<ui::PaymentsPage *>(window->page(ui::PageId::Payments));
    QTRY_VERIFY_WITH_TIMEOUT(payments->hasLoaded(), 20000);
    QTest::mouseClick(payments->findChild<QPushButton *>(u"requestPayoutButton"_s), Qt::LeftButton);
    ui::RequestPayoutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = payments->findChild<ui::RequestPayoutDialog *>()));
    QCOMPARE(dialog->findChild<QLabel *>(u"paidTo"_s)->text(), u"ana@pay.example"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"requestButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        payments->findChild<QLabel *>(u"pendingCardValue"_s)->text(), money(1550), 20000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE user_id = '%1' AND status = "
                    "'pending' AND amount_cents = 1550"_s.arg(Mapper)),
        1);
    QTRY_VERIFY(
        window->messageHistory().last().endsWith(u"Payout of %1 requested"_s.arg(money(1550))));

    // …and cancel it.
    QTableView *requests = payments->requestsTable()->view();
    QTRY_COMPARE_WITH_TIMEOUT(requests->model()->rowCount(), 1, 10000);
    requests->setCurrentIndex(requests->model()->index(0, 0));
    QTest::mouseClick(payments->findChild<QPushButton *>(u"cancelRequestButton"_s), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = payments->findChild<QMessageBox *>(u"confirmCancel"_s)));
    for (QAbstractButton *b : confirm->buttons())
        if (b->text() == u"Cancel request"_s)
            QTest::mouseClick(b, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE user_id = "
                                     "'%1' AND status = 'cancelled'"_s.arg(Mapper)),
        1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        payments->findChild<QLabel *>(u"payableCardValue"_s)->text(), money(1550), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        requests->model()->index(0, models::PayoutRequestsModel::Status).data().toString(),
        u"Cancelled"_s, 10000);

    // Signing out returns to the sign-in window.
    emit window->signOutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(shown<ui::SignInWindow>(), 10000);
    QVERIFY(!window->isVisible());
}

void tst_DesktopEndToEnd::aValidatorWorksOfflineFromTheSignInWindow()
{
    // UI.md §1.1: the sign-in service cannot be reached at start, and this computer holds the
    // last person's kept data. The session itself lives in the keychain.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariable("MIKRO_TEST_REQUIRE_KEYCHAIN") == "1"_L1)
            QFAIL("no D-Bus session: scripts/test.sh starts one with gnome-keyring");
        QSKIP("no D-Bus session for the keychain; scripts/test.sh runs these with one");
    }
    // The session the first test signed out of is forgotten (its removal from the keychain
    // may still have been under way when that desktop closed).
    auth::KeychainSecretStore keychain(settings().keychainService());
    QVERIFY(testing::awaitResult(
        keychain.remove(QString::fromLatin1(auth::AuthSession::RefreshTokenKey))));
    for (const auto &[who, osm] : { std::pair { Admin, u"admin_osm"_s },
             std::pair { Mapper, u"mapper_osm"_s }, std::pair { Validator, u"validator_osm"_s } }) {
        QCOMPARE(post(who, "/api/login", "{}").status, 200);
        onboard(who, osm);
    }
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(createRoadQaChecklist()).toUtf8());
    const qint64 roadQa = json(started).value(u"user_checklist_id"_s).toInteger();
    for (int number : { 1, 2 })
        QCOMPARE(post(Mapper, "/api/checklist/complete_list_item",
                     u"{\"checklist_id\":%1,\"item_number\":%2}"_s.arg(roadQa).arg(number).toUtf8())
                     .status,
            200);
    {
        // Signed in once with a connection: the review queue is read, and kept.
        testing::BrowserPlayer browser(Validator);
        desktop::DesktopComposition online(settings(), browser.opener());
        online.start();
        ui::SignInWindow *signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = shown<ui::SignInWindow>()), 10000);
        auto *button = signIn->findChild<QPushButton *>(u"signInButton"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(button->isEnabled(),
            qPrintable(signIn->findChild<QLabel *>(u"status"_s)->text()), 10000);
        QTest::mouseClick(button, Qt::LeftButton);
        ui::MainWindow *window = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((window = shown<ui::MainWindow>()),
            qPrintable(browser.failure + u" "_s + signIn->findChild<QLabel *>(u"status"_s)->text()
                + u" "_s + signIn->findChild<QLabel *>(u"details"_s)->text()),
            20000);
        window->openPage(ui::PageId::Review);
        QTRY_VERIFY_WITH_TIMEOUT(window->page(ui::PageId::Review)->hasLoaded(), 20000);
        QVERIFY(!window->page(ui::PageId::Review)->showsOfflineCopy());
    } // Mikro closes without signing out

    const desktop::DesktopSettings unreachable = settings();
    m_idp.reset(); // the sign-in service goes away
    desktop::DesktopComposition offline(unreachable, [](const QUrl &) { return false; });
    offline.start();
    ui::SignInWindow *signIn = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((signIn = shown<ui::SignInWindow>()), 10000);
    auto *workOffline = signIn->findChild<QPushButton *>(u"workOfflineButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(workOffline->isVisible(), 20000);
    QCOMPARE(workOffline->text(), u"Work offline as Victor Validator"_s);
    QCOMPARE(signIn->findChild<QLabel *>(u"status"_s)->text(),
        u"The sign-in service can't be reached. Check your connection."_s);
    QTemporaryDir pictures;
    QVERIFY(testing::saveLightAndDark(
        *signIn, u"sign-in-work-offline"_s, pictures.path(), testing::uiPalette));
    QTest::mouseClick(workOffline, Qt::LeftButton);

    // The main window on the kept review queue, offline; a confirmation waits with its clock.
    ui::MainWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = shown<ui::MainWindow>()), 10000);
    ui::Page *review = window->page(ui::PageId::Review);
    QTRY_VERIFY_WITH_TIMEOUT(review->showsOfflineCopy(), 10000);
    QVERIFY(window->messageHistory().last().endsWith(
        u"Working offline. Sign in again to send your changes."_s));
    auto *indicator = window->findChild<QToolButton *>(u"connectionIndicator"_s);
    QCOMPARE(indicator->text(), u"○ Offline"_s);
    auto *items = review->findChild<QListWidget *>(u"checklistItems"_s);
    QTRY_COMPARE(items->count(), 2);
    items->item(0)->setCheckState(Qt::Checked);
    QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), u"○ Offline · 1 change waiting"_s, 10000);
    QTRY_VERIFY(!items->item(0)->icon().isNull());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_at IS NOT NULL"_s),
        0); // not sent without a session
    QVERIFY(testing::saveLightAndDark(
        *window, u"offline-started-from-sign-in"_s, pictures.path(), testing::uiPalette));
}

QTEST_MAIN(tst_DesktopEndToEnd)
#include "tst_DesktopEndToEnd.moc"
