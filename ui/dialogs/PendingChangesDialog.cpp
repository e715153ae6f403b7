#include "ui/dialogs/PendingChangesDialog.h"

#include "models/offline/PendingChangesModel.h"
#include "services/client/offline/OfflineBackend.h"
#include "ui/common/Confirm.h"
#include "ui/common/RecordTable.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

PendingChangesDialog::PendingChangesDialog(client::OfflineBackend &offline, QWidget *parent)
    : QDialog(parent)
    , m_offline(offline)
    , m_model(new models::PendingChangesModel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("pendingChangesTable")))
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_sendNow(new QPushButton)
    , m_discard(new QPushButton)
    , m_dismiss(new QPushButton)
    , m_copy(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(QStringLiteral("pendingChangesDialog"));
    setModal(false);
    m_summary->setObjectName(QStringLiteral("pendingChangesSummary"));
    m_message->setObjectName(QStringLiteral("pendingChangeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));
    m_discard->setObjectName(QStringLiteral("discardChangeButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissChangeButton"));
    m_copy->setObjectName(QStringLiteral("copyChangeTextButton"));
    m_table->setStatusColumn(models::PendingChangesModel::State);
    m_table->sortBy(models::PendingChangesModel::QueuedAt, Qt::AscendingOrder);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_sendNow, m_discard, m_dismiss, m_copy })
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(820, 380);

    connect(m_sendNow, &QPushButton::clicked, this,
        [this] { m_offline.offlineChecklists().sendWaiting(); });
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesDialog::discard);
    connect(m_dismiss, &QPushButton::clicked, this, &PendingChangesDialog::dismiss);
    connect(m_copy, &QPushButton::clicked, this, &PendingChangesDialog::copyText);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table, &RecordTable::currentRowChanged, this, &PendingChangesDialog::updateActions);
    if (m_offline.isOpen())
        connect(&m_offline.outbox(), &client::Outbox::changed, this, &PendingChangesDialog::refill);
    connect(&m_offline.connectivity(), &client::Connectivity::stateChanged, this,
        &PendingChangesDialog::refill);
    connect(&m_offline.offlineChecklists(), &client::OfflineChecklistsClient::sending, this,
        [this](qint64 seq) {
            m_sending = seq;
            refill();
        });
    connect(
        &m_offline.offlineChecklists(), &client::OfflineChecklistsClient::answered, this, [this] {
            m_sending = 0;
            refill();
        });
    retranslateUi();
    refill();
}

void PendingChangesDialog::refill()
{
    const qint64 selected
        = m_table->currentRow() >= 0 ? m_model->entryAt(m_table->currentRow()).seq : 0;
    m_model->setEntries(
        m_offline.isOpen() ? m_offline.outbox().entries() : QList<client::OutboxEntry> {},
        m_sending);
    if (selected != 0)
        m_table->selectId(selected);
    m_table->fitColumnsOnce();
    retranslateUi();
    updateActions();
}

void PendingChangesDialog::updateActions()
{
    const int row = m_table->currentRow();
    const client::OutboxEntry *e = row >= 0 ? &m_model->entryAt(row) : nullptr;
    const bool waiting = e && e->state == client::OutboxEntry::State::Waiting;
    const bool online = m_offline.connectivity().reachable();
    const bool anyWaiting = m_offline.isOpen() && m_offline.outbox().waitingCount() > 0;
    m_sendNow->setEnabled(online && anyWaiting);
    m_sendNow->setToolTip(online ? QString() : tr("Needs a connection"));
    m_discard->setEnabled(waiting && e->seq != m_sending);
    m_dismiss->setEnabled(e && e->settled());
    m_copy->setEnabled(e && e->change.kind == client::ChecklistChange::Kind::AddComment);
    m_message->setText(e ? e->message : QString());
    m_message->setVisible(e && !e->message.isEmpty());
}

void PendingChangesDialog::discard()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const client::OutboxEntry entry = m_model->entryAt(row);
    askToConfirm(this, QStringLiteral("confirmDiscardChange"), tr("Discard change"),
        tr("Discard “%1”? It has not been sent and will not be.")
            .arg(models::PendingChangesModel::describe(entry.change)),
        tr("Discard"), [this, seq = entry.seq](bool yes) {
            if (yes && m_offline.isOpen())
                static_cast<void>(m_offline.outbox().remove(seq));
        });
}

void PendingChangesDialog::dismiss()
{
    const int row = m_table->currentRow();
    if (row >= 0 && m_offline.isOpen())
        static_cast<void>(m_offline.outbox().remove(m_model->entryAt(row).seq));
}

void PendingChangesDialog::copyText()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_model->entryAt(row).change.text);
}

void PendingChangesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PendingChangesDialog::retranslateUi()
{
    setWindowTitle(tr("Pending changes"));
    const int waiting = m_offline.isOpen() ? m_offline.outbox().waitingCount() : 0;
    const int settled = m_offline.isOpen() ? m_offline.outbox().settledCount() : 0;
    QStringList parts;
    parts << tr("%n change(s) waiting to be sent", nullptr, waiting);
    if (settled > 0)
        parts << tr("%n need(s) your attention", nullptr, settled);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_table->setEmptyText(tr("Nothing is waiting. Changes made without a connection appear here "
                             "until they are sent."));
    m_sendNow->setText(tr("Send now"));
    m_discard->setText(tr("Discard…"));
    m_dismiss->setText(tr("Dismiss"));
    m_copy->setText(tr("Copy text"));
    m_close->setText(tr("Close"));
}

} // namespace mikro::ui
