#include "tests/ui/Screenshots.h"
#include "ui/shell/SignInWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mikro::ui::SignInWindow;

class tst_SignInWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readyOffersTheBrowserSignIn();
    void waitingOffersCancelAndTheLinkOnRequest();
    void browserThatDidNotOpenShowsTheLinkAtOnce();
    void copyLinkPutsTheAddressOnTheClipboard();
    void completingAndLoadingAreBusy();
    void errorTurnsTheButtonIntoTryAgainWithDetails();

private:
    template <typename T>
    T *child(const char *name)
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    void shoot(const QString &name);

    std::unique_ptr<SignInWindow> m_window;
    QTemporaryDir m_dir;
    const QUrl m_link {
        u"http://127.0.0.1:8110/authorize?response_type=code&client_id=mikro-desktop"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback&code_challenge=E9Mel"
        "&code_challenge_method=S256&state=x"_s
    };
};

void tst_SignInWindow::init()
{
    m_window = std::make_unique<SignInWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SignInWindow::cleanup()
{
    m_window.reset();
}

void tst_SignInWindow::shoot(const QString &name)
{
    QVERIFY(mikro::testing::saveScreenshot(*m_window, u"sign-in-"_s + name, m_dir.path()));
}

void tst_SignInWindow::readyOffersTheBrowserSignIn()
{
    auto *button = child<QPushButton>("signInButton");
    QCOMPARE(button->text(), u"Sign in with your browser"_s);
    QVERIFY(button->isEnabled());
    QVERIFY(button->isDefault());
    QVERIFY(!child<QProgressBar>("busy")->isVisible());
    QVERIFY(!child<QWidget>("linkBox")->isVisible());
    QSignalSpy requested(m_window.get(), &SignInWindow::signInRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    shoot(u"1-ready"_s);
}

void tst_SignInWindow::waitingOffersCancelAndTheLinkOnRequest()
{
    m_window->showWaitingForBrowser(m_link, true);
    QCOMPARE(child<QLabel>("status")->text(),
        u"Finish signing in in your browser. Mikro continues by itself."_s);
    QVERIFY(child<QProgressBar>("busy")->isVisible());
    QVERIFY(!child<QPushButton>("signInButton")->isEnabled());
    QVERIFY(child<QPushButton>("cancelButton")->isVisible());
    QVERIFY(!child<QWidget>("linkBox")->isVisible());
    shoot(u"2-waiting"_s);
    QTest::mouseClick(child<QPushButton>("noBrowserLink"), Qt::LeftButton);
    QVERIFY(child<QWidget>("linkBox")->isVisible());
    QCOMPARE(child<QLineEdit>("linkField")->text(), m_link.toString(QUrl::FullyEncoded));
    QSignalSpy cancelled(m_window.get(), &SignInWindow::cancelRequested);
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
}

void tst_SignInWindow::browserThatDidNotOpenShowsTheLinkAtOnce()
{
    m_window->showWaitingForBrowser(m_link, false);
    QCOMPARE(child<QLabel>("status")->text(),
        u"Your browser could not be opened. Copy the link below into a browser."_s);
    QVERIFY(child<QWidget>("linkBox")->isVisible());
    QVERIFY(child<QLineEdit>("linkField")->isReadOnly());
    shoot(u"3-link-fallback"_s);
}

void tst_SignInWindow::copyLinkPutsTheAddressOnTheClipboard()
{
    m_window->showWaitingForBrowser(m_link, false);
    QTest::mouseClick(child<QPushButton>("copyLinkButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), m_link.toString(QUrl::FullyEncoded));
    QCOMPARE(child<QLabel>("status")->text(), u"Link copied"_s);
}

void tst_SignInWindow::completingAndLoadingAreBusy()
{
    m_window->showCompleting();
    QCOMPARE(child<QLabel>("status")->text(), u"Completing sign-in…"_s);
    QVERIFY(child<QProgressBar>("busy")->isVisible());
    QVERIFY(!child<QPushButton>("cancelButton")->isVisible());
    shoot(u"4-completing"_s);
    m_window->showLoadingProfile();
    QCOMPARE(child<QLabel>("status")->text(), u"Loading your profile…"_s);
}

void tst_SignInWindow::errorTurnsTheButtonIntoTryAgainWithDetails()
{
    m_window->showError(u"The sign-in service can't be reached. Check your connection."_s,
        u"/oauth/token 0: connection refused"_s);
    auto *button = child<QPushButton>("signInButton");
    QCOMPARE(button->text(), u"Try again"_s);
    QVERIFY(button->isEnabled());
    QVERIFY(!child<QProgressBar>("busy")->isVisible());
    auto *details = child<QLabel>("details");
    QVERIFY(!details->isVisible());
    const auto buttons = m_window->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->text() == "Details"_L1)
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QVERIFY(details->isVisible());
    QCOMPARE(details->text(), u"/oauth/token 0: connection refused"_s);
    shoot(u"5-error"_s);
    m_window->showReady();
    QCOMPARE(button->text(), u"Sign in with your browser"_s);
}

QTEST_MAIN(tst_SignInWindow)
#include "tst_SignInWindow.moc"
