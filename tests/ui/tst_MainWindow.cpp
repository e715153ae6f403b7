#include "tests/ui/Screenshots.h"
#include "ui/shell/MainWindow.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using mikro::ui::MainWindow;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void headerShowsThePersonAsStored_data();
    void headerShowsThePersonAsStored();
    void keychainWarningIsDismissible();
    void signOutIsOffered();
    void balancesShowTheLedgerFigures();
    void balanceFailureSaysWhatHappens();
};

void tst_MainWindow::headerShowsThePersonAsStored_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("orgText");
    QTest::newRow("admin") << u"admin"_s << u"org_devstack"_s << u"Admin"_s << u"org_devstack"_s;
    QTest::newRow("validator") << u"validator"_s << u"org_devstack"_s << u"Validator"_s
                               << u"org_devstack"_s;
    QTest::newRow("mapper without organisation")
        << u"user"_s << QString() << u"User"_s << u"No organisation yet"_s;
}

void tst_MainWindow::headerShowsThePersonAsStored()
{
    QFETCH(QString, role);
    QFETCH(QString, org);
    QFETCH(QString, badge);
    QFETCH(QString, orgText);
    MainWindow window;
    window.showPerson(u"Ada Admin"_s, role, org);
    window.showStoreReady(u"SQLite /tmp/cache.sqlite"_s, 1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLabel *>(u"personName"_s)->text(), u"Ada Admin"_s);
    QCOMPARE(window.findChild<QLabel *>(u"roleBadge"_s)->text(), badge);
    QCOMPARE(window.findChild<QLabel *>(u"organisation"_s)->text(), orgText);
    QCOMPARE(
        window.findChild<QLabel *>(u"storeState"_s)->text(), u"Local store: ready (schema 1)"_s);
    QTemporaryDir dir;
    QVERIFY(mikro::testing::saveScreenshot(window, u"main-window-"_s + role, dir.path()));
}

void tst_MainWindow::keychainWarningIsDismissible()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(u"warningBanner"_s);
    QVERIFY(!banner->isVisible());
    window.showWarning(
        u"The system keychain isn't available, so you stay signed in only until Mikro closes."_s);
    QVERIFY(banner->isVisible());
    QTemporaryDir dir;
    QVERIFY(mikro::testing::saveScreenshot(window, u"main-window-keychain-warning"_s, dir.path()));
    QTest::mouseClick(window.findChild<QToolButton *>(u"dismissBanner"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void tst_MainWindow::signOutIsOffered()
{
    MainWindow window;
    window.show();
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    QTest::mouseClick(window.findChild<QToolButton *>(u"signOutButton"_s), Qt::LeftButton);
    QCOMPARE(signOut.count(), 1);
}

void tst_MainWindow::balancesShowTheLedgerFigures()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window;
    window.showPerson(u"Mia Mapper"_s, u"user"_s, u"org_devstack"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *cards = window.findChild<QWidget *>(u"balanceCards"_s);
    QVERIFY(!cards->isVisible()); // nothing until the ledger was read
    mikro::domain::Balance balance;
    balance.earned = mikro::core::Money(123456);
    balance.paid = mikro::core::Money(100000);
    balance.pending = mikro::core::Money(2000);
    balance.payable = mikro::core::Money(21456);
    window.showBalance(balance, u"USD"_s, QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    QVERIFY(cards->isVisible());
    const auto text = [&window](const char *name) {
        return window.findChild<QLabel *>(QString::fromLatin1(name))->text();
    };
    QCOMPARE(text("earned"), u"$1,234.56"_s);
    QCOMPARE(text("paid"), u"$1,000.00"_s);
    QCOMPARE(text("pending"), u"$20.00"_s);
    QCOMPARE(text("payable"), u"$214.56"_s);
    QVERIFY(text("balanceState").contains(u"after the next sync"_s));
    QTemporaryDir dir;
    QVERIFY(mikro::testing::saveScreenshot(window, u"main-window-balances"_s, dir.path()));
}

void tst_MainWindow::balanceFailureSaysWhatHappens()
{
    MainWindow window;
    window.show();
    window.showBalanceFailed(u"The local store is busy."_s);
    const QString state = window.findChild<QLabel *>(u"balanceState"_s)->text();
    QVERIFY(state.contains(u"The local store is busy."_s));
    QVERIFY(state.contains(u"tries again"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
