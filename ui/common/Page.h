#pragma once

#include "services/client/ChangeFeed.h"
#include "services/client/Session.h"
#include "services/core/Result.h"
#include "services/core/WhenReady.h"
#include "ui/common/PageContext.h"

#include <QDateTime>
#include <QFuture>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QVBoxLayout;

namespace mikro::ui {

class Banner;

/// What every page does the same way (UI.md §0, §1.5, §7): "Loading {page}…" until the first
/// answer, an error banner with "Try again" when loading fails (over the last data, or over an
/// empty page), "Updated hh:mm", a reload when shown with data older than 60 s, and a reload when
/// the change feed names one of the page's areas. Subclasses build their widgets into
/// contentLayout() and implement load(), answering with loaded() or failed().
class Page : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds StaleAfter { 60 };

    /// The sidebar and title bar name of the page.
    [[nodiscard]] virtual QString title() const = 0;
    /// Loads again now (F5, "Try again"); a load already running is not doubled.
    void refresh();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /// Loaded at least once, for the person signed in now.
    [[nodiscard]] bool hasLoaded() const;
    /// "Updated 14:02" ("Offline — as of 14:02" on a kept copy), or empty before the first load.
    [[nodiscard]] QString updatedText() const;
    /// What it shows is the offline layer's kept copy: the store could not be reached.
    [[nodiscard]] bool showsOfflineCopy() const { return hasLoaded() && m_offlineCopy; }

signals:
    void updatedChanged(const QString &text);
    /// A transient message for the status bar ("Payout of US$15.50 requested").
    void statusMessage(const QString &text);
    /// Whether the last load reached the backend (false: it was unreachable).
    void connectionObserved(bool reachable);
    /// The page's count for its sidebar badge (UI.md §1.4: "Review Checklists 3"), after a load.
    void countChanged(int count);
    /// Long work that goes on while the page is left (UI.md §5.8: the status bar carries the
    /// overall progress): `done` of `total`, described by `what`; a total of 0 ends it.
    void workProgress(int done, int total, const QString &what);

protected:
    Page(const PageContext &context, QList<client::ChangeFeed::Area> areas, QWidget *parent);

    [[nodiscard]] client::Backend &backend() { return m_context.backend; }
    [[nodiscard]] client::Session &session() { return m_context.session; }
    [[nodiscard]] const client::Session &session() const { return m_context.session; }
    [[nodiscard]] const core::Clock &clock() const { return m_context.clock; }
    [[nodiscard]] QVBoxLayout *contentLayout() { return m_contentLayout; }
    [[nodiscard]] Banner *banner() { return m_banner; }
    /// Opens `url` in the system browser; says so in the banner when no browser takes it.
    void openExternal(const QUrl &url);

    /// Sends a change the person asked for (UI.md §7): `busy(true)` while it runs, so nothing is
    /// sent twice; a refusal shows in the banner and the page reads the server's state again; a
    /// success puts `done` in the status bar. The change feed reloads what it touched.
    template <typename T>
    void sendChange(
        const QFuture<core::Result<T>> &change, const QString &done, std::function<void(bool)> busy)
    {
        busy(true);
        core::whenReady(change, this, [this, done, busy](const core::Result<T> &result) {
            busy(false);
            changeAnswered(result.ok() ? nullptr : &result.error(), done);
        });
    }

    /// Shows why a change was refused in the banner and reads the server's state again; the
    /// banner outlives that reload.
    void showRefusalAndReload(const QString &message, const QString &diagnostic);

    /// Starts reading what the page shows; answer with loaded() or failed().
    virtual void load() = 0;
    /// What the page shows was read; `offlineCopyAt` when it is the kept copy saved then (the
    /// store could not be reached): "Offline — as of 14:02" instead of "Updated 14:02".
    void loaded(const std::optional<QDateTime> &offlineCopyAt = std::nullopt);
    /// When the kept copy that the last read of the offline layer's `key` answered with was
    /// saved; none when it came from the store (or there is no offline layer).
    [[nodiscard]] std::optional<QDateTime> offlineCopyAt(const char *key);
    void failed(const core::Error &error);

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const QList<client::ChangeFeed::Area> &areas);
    void changeAnswered(const core::Error *error, const QString &done);
    void onSessionChanged();
    enum StackIndex { Loading, Content, Blank };
    void retranslateUi();

    PageContext m_context;
    QList<client::ChangeFeed::Area> m_areas;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_loadingText = nullptr;
    Banner *m_banner = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QDateTime m_updated;
    bool m_offlineCopy = false; ///< m_updated is when the kept copy shown was saved
    QString m_loadedFor; ///< whose data the page shows (the person's id)
    QString m_loadingFor; ///< whose data the running load reads
    bool m_keepRefusal = false; ///< a refused change's banner outlives the reload it starts
    bool m_loading = false;
    bool m_stale = false;
};

} // namespace mikro::ui
