#include "ui/common/Page.h"

#include "services/client/Backend.h"
#include "services/client/offline/OfflineBackend.h"
#include "services/core/Clock.h"
#include "ui/common/Banner.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mikro::ui {

Page::Page(const PageContext &context, QList<client::ChangeFeed::Area> areas, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_areas(std::move(areas))
    , m_stack(new QStackedLayout)
    , m_loadingText(new QLabel)
    , m_banner(new Banner)
{
    auto *loading = new QWidget;
    auto *loadingLayout = new QVBoxLayout(loading);
    auto *busy = new QProgressBar;
    busy->setRange(0, 0); // busy indicator
    busy->setMaximumWidth(240);
    busy->setTextVisible(false);
    m_loadingText->setObjectName(QStringLiteral("pageLoading"));
    m_loadingText->setAlignment(Qt::AlignCenter);
    loadingLayout->addStretch();
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addStretch();

    auto *content = new QWidget;
    m_contentLayout = new QVBoxLayout(content);

    // The banner stands above the stack, so that a failure with nothing loaded for this person
    // shows it over an empty page — never over another person's figures.
    auto *outer = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    outer->addWidget(m_banner);
    outer->addLayout(m_stack, 1);
    m_stack->addWidget(loading);
    m_stack->addWidget(content);
    m_stack->addWidget(new QWidget); // Blank
    connect(m_banner, &Banner::actionTriggered, this, &Page::refresh);
    connect(&backend().feed(), &client::ChangeFeed::changed, this, &Page::onChanged);
    connect(&session(), &client::Session::changed, this, &Page::onSessionChanged);
}

void Page::openExternal(const QUrl &url)
{
    const bool opened = m_context.openUrl ? m_context.openUrl(url) : QDesktopServices::openUrl(url);
    if (!opened)
        m_banner->showMessage(Banner::Level::Warning,
            tr("No web browser opened %1. Copy the link and open it yourself.")
                .arg(url.toDisplayString()));
}

bool Page::hasLoaded() const
{
    return m_updated.isValid() && m_loadedFor == session().person().id;
}

void Page::onSessionChanged()
{
    if (hasLoaded())
        return; // it shows this person's data
    // Another person (or nobody): what this page shows is not theirs. It is hidden at once and
    // read again when shown.
    m_updated = QDateTime();
    m_loadedFor.clear();
    m_banner->hide();
    m_stack->setCurrentIndex(Loading);
    if (isVisible() && session().isSignedIn())
        refresh();
}

void Page::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_stale = false;
    m_loadingFor = session().person().id;
    if (!hasLoaded()) {
        retranslateUi();
        m_stack->setCurrentIndex(Loading);
    }
    load();
}

QString Page::updatedText() const
{
    if (!hasLoaded())
        return {};
    const QLocale locale;
    const QDateTime local = m_updated.toLocalTime();
    const QString when = local.date() == clock().nowUtc().toLocalTime().date()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : locale.toString(local, QLocale::ShortFormat);
    return m_offlineCopy ? tr("Offline — as of %1").arg(when) : tr("Updated %1").arg(when);
}

void Page::changeAnswered(const core::Error *error, const QString &done)
{
    if (error) {
        showRefusalAndReload(error->message, error->diagnostic);
        return;
    }
    emit statusMessage(done);
}

void Page::showRefusalAndReload(const QString &message, const QString &diagnostic)
{
    m_banner->showMessage(Banner::Level::Error, message, diagnostic);
    m_keepRefusal = true; // the reload below must not hide why the change was refused
    refresh(); // show the server's state again
}

std::optional<QDateTime> Page::offlineCopyAt(const char *key)
{
    client::OfflineBackend *offline = backend().offline();
    return offline ? offline->keptCopyAt(QString::fromLatin1(key)) : std::nullopt;
}

void Page::loaded(const std::optional<QDateTime> &offlineCopyAt)
{
    m_loading = false;
    if (m_loadingFor != session().person().id) {
        refresh(); // read for someone who is no longer signed in: read again
        return;
    }
    m_offlineCopy = offlineCopyAt.has_value();
    m_updated = offlineCopyAt.value_or(clock().nowUtc());
    m_loadedFor = m_loadingFor;
    if (!m_keepRefusal)
        m_banner->hide();
    m_keepRefusal = false;
    m_stack->setCurrentIndex(Content);
    emit updatedChanged(updatedText());
    emit connectionObserved(!m_offlineCopy);
    if (m_stale && isVisible())
        refresh(); // something changed while this load ran
}

void Page::failed(const core::Error &error)
{
    m_loading = false;
    // Over the last data when there is some (it stays usable), else over an empty page.
    m_banner->showMessage(Banner::Level::Error, error.message, error.diagnostic, tr("Try again"));
    m_stack->setCurrentIndex(hasLoaded() ? Content : Blank);
    emit connectionObserved(error.kind != core::ErrorKind::Unavailable);
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A page's tabs and scrolled areas are announced by the page's title (each tab by its text).
    for (QTabWidget *tabs : findChildren<QTabWidget *>())
        if (tabs->accessibleName().isEmpty())
            tabs->setAccessibleName(title());
    for (QScrollArea *area : findChildren<QScrollArea *>())
        if (area->accessibleName().isEmpty())
            area->setAccessibleName(title());
    const bool old = !hasLoaded() || m_updated.secsTo(clock().nowUtc()) >= StaleAfter.count();
    if (old || m_stale)
        refresh();
}

void Page::onChanged(const QList<client::ChangeFeed::Area> &areas)
{
    for (const client::ChangeFeed::Area area : areas) {
        if (!m_areas.contains(area))
            continue;
        m_stale = true;
        if (isVisible())
            refresh();
        return;
    }
}

void Page::retranslateUi()
{
    m_loadingText->setText(tr("Loading %1…").arg(title()));
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace mikro::ui
