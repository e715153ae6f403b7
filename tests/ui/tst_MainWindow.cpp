#include "tests/ui/Screenshots.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
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

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
