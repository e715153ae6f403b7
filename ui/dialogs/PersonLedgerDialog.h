#pragma once

#include <QDialog>

namespace mikro::client {
class PeopleClient;
class Session;
} // namespace mikro::client

namespace mikro::ui {

class LedgerPanel;

/// A person's ledger for an admin (UI.md §5.2 Ledger): Date · Kind · For · Amount, newest first,
/// read a page at a time as it scrolls, sorted and filtered by kind in the store, with Export….
/// Not modal: an admin may keep it open beside the Users page.
class PersonLedgerDialog : public QDialog
{
    Q_OBJECT
public:
    PersonLedgerDialog(client::PeopleClient &people, client::Session &session,
        const QString &userId, const QString &personName, QWidget *parent = nullptr);

    [[nodiscard]] LedgerPanel *ledger() const { return m_ledger; }

private:
    LedgerPanel *m_ledger = nullptr;
};

} // namespace mikro::ui
