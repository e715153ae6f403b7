#pragma once

#include "services/client/ChecklistsClient.h"
#include "services/client/offline/KeptReads.h"
#include "services/client/offline/Outbox.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mikro::client {

class OfflineStore;

/// ChecklistsClient that keeps checklist work going without a connection (DESIGN.md §9, UI.md §6).
/// Reads come from the inner backend when it answers and are kept; when it cannot be reached,
/// the kept read is answered instead. Every change of UI.md §6 goes through the outbox: on disk
/// first, then sent in order with its operation id. Sent at once when nothing waits before it
/// and the store answers — its answer, a refusal included, is the call's — else answered as
/// queued (a local id for what it makes) and sent later; what it shows until then is overlaid on
/// the kept reads. Replies that are neither success nor a lost connection settle the change as a
/// conflict or refusal with UI.md §6's words.
class OfflineChecklistsClient : public QObject, public ChecklistsClient
{
    Q_OBJECT
public:
    static constexpr const char *MineKey = "checklists/mine";
    static constexpr const char *ToReviewKey = "checklists/to_review";

    OfflineChecklistsClient(ChecklistsClient &inner, Connectivity &connectivity, KeptReads &kept,
        ChangeFeed &feed, QObject *parent = nullptr);

    /// The signed-in person's file and outbox (both null: signed out, and everything goes
    /// straight to the inner backend). They must outlive the attachment.
    void attach(OfflineStore *store, Outbox *outbox);

    [[nodiscard]] QFuture<core::Result<domain::OwnChecklists>> mine() override;
    [[nodiscard]] QFuture<core::Result<qint64>> start(qint64 templateId) override;
    [[nodiscard]] QFuture<core::Result<void>> setItemDone(
        qint64 checklistId, int itemNumber, bool done) override;
    [[nodiscard]] QFuture<core::Result<qint64>> addComment(
        qint64 checklistId, const QString &text) override;
    [[nodiscard]] QFuture<core::Result<void>> deleteComment(qint64 commentId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::InstanceView>>> toReview() override;
    [[nodiscard]] QFuture<core::Result<void>> confirmItem(
        qint64 checklistId, int itemNumber) override;
    /// Needs a connection (a whole checklist at once is not queued).
    [[nodiscard]] QFuture<core::Result<int>> confirmAll(qint64 checklistId) override;
    [[nodiscard]] QFuture<core::Result<qint64>> apply(
        const ChecklistChange &change, const QUuid &operation) override;

    /// Queues `change` (names filled from the kept reads) and answers as the class says.
    [[nodiscard]] QFuture<core::Result<qint64>> submit(ChecklistChange change);
    /// Sends what waits, in order, while the store answers ("Send now", a retry that is due).
    void sendWaiting();
    /// Whether sending is held until the same person signs in again (the token was refused).
    [[nodiscard]] bool heldForSignIn() const { return m_heldForSignIn; }
    /// A fresh token of the same person: what waits may go again.
    void resume();
    /// Without a session (UI.md §1.1, KeptReads::workingOffline): changes wait in the outbox.
    void setWorkingOffline(bool offline);
    /// Who is signed in: their queued comments show as theirs, their confirmations by name.
    void setPerson(const QString &userId, const QString &name);

signals:
    /// A change was sent after waiting ("3 changes sent" in the status bar).
    void sentAfterWaiting(int count);
    /// A change goes to the store now (Pending changes: Sending), and its answer came (before
    /// the outbox has it: what a crash at that moment leaves to the replay).
    void sending(qint64 seq);
    void answered(qint64 seq);

private:
    struct Outcome
    {
        enum class Kind { Sent, Settled, Waiting };
        Kind kind = Kind::Waiting;
        qint64 id = 0;
        std::optional<core::Error> refusal;
    };

    /// Sends the first waiting entry; its outcome once the outbox has it.
    [[nodiscard]] QFuture<Outcome> sendNext();
    [[nodiscard]] QFuture<Outcome> settleRefusal(const OutboxEntry &entry, const core::Error &e);
    [[nodiscard]] QFuture<Outcome> settle(
        const OutboxEntry &entry, OutboxEntry::State state, const QString &message);
    void publish();
    void fillNames(ChecklistChange &change) const;
    [[nodiscard]] bool sameId(qint64 shown, qint64 named) const;
    void overlayMine(domain::OwnChecklists &own) const;
    void overlayStart(domain::OwnChecklists &own, const OutboxEntry &entry) const;
    /// UI.md §6's words for a confirmation someone else made first, naming them from `others`.
    [[nodiscard]] QString alreadyConfirmedWords(
        const ChecklistChange &confirm, const QList<domain::InstanceView> &others) const;
    /// How a refusal settles the change, with its words (a checklist gone takes the other
    /// changes waiting for it along).
    [[nodiscard]] std::pair<OutboxEntry::State, QString> refusalWords(
        const OutboxEntry &entry, const core::Error &e);
    [[nodiscard]] QString goneWithItsChanges(const OutboxEntry &entry);
    void overlayToReview(QList<domain::InstanceView> &others) const;
    void overlayComments(domain::InstanceView &instance, const OutboxEntry &entry) const;

    ChecklistsClient &m_inner;
    OfflineStore *m_store = nullptr;
    Outbox *m_outbox = nullptr;
    Connectivity &m_connectivity;
    KeptReads &m_kept;
    ChangeFeed &m_feed;
    bool m_sending = false;
    bool m_sendAgain = false; ///< sendWaiting() was asked while a change was out
    bool m_heldForSignIn = false;
    bool m_wasOffline = false;
    QTimer m_due; ///< a change the store asked to wait for (429)
    int m_sentInRound = 0;
    QString m_userId;
    QString m_userName;
    domain::OwnChecklists m_lastMine; ///< names for Pending changes
    QList<domain::InstanceView> m_lastToReview;
};

} // namespace mikro::client
