#include "services/client/inprocess/InProcessChecklistsClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/codec/ApiAnswer.h"
#include "services/client/codec/JsonReader.h"
#include "services/client/inprocess/InProcessContext.h"
#include "services/core/Clock.h"
#include "services/core/ErrorStatus.h"
#include "services/store/AppliedOperations.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

/// What the change answered, in the form the server stores (API.md §1.8), so a replay through
/// either backend reads it: 200 with the new id under the change's key, or the error's status
/// and API.md §1.7 body.
store::StoredAnswer storedAnswer(const ChecklistChange &change, const core::Result<qint64> &done)
{
    QJsonObject body;
    int status = 200;
    if (done.ok()) {
        if (const QString key = change.answerIdKey(); !key.isEmpty())
            body.insert(key, done.value());
    } else {
        const core::Error &e = done.error();
        status = core::httpStatusOf(e.kind);
        body = core::apiErrorBody(
            status, e.code, e.message, e.field, QJsonObject::fromVariantMap(e.details));
    }
    return { status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
        false };
}

/// The change's new id (or 0) from a stored answer, whichever backend stored it.
core::Result<qint64> idOf(const ChecklistChange &change, const store::StoredAnswer &answer)
{
    const auto object = answerOf(answer.status, answer.body);
    if (!object.ok())
        return object.error();
    const QString key = change.answerIdKey();
    if (key.isEmpty())
        return qint64(0);
    return readShape<qint64>(object.value(), u"checklist change"_s,
        [&key](JsonReader &io, qint64 &id) { io.integer(key, id); });
}

/// The desktop's clients answer an item's change as done or not; what it did to the checklist is
/// the server's message (API.md §10) and shows in the lists read after it.
core::Result<void> withoutOutcome(const core::Result<domain::ItemOutcome> &changed)
{
    if (!changed.ok())
        return changed.error();
    return {};
}

} // namespace

InProcessChecklistsClient::InProcessChecklistsClient(InProcessContext &context)
    : m_context(context)
    , m_board(context.database(), context.clock())
    , m_checklists(context.database(), context.clock())
    , m_comments(context.database(), context.clock())
{
}

template <typename T, typename Work>
QFuture<core::Result<T>> InProcessChecklistsClient::change(
    Work work, const QList<ChangeFeed::Area> &areas)
{
    return m_context.run<T>([this, work = std::move(work), areas](const domain::Caller &caller) {
        core::Result<T> done = work(caller);
        if (done.ok())
            m_context.feed().announce(areas);
        return done;
    });
}

QFuture<core::Result<domain::OwnChecklists>> InProcessChecklistsClient::mine()
{
    return m_context.run<domain::OwnChecklists>(
        [this](const domain::Caller &caller) -> core::Result<domain::OwnChecklists> {
            auto mine = m_board.mine(caller);
            if (!mine.ok())
                return mine.error();
            auto available = m_board.available(caller);
            if (!available.ok())
                return available.error();
            domain::OwnChecklists own { mine.value(), available.value() };
            std::ranges::sort(own.mine, {}, &domain::InstanceView::id);
            std::ranges::sort(own.available, {}, &domain::TemplateView::id);
            return own;
        });
}

QFuture<core::Result<qint64>> InProcessChecklistsClient::start(qint64 templateId)
{
    return change<qint64>([this, templateId](const domain::Caller &caller) {
        return m_checklists.start(caller, templateId, caller.userId);
    });
}

QFuture<core::Result<void>> InProcessChecklistsClient::setItemDone(
    qint64 checklistId, int itemNumber, bool done)
{
    return change<void>([this, checklistId, itemNumber, done](const domain::Caller &caller) {
        // The service counts items from 0, as the server's route hands them over.
        return withoutOutcome(m_checklists.completeItem(caller, checklistId, itemNumber - 1, done));
    });
}

QFuture<core::Result<qint64>> InProcessChecklistsClient::addComment(
    qint64 checklistId, const QString &text)
{
    return change<qint64>([this, checklistId, text](const domain::Caller &caller) {
        return m_comments.add(caller, checklistId, text);
    });
}

QFuture<core::Result<void>> InProcessChecklistsClient::deleteComment(qint64 commentId)
{
    return change<void>([this, commentId](const domain::Caller &caller) {
        return m_comments.remove(caller, commentId);
    });
}

QFuture<core::Result<QList<domain::InstanceView>>> InProcessChecklistsClient::toReview()
{
    return m_context.run<QList<domain::InstanceView>>(
        [this](const domain::Caller &caller) -> core::Result<QList<domain::InstanceView>> {
            auto others = m_board.others(caller);
            if (!others.ok())
                return others.error();
            std::ranges::sort(others.value(), {}, &domain::InstanceView::id);
            return others;
        });
}

QFuture<core::Result<void>> InProcessChecklistsClient::confirmItem(
    qint64 checklistId, int itemNumber)
{
    return change<void>(
        [this, checklistId, itemNumber](const domain::Caller &caller) {
            return withoutOutcome(m_checklists.confirmItem(caller, checklistId, itemNumber - 1));
        },
        confirmationAreas);
}

core::Result<qint64> InProcessChecklistsClient::applyNow(
    const domain::Caller &caller, const ChecklistChange &change) const
{
    // The services count items from 0, as the server's routes hand them over.
    const auto none = [](const core::Result<void> &done) -> core::Result<qint64> {
        if (!done.ok())
            return done.error();
        return qint64(0);
    };
    switch (change.kind) {
    case ChecklistChange::Kind::Start:
        return m_checklists.start(caller, change.templateId, caller.userId);
    case ChecklistChange::Kind::SetDone:
        return none(withoutOutcome(m_checklists.completeItem(
            caller, change.checklistId, change.itemNumber - 1, change.done)));
    case ChecklistChange::Kind::Confirm:
        return none(withoutOutcome(
            m_checklists.confirmItem(caller, change.checklistId, change.itemNumber - 1)));
    case ChecklistChange::Kind::AddComment:
        return m_comments.add(caller, change.checklistId, change.text);
    case ChecklistChange::Kind::DeleteComment:
        return none(m_comments.remove(caller, change.commentId));
    }
    return qint64(0);
}

QFuture<core::Result<qint64>> InProcessChecklistsClient::apply(
    const ChecklistChange &change, const QUuid &operation)
{
    return m_context.run<qint64>([this, change, operation](
                                     const domain::Caller &caller) -> core::Result<qint64> {
        // The claim is the one the server would make for the same request, so an operation
        // sent first over HTTP answers here alike, and the other way round.
        const QByteArray body = QJsonDocument(change.requestBody()).toJson(QJsonDocument::Compact);
        const store::OperationClaim claim { operation.toString(QUuid::WithoutBraces), caller.userId,
            change.action(), store::AppliedOperations::requestHash(body),
            m_context.clock().nowUtc() };
        const auto answer = store::AppliedOperations::runOnce(m_context.database(), claim,
            [&] { return storedAnswer(change, applyNow(caller, change)); });
        if (!answer.ok())
            return answer.error();
        auto id = idOf(change, answer.value());
        if (id.ok())
            m_context.feed().announce(areasOf(change));
        return id;
    });
}

QFuture<core::Result<int>> InProcessChecklistsClient::confirmAll(qint64 checklistId)
{
    return change<int>(
        [this, checklistId](
            const domain::Caller &caller) { return m_checklists.confirmAll(caller, checklistId); },
        confirmationAreas);
}

} // namespace mikro::client
