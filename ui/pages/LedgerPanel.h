#pragma once

#include "services/domain/money/LedgerHistory.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace mikro::client {
class PayoutsClient;
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
    LedgerPanel(
        client::PayoutsClient &payouts, client::Session &session, QWidget *parent = nullptr);

    /// Reads the first page of the current sort and filter again.
    void reload();
    [[nodiscard]] models::LedgerModel *model() const { return m_model; }
    [[nodiscard]] RecordTable *table() const { return m_table; }
    [[nodiscard]] QString footerText() const;
    /// Reads running for this panel (0 when idle).
    [[nodiscard]] int readsRunning() const { return m_running; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void read(const domain::LedgerQuery &query, bool first);
    void updateFooter();
    void retranslateUi();

    client::PayoutsClient &m_payouts;
    client::Session &m_session;
    models::LedgerModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_footer = nullptr;
    Banner *m_banner = nullptr;
    int m_running = 0;
};

} // namespace mikro::ui
