#include "services/client/inprocess/InProcessChecklistsClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/inprocess/InProcessContext.h"

#include <algorithm>

namespace mikro::client {

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
        return m_checklists.completeItem(caller, checklistId, itemNumber - 1, done);
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
            return m_checklists.confirmItem(caller, checklistId, itemNumber - 1);
        },
        confirmationAreas);
}

QFuture<core::Result<int>> InProcessChecklistsClient::confirmAll(qint64 checklistId)
{
    return change<int>(
        [this, checklistId](
            const domain::Caller &caller) { return m_checklists.confirmAll(caller, checklistId); },
        confirmationAreas);
}

} // namespace mikro::client
