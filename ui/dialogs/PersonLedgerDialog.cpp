#include "ui/dialogs/PersonLedgerDialog.h"

#include "services/client/PeopleClient.h"
#include "ui/pages/LedgerPanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

PersonLedgerDialog::PersonLedgerDialog(client::PeopleClient &people, client::Session &session,
    const QString &userId, const QString &personName, QWidget *parent)
    : QDialog(parent)
    , m_ledger(new LedgerPanel(
          [&people, userId](
              const domain::LedgerQuery &query) { return people.ledger(userId, query); },
          session))
{
    setObjectName(QStringLiteral("personLedgerDialog"));
    setWindowTitle(tr("Ledger of %1").arg(personName));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ledger, 1);
    layout->addWidget(buttons);
    resize(820, 560);
    m_ledger->reload();
}

} // namespace mikro::ui
