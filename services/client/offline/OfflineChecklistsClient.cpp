#include "services/client/offline/OfflineChecklistsClient.h"

#include "services/client/codec/ChecklistCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/offline/Connectivity.h"
#include "services/client/offline/OfflineStore.h"
#include "services/core/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

core::Result<void> withoutValue(const core::Result<qint64> &done)
{
    if (!done.ok())
        return done.error();
    return {};
}

domain::InstanceView::Item *itemOf(domain::InstanceView &instance, int number)
{
    const auto it = std::ranges::find(instance.items, number, &domain::InstanceView::Item::number);
    return it == instance.items.end() ? nullptr : &*it;
}

} // namespace

OfflineChecklistsClient::OfflineChecklistsClient(ChecklistsClient &inner,
    Connectivity &connectivity, KeptReads &kept, ChangeFeed &feed, QObject *parent)
    : QObject(parent)
    , m_inner(inner)
    , m_connectivity(connectivity)
    , m_kept(kept)
    , m_feed(feed)
{
    connect(&m_connectivity, &Connectivity::retryDue, this, &OfflineChecklistsClient::sendWaiting);
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &OfflineChecklistsClient::sendWaiting);
    // Contact again (a page's read answered): what waits goes now, not at the next back-off.
    connect(&m_connectivity, &Connectivity::stateChanged, this, [this](Connectivity::State state) {
        const bool back = m_wasOffline && state != Connectivity::State::Offline;
        m_wasOffline = state == Connectivity::State::Offline;
        if (back)
            sendWaiting();
    });
}

void OfflineChecklistsClient::attach(OfflineStore *store, Outbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_store = store;
    m_outbox = outbox;
    m_sending = false;
    m_sendAgain = false;
    m_heldForSignIn = false;
    m_sentInRound = 0;
    m_lastMine = {};
    m_lastToReview.clear();
    if (m_outbox)
        connect(m_outbox, &Outbox::changed, this, &OfflineChecklistsClient::publish);
    publish();
}

void OfflineChecklistsClient::setPerson(const QString &userId, const QString &name)
{
    m_userId = userId;
    m_userName = name;
}

void OfflineChecklistsClient::publish()
{
    if (!m_outbox) {
        m_connectivity.setOutbox(0, 0, false);
        return;
    }
    m_connectivity.setOutbox(
        m_heldForSignIn ? 0 : m_outbox->waitingCount(), m_outbox->settledCount(), m_sending);
}

bool OfflineChecklistsClient::sameId(qint64 shown, qint64 named) const
{
    return shown == named || (named < 0 && m_outbox && m_outbox->serverId(named) == shown);
}

QFuture<core::Result<domain::OwnChecklists>> OfflineChecklistsClient::mine()
{
    return m_kept.read<domain::OwnChecklists>(
        QString::fromLatin1(MineKey), [this] { return m_inner.mine(); },
        [](const domain::OwnChecklists &own) {
            JsonWriter out = JsonWriter::object();
            writeOwnChecklists(out, own);
            return out.finish();
        },
        [](const QJsonObject &object) { return readOwnChecklists(object); },
        [this](domain::OwnChecklists &own) {
            overlayMine(own);
            m_lastMine = own;
        });
}

QFuture<core::Result<QList<domain::InstanceView>>> OfflineChecklistsClient::toReview()
{
    return m_kept.read<QList<domain::InstanceView>>(
        QString::fromLatin1(ToReviewKey), [this] { return m_inner.toReview(); },
        [](const QList<domain::InstanceView> &others) {
            JsonWriter out = JsonWriter::object();
            writeOthersChecklists(out, others);
            return out.finish();
        },
        [](const QJsonObject &object) { return readOthersChecklists(object); },
        [this](QList<domain::InstanceView> &others) {
            overlayToReview(others);
            m_lastToReview = others;
        });
}

void OfflineChecklistsClient::overlayComments(
    domain::InstanceView &instance, const OutboxEntry &entry) const
{
    const ChecklistChange &c = entry.change;
    if (c.kind == ChecklistChange::Kind::AddComment && sameId(instance.id, c.checklistId)) {
        instance.comments << domain::InstanceView::Comment { entry.localId(), c.text, m_userId,
            m_userName, QString(), entry.queuedAt, true };
        ++instance.commentCount;
        instance.waitingToSend = true;
    }
    if (c.kind == ChecklistChange::Kind::DeleteComment) {
        const auto removed = instance.comments.removeIf(
            [&](const domain::InstanceView::Comment &m) { return sameId(m.id, c.commentId); });
        instance.commentCount -= static_cast<int>(removed);
        instance.waitingToSend = instance.waitingToSend || removed > 0;
    }
}

void OfflineChecklistsClient::overlayStart(
    domain::OwnChecklists &own, const OutboxEntry &entry) const
{
    // A checklist started offline shows with its template's items until the store has it.
    const auto it
        = std::ranges::find(own.available, entry.change.templateId, &domain::TemplateView::id);
    if (it == own.available.end() || m_outbox->serverId(entry.localId()).has_value())
        return;
    domain::InstanceView started;
    started.id = entry.localId();
    started.checklistId = entry.change.templateId;
    started.userId = m_userId;
    started.userName = m_userName;
    started.checklist = *it;
    started.checklist.items.clear();
    for (const domain::TemplateView::Item &i : it->items)
        started.items << domain::InstanceView::Item { 0, i.number, i.action, i.link, QDateTime(),
            QDateTime(), QString(), false };
    started.startedAt = entry.queuedAt;
    started.lastActivityAt = entry.queuedAt;
    started.waitingToSend = true;
    own.mine << started;
    own.available.erase(it);
}

void OfflineChecklistsClient::overlayMine(domain::OwnChecklists &own) const
{
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (entry.state != OutboxEntry::State::Waiting)
            continue;
        const ChecklistChange &c = entry.change;
        if (c.kind == ChecklistChange::Kind::Start) {
            overlayStart(own, entry);
            continue;
        }
        for (domain::InstanceView &instance : own.mine) {
            if (c.kind == ChecklistChange::Kind::SetDone && sameId(instance.id, c.checklistId))
                if (domain::InstanceView::Item *item = itemOf(instance, c.itemNumber)) {
                    item->completedAt = c.done ? entry.queuedAt : QDateTime();
                    item->waitingToSend = true;
                    instance.waitingToSend = true;
                }
            overlayComments(instance, entry);
        }
    }
}

void OfflineChecklistsClient::overlayToReview(QList<domain::InstanceView> &others) const
{
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (entry.state != OutboxEntry::State::Waiting)
            continue;
        const ChecklistChange &c = entry.change;
        for (domain::InstanceView &instance : others) {
            if (c.kind == ChecklistChange::Kind::Confirm && sameId(instance.id, c.checklistId))
                if (domain::InstanceView::Item *item = itemOf(instance, c.itemNumber);
                    item && !item->confirmedAt.isValid()) {
                    item->confirmedAt = entry.queuedAt;
                    item->confirmedBy = m_userName;
                    item->waitingToSend = true;
                    instance.waitingToSend = true;
                }
            overlayComments(instance, entry);
        }
    }
}

void OfflineChecklistsClient::fillNames(ChecklistChange &change) const
{
    if (change.kind == ChecklistChange::Kind::Start) {
        for (const domain::TemplateView &t : m_lastMine.available)
            if (t.id == change.templateId)
                change.checklistName = t.name;
        return;
    }
    for (const QList<domain::InstanceView> *list : { &m_lastMine.mine, &m_lastToReview })
        for (const domain::InstanceView &v : *list)
            if (sameId(v.id, change.checklistId)
                || std::ranges::any_of(v.comments, [&](const auto &m) {
                       return change.commentId != 0 && sameId(m.id, change.commentId);
                   })) {
                change.checklistName = v.checklist.name;
                change.ownerName = list == &m_lastToReview ? v.userName : QString();
            }
}

QFuture<core::Result<qint64>> OfflineChecklistsClient::start(qint64 templateId)
{
    ChecklistChange c;
    c.kind = ChecklistChange::Kind::Start;
    c.templateId = templateId;
    return submit(c);
}

QFuture<core::Result<void>> OfflineChecklistsClient::setItemDone(
    qint64 checklistId, int itemNumber, bool done)
{
    ChecklistChange c;
    c.kind = ChecklistChange::Kind::SetDone;
    c.checklistId = checklistId;
    c.itemNumber = itemNumber;
    c.done = done;
    return submit(c).then(withoutValue);
}

QFuture<core::Result<qint64>> OfflineChecklistsClient::addComment(
    qint64 checklistId, const QString &text)
{
    ChecklistChange c;
    c.kind = ChecklistChange::Kind::AddComment;
    c.checklistId = checklistId;
    c.text = text;
    return submit(c);
}

QFuture<core::Result<void>> OfflineChecklistsClient::deleteComment(qint64 commentId)
{
    ChecklistChange c;
    c.kind = ChecklistChange::Kind::DeleteComment;
    c.commentId = commentId;
    return submit(c).then(withoutValue);
}

QFuture<core::Result<void>> OfflineChecklistsClient::confirmItem(qint64 checklistId, int itemNumber)
{
    ChecklistChange c;
    c.kind = ChecklistChange::Kind::Confirm;
    c.checklistId = checklistId;
    c.itemNumber = itemNumber;
    return submit(c).then(withoutValue);
}

QFuture<core::Result<int>> OfflineChecklistsClient::confirmAll(qint64 checklistId)
{
    return m_inner.confirmAll(checklistId);
}

QFuture<core::Result<qint64>> OfflineChecklistsClient::apply(
    const ChecklistChange &change, const QUuid &operation)
{
    return m_inner.apply(change, operation);
}

QFuture<core::Result<qint64>> OfflineChecklistsClient::submit(ChecklistChange change)
{
    if (!m_outbox)
        return m_inner.apply(change, QUuid::createUuid());
    fillNames(change);
    return m_outbox->enqueue(change)
        .then(this,
            [this](const core::Result<OutboxEntry> &queued) -> QFuture<core::Result<qint64>> {
                if (!queued.ok())
                    return ready(core::Result<qint64>(queued.error()));
                const OutboxEntry &entry = queued.value();
                const qint64 shownId = entry.change.createsId() ? entry.localId() : 0;
                const OutboxEntry *head = m_outbox->next();
                const bool first = head && head->seq == entry.seq;
                if (!first || m_sending || m_heldForSignIn || m_kept.workingOffline()
                    || !m_connectivity.reachable()) {
                    // Queued behind others, or no connection: shown as done, sent later.
                    m_feed.announce(areasOf(entry.change));
                    if (m_connectivity.reachable())
                        sendWaiting();
                    return ready(core::Result<qint64>(shownId));
                }
                return sendNext().then(
                    this, [this, shownId, entry](const Outcome &outcome) -> core::Result<qint64> {
                        sendWaiting(); // what came in meanwhile
                        switch (outcome.kind) {
                        case Outcome::Kind::Sent:
                            return outcome.id;
                        case Outcome::Kind::Settled:
                            // Answered at once: the refusal is this call's, not a pending
                            // change to dismiss later.
                            if (m_outbox)
                                static_cast<void>(m_outbox->remove(entry.seq));
                            return *outcome.refusal;
                        case Outcome::Kind::Waiting:
                            m_feed.announce(areasOf(entry.change));
                            return shownId;
                        }
                        return shownId;
                    });
            })
        .unwrap();
}

void OfflineChecklistsClient::setWorkingOffline(bool offline)
{
    m_kept.setWorkingOffline(offline);
    publish();
}

void OfflineChecklistsClient::sendWaiting()
{
    if (m_sending) {
        m_sendAgain = true; // asked while a change is out (Send now, a retry): once it is back
        return;
    }
    if (!m_outbox || m_heldForSignIn || m_kept.workingOffline())
        return;
    const OutboxEntry *head = m_outbox->next();
    if (!head) {
        if (m_sentInRound > 0)
            emit sentAfterWaiting(std::exchange(m_sentInRound, 0));
        publish();
        return;
    }
    // Offline, a send is the probe: it goes when asked (the back-off's retry, Send now). Online,
    // a change the store asked to wait (429) goes when it is due.
    const QDateTime now = m_connectivity.clock().nowUtc();
    if (m_connectivity.reachable() && head->nextAttemptAt > now) {
        m_due.start(
            std::chrono::milliseconds(std::max<qint64>(1, now.msecsTo(head->nextAttemptAt))));
        return;
    }
    m_sendAgain = false; // this send answers any earlier asking
    static_cast<void>(sendNext().then(this, [this](const Outcome &outcome) {
        if (outcome.kind == Outcome::Kind::Sent)
            ++m_sentInRound;
        // Waiting with the store in reach is a change it asked to wait for (429): sendWaiting
        // times it. Out of reach, the back-off's probe sends again.
        const bool askedMeanwhile = std::exchange(m_sendAgain, false);
        if (outcome.kind != Outcome::Kind::Waiting || m_connectivity.reachable() || askedMeanwhile)
            sendWaiting();
    }));
}

void OfflineChecklistsClient::resume()
{
    m_heldForSignIn = false;
    publish();
    sendWaiting();
}

QFuture<OfflineChecklistsClient::Outcome> OfflineChecklistsClient::sendNext()
{
    const OutboxEntry *head = m_outbox ? m_outbox->next() : nullptr;
    if (!head || m_sending)
        return ready(Outcome {}); // one change in flight at a time: the order is kept
    const OutboxEntry entry = *head;
    const std::optional<ChecklistChange> change = m_outbox->resolved(entry.change);
    if (!change)
        return settle(entry, OutboxEntry::State::Refused,
            tr("'%1' was never created on the server, so this change was not applied.")
                .arg(entry.change.checklistName));
    m_sending = true;
    publish();
    emit sending(entry.seq);
    return m_inner.apply(*change, entry.operation)
        .then(this,
            [this, entry, outbox = QPointer<Outbox>(m_outbox)](
                const core::Result<qint64> &answer) -> QFuture<Outcome> {
                // Still "sending" until the outbox has the outcome: a second send of the same
                // change meanwhile would only be answered again, but it would be a second send.
                emit answered(entry.seq);
                if (!outbox || outbox != m_outbox)
                    return ready(Outcome {}); // signed out meanwhile: the file replays it later
                if (answer.ok()) {
                    m_connectivity.contactMade();
                    const qint64 id = answer.value();
                    return m_outbox->markSent(entry.seq, id).then([id](const core::Result<void> &) {
                        return Outcome { Outcome::Kind::Sent, id, std::nullopt };
                    });
                }
                const core::Error &e = answer.error();
                if (isLostConnection(e)) {
                    m_connectivity.contactLost();
                    return m_outbox->markRetry(entry.seq, m_connectivity.nextRetry(), e.message)
                        .then([](const core::Result<void> &) { return Outcome {}; });
                }
                m_connectivity.contactMade();
                if (e.kind == core::ErrorKind::Unauthenticated) {
                    // Sent only with a fresh token of the same person (DESIGN.md §9): held
                    // until they sign in again.
                    m_heldForSignIn = true;
                    publish();
                    return ready(Outcome {});
                }
                if (e.kind == core::ErrorKind::RateLimited) {
                    const qint64 wait = e.details.value(u"retry_after_s"_s).toLongLong();
                    return m_outbox
                        ->markRetry(entry.seq,
                            m_connectivity.clock().nowUtc().addSecs(qMax<qint64>(wait, 1)),
                            e.message)
                        .then([](const core::Result<void> &) { return Outcome {}; });
                }
                return settleRefusal(entry, e);
            })
        .unwrap()
        .then(this, [this](const Outcome &outcome) {
            m_sending = false;
            publish();
            return outcome;
        });
}

QFuture<OfflineChecklistsClient::Outcome> OfflineChecklistsClient::settle(
    const OutboxEntry &entry, OutboxEntry::State state, const QString &message)
{
    if (!m_outbox)
        return ready(Outcome {});
    return m_outbox->settle(entry.seq, state, message).then([message](const core::Result<void> &) {
        return Outcome { Outcome::Kind::Settled, 0,
            core::Error::make(core::ErrorKind::Conflict, "not_applied", message) };
    });
}

QString OfflineChecklistsClient::alreadyConfirmedWords(
    const ChecklistChange &confirm, const QList<domain::InstanceView> &others) const
{
    QString who;
    QDateTime at;
    for (const domain::InstanceView &v : others) {
        if (!sameId(v.id, confirm.checklistId))
            continue;
        const auto item
            = std::ranges::find(v.items, confirm.itemNumber, &domain::InstanceView::Item::number);
        if (item != v.items.end()) {
            who = item->confirmedBy;
            at = item->confirmedAt;
        }
    }
    if (who.isEmpty())
        return tr("Item %1 of '%2' was already confirmed — nothing was lost.")
            .arg(confirm.itemNumber)
            .arg(confirm.checklistName);
    return tr("Item %1 of '%2' was already confirmed by %3 at %4 — nothing was lost.")
        .arg(confirm.itemNumber)
        .arg(confirm.checklistName, who,
            QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat));
}

QString OfflineChecklistsClient::goneWithItsChanges(const OutboxEntry &entry)
{
    // Everything else waiting for the same checklist goes with it, in one message.
    const ChecklistChange &c = entry.change;
    QList<qint64> same { entry.seq };
    for (const OutboxEntry &other : m_outbox->entries())
        if (other.seq != entry.seq && other.state == OutboxEntry::State::Waiting
            && other.change.kind != ChecklistChange::Kind::Start && c.checklistId != 0
            && other.change.checklistId == c.checklistId)
            same << other.seq;
    const int n = static_cast<int>(same.size());
    QString message = c.ownerName.isEmpty()
        ? tr("'%1' no longer exists; %n change(s) were not applied.", nullptr, n)
              .arg(c.checklistName)
        : tr("'%1' no longer exists for %2; %n change(s) were not applied.", nullptr, n)
              .arg(c.checklistName, c.ownerName);
    for (const qint64 seq : std::as_const(same))
        if (seq != entry.seq)
            static_cast<void>(m_outbox->settle(seq, OutboxEntry::State::Refused, message));
    return message;
}

std::pair<OutboxEntry::State, QString> OfflineChecklistsClient::refusalWords(
    const OutboxEntry &entry, const core::Error &e)
{
    const ChecklistChange &c = entry.change;
    if (c.kind == ChecklistChange::Kind::Confirm && e.code == "item_not_completed")
        return { OutboxEntry::State::Refused,
            tr("%1 marked item %2 as not done before your confirmation arrived; it was not "
               "confirmed.")
                .arg(c.ownerName)
                .arg(c.itemNumber) };
    if (c.kind == ChecklistChange::Kind::SetDone && e.code == "already_confirmed")
        return { OutboxEntry::State::Conflict,
            tr("Item %1 of '%2' was confirmed before your change arrived; it stays done.")
                .arg(c.itemNumber)
                .arg(c.checklistName) };
    if (e.kind == core::ErrorKind::NotFound && c.kind != ChecklistChange::Kind::Start)
        return { OutboxEntry::State::Refused, goneWithItsChanges(entry) };
    if (e.kind == core::ErrorKind::Forbidden)
        return { OutboxEntry::State::Refused,
            c.kind == ChecklistChange::Kind::Confirm
                ? tr("You can no longer confirm checklists; %n change(s) were not applied.",
                    nullptr, 1)
                : tr("You can no longer work on this checklist; %n change(s) were not applied.",
                    nullptr, 1) };
    return { OutboxEntry::State::Refused, e.message };
}

QFuture<OfflineChecklistsClient::Outcome> OfflineChecklistsClient::settleRefusal(
    const OutboxEntry &entry, const core::Error &e)
{
    const auto settledWith = [e](const Outcome &o) {
        Outcome out = o;
        out.refusal = e; // the call's own answer is the server's words
        return out;
    };
    if (entry.change.kind == ChecklistChange::Kind::Confirm && e.code == "already_confirmed") {
        // Who confirmed it, and when, from the checklist as it is now.
        return m_inner.toReview()
            .then(this,
                [this, entry](const core::Result<QList<domain::InstanceView>> &others) {
                    return settle(entry, OutboxEntry::State::Conflict,
                        alreadyConfirmedWords(entry.change,
                            others.ok() ? others.value() : QList<domain::InstanceView> {}));
                })
            .unwrap()
            .then(settledWith);
    }
    const auto [state, message] = refusalWords(entry, e);
    return settle(entry, state, message).then(settledWith);
}

} // namespace mikro::client
