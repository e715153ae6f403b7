#pragma once

#include "services/client/AccountClient.h"
#include "services/client/Session.h"
#include "tests/integration/client/BackendPair.h"
#include "tests/ui/PrivateSettings.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/PageContext.h"
#include "ui/common/Remembered.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

namespace mikro::testing {

/// What the page suites share: both backends (BackendPair), the Session the composition would
/// fill, and a page opened as the person sees it — signed in, shown, loaded.
class PageFixture : protected BackendPair
{
protected:
    /// Once per suite: QSettings in Qt's test location, and the devstack's identity provider.
    void startPageSuite()
    {
        usePrivateSettings();
        startIdentityProvider();
    }
    /// After each test: the person and both backends go.
    void stopPages()
    {
        m_session.reset();
        stopBackends();
    }

    /// The data rows "http" and "inprocess", for data-driven page tests.
    static void backends()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : backendNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    [[nodiscard]] ui::PageContext context(const QString &name)
    {
        return { backend(name), *m_session, m_clock, [this](const QUrl &url) {
                    m_opened << url;
                    return true;
                } };
    }

    /// Signs the person in through `name` and fills the Session as the composition does.
    void signIn(const QString &name)
    {
        QVERIFY(awaitClient(backend(name).account().signIn()).ok());
        const auto details = awaitClient(backend(name).account().details());
        QVERIFY(details.ok());
        m_session->adopt(details.value());
    }

    /// The page for the person signed in through `name`, shown and loaded; null when it never
    /// loads.
    template <typename PageType>
    std::unique_ptr<PageType> openPage(const QString &name)
    {
        signIn(name);
        // Each test starts from the default layout: no tab or splitter remembered from another.
        QSettings().remove(ui::remembered::group());
        auto page = std::make_unique<PageType>(context(name));
        page->resize(1100, 760);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get())
            || !QTest::qWaitFor([&] { return page->hasLoaded() && !page->isLoading(); }, 20000))
            return nullptr;
        return page;
    }

    /// A page on another person's desktop against the same server (their own HttpBackend and
    /// Session), shown and loaded; `page` is null when it never loads.
    template <typename PageType>
    struct OtherDesktop
    {
        std::unique_ptr<client::HttpBackend> backend;
        std::unique_ptr<client::Session> session;
        std::unique_ptr<PageType> page;
    };
    template <typename PageType>
    OtherDesktop<PageType> openPageAs(const QString &subject)
    {
        OtherDesktop<PageType> desktop { httpBackendFor(subject),
            std::make_unique<client::Session>(), nullptr };
        if (!awaitClient(desktop.backend->account().signIn()).ok())
            return desktop;
        const auto details = awaitClient(desktop.backend->account().details());
        if (!details.ok())
            return desktop;
        desktop.session->adopt(details.value());
        desktop.page = std::make_unique<PageType>(
            ui::PageContext { *desktop.backend, *desktop.session, m_clock, {} });
        desktop.page->resize(1100, 760);
        desktop.page->show();
        if (!QTest::qWaitFor(
                [&] { return desktop.page->hasLoaded() && !desktop.page->isLoading(); }, 20000))
            desktop.page.reset();
        return desktop;
    }

    /// Screenshots of a page over HTTP: `name`-light and `name`-dark in English (its plural
    /// forms from mikro_en), then `name`-es in Spanish (docs/screenshots with
    /// MIKRO_SCREENSHOT_DIR); `prepare` runs on each page before it is taken. Install no other
    /// translator before.
    template <typename PageType>
    void pageScreenshots(const QString &name, const std::function<void(PageType &)> &prepare = {})
    {
        QTemporaryDir dir;
        const QPalette original = QApplication::palette();
        const auto take = [&](const QString &file) {
            auto page = openPage<PageType>(QStringLiteral("http"));
            QVERIFY(page);
            if (prepare)
                prepare(*page);
            QVERIFY(saveScreenshot(*page, file, dir.path()));
        };
        QTranslator english;
        QVERIFY(installMikroTranslation(english, QStringLiteral("en")));
        for (const bool dark : { false, true }) {
            QApplication::setPalette(uiPalette(dark));
            take(name + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")));
        }
        QCoreApplication::removeTranslator(&english);
        QApplication::setPalette(uiPalette(false));
        QTranslator spanish;
        QVERIFY(installMikroTranslation(spanish, QStringLiteral("es")));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        take(name + QStringLiteral("-es"));
        QCoreApplication::removeTranslator(&spanish);
        QLocale::setDefault(QLocale::c());
        QApplication::setPalette(original);
    }

    std::unique_ptr<client::Session> m_session;
    QList<QUrl> m_opened; ///< what the pages asked the browser to open
};

/// The child of `parent` named `objectName` (any, when empty) once it is shown; null when it
/// never is.
template <typename Widget>
Widget *shownChild(QWidget &parent, const QString &objectName = {})
{
    Widget *found = nullptr;
    const bool visible = QTest::qWaitFor([&] {
        found = parent.findChild<Widget *>(objectName);
        return found && found->isVisible();
    });
    return visible ? found : nullptr;
}

/// The value and sub-line of a FigureCard on `page`.
inline QString cardValue(QWidget &page, const QString &card)
{
    return page.findChild<QLabel *>(card + QStringLiteral("Value"))->text();
}

inline QString cardSubLine(QWidget &page, const QString &card)
{
    return page.findChild<QLabel *>(card + QStringLiteral("SubLine"))->text();
}

} // namespace mikro::testing
