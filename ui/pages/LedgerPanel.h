#pragma once

#include "services/domain/money/LedgerHistory.h"

#include <QFuture>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace mikro::client {
class Session;
} // namespace mikro::client
namespace mikro::models {
class LedgerModel;
}

namespace mikro::ui {

class Banner;
class RecordTable;

/// The Ledger tab of Payments (UI.md §3.3): every line of the person's ledger, newest first, a
/// page of 200 at a time while scrolling, sorted by a header click and filtered by kind in the
/// store, with "Showing 200 of 12,431" under it. It does the reading its LedgerModel asks for.
class LedgerPanel : public QWidget
{
    Q_OBJECT
public:
    /// Reads one page of the ledger shown: the person's own, or someone's for an admin.
    using Reader
        = std::function<QFuture<core::Result<domain::LedgerPage>>(const domain::LedgerQuery &)>;

    LedgerPanel(Reader reader, client::Session &session, QWidget *parent = nullptr);

    /// Reads the first page of the current sort and filter again.
    void reload();
    [[nodiscard]] models::LedgerModel *model() const { return m_model; }
    [[nodiscard]] RecordTable *table() const { return m_table; }
    [[nodiscard]] QString footerText() const;
    /// Reads running for this panel (0 when idle).
    [[nodiscard]] int readsRunning() const { return m_running; }
    /// Export…: every line of the current sort and filter to a CSV file the person chooses,
    /// read a page at a time with the progress under the table.
    void exportAll();
    /// Writes every line of the current sort and filter to `path` (what exportAll does once the
    /// path is chosen).
    void exportTo(const QString &path);
    [[nodiscard]] bool isExporting() const { return m_exporting; }

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void read(const domain::LedgerQuery &query, bool first);
    void exportPage(const std::shared_ptr<models::LedgerModel> &lines, domain::LedgerQuery query,
        const QString &path);
    void exportFailed(const core::Error &error);
    void updateFooter();
    void retranslateUi();

    Reader m_read;
    client::Session &m_session;
    models::LedgerModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_footer = nullptr;
    Banner *m_banner = nullptr;
    int m_running = 0;
    bool m_exporting = false;
};

} // namespace mikro::ui
