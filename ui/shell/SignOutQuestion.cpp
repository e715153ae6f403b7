#include "ui/shell/SignOutQuestion.h"

#include "services/client/offline/OfflineBackend.h"
#include "services/core/WhenReady.h"
#include "ui/common/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace mikro::ui {

namespace {

/// Removes every change still waiting, then signs out (what was settled goes too: the person
/// chose to leave nothing behind).
void discardThenSignOut(
    client::Outbox &outbox, QWidget *context, const std::function<void()> &signOut)
{
    QList<qint64> waiting;
    for (const client::OutboxEntry &entry : outbox.entries())
        waiting << entry.seq;
    if (waiting.isEmpty()) { // sent meanwhile
        signOut();
        return;
    }
    auto left = std::make_shared<int>(static_cast<int>(waiting.size()));
    for (const qint64 seq : waiting)
        core::whenReady(outbox.remove(seq), context, [left, signOut](const core::Result<void> &) {
            if (--*left == 0)
                signOut();
        });
}

} // namespace

QMessageBox *SignOutQuestion::ask(
    QWidget *parent, client::OfflineBackend *offline, const std::function<void()> &signOut)
{
    const int waiting = offline && offline->isOpen() ? offline->outbox().waitingCount() : 0;
    if (waiting == 0) {
        signOut();
        return nullptr;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out"),
        tr("%n change(s) have not been sent. They stay on this computer and are sent the next "
           "time you sign in.",
            nullptr, waiting),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmSignOutWithChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *leave = box->addButton(tr("Sign out"), QMessageBox::AcceptRole);
    leave->setObjectName(QStringLiteral("signOutKeepingChanges"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelSignOut"));
    QPushButton *discard
        = box->addButton(tr("Discard changes and sign out…"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChangesAndSignOut"));
    box->setDefaultButton(leave);
    QObject::connect(box, &QMessageBox::finished, parent,
        [box, leave, discard, parent, offline, waiting, signOut] {
            if (box->clickedButton() == leave) {
                signOut();
                return;
            }
            if (box->clickedButton() != discard)
                return;
            askToConfirm(parent, QStringLiteral("confirmDiscardChangesAndSignOut"),
                tr("Discard changes"),
                tr("Discard %n change(s) that have not been sent? They will never reach the "
                   "server.",
                    nullptr, waiting),
                tr("Discard and sign out"), [parent, offline, signOut](bool yes) {
                    if (yes && offline->isOpen())
                        discardThenSignOut(offline->outbox(), parent, signOut);
                });
        });
    box->open();
    return box;
}

} // namespace mikro::ui
