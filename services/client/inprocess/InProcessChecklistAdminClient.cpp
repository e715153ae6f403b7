#include "services/client/inprocess/InProcessChecklistAdminClient.h"

#include "services/client/inprocess/InProcessContext.h"

#include <algorithm>

namespace mikro::client {

InProcessChecklistAdminClient::InProcessChecklistAdminClient(InProcessContext &context)
    : m_context(context)
    , m_board(context.database(), context.clock())
    , m_checklists(context.database(), context.clock())
    , m_admin(context.database(), context.clock())
    , m_items(context.database(), context.clock())
{
}

template <typename T>
core::Result<T> InProcessChecklistAdminClient::announced(core::Result<T> done)
{
    if (done.ok())
        m_context.feed().announce(checklistAdminAreas);
    return done;
}

QFuture<core::Result<OrgChecklists>> InProcessChecklistAdminClient::board()
{
    return m_context.run<OrgChecklists>(
        [this](const domain::Caller &caller) -> core::Result<OrgChecklists> {
            auto templates = m_board.templates(caller);
            if (!templates.ok())
                return templates.error();
            auto others = m_board.others(caller);
            if (!others.ok())
                return others.error();
            OrgChecklists board { templates.value(), others.value() };
            std::ranges::sort(board.templates, {}, &domain::TemplateView::id);
            std::ranges::sort(board.assignments, {}, &domain::InstanceView::id);
            return board;
        });
}

QFuture<core::Result<qint64>> InProcessChecklistAdminClient::create(
    const domain::ChecklistDraft &draft, bool active)
{
    return m_context.run<qint64>(
        [this, draft, active](const domain::Caller &caller) -> core::Result<qint64> {
            const auto id = m_checklists.createTemplate(caller, draft);
            if (id.ok() && active)
                if (auto live = m_checklists.setActive(caller, id.value(), true); !live.ok())
                    return live.error();
            return announced(id);
        });
}

QFuture<core::Result<void>> InProcessChecklistAdminClient::update(
    qint64 templateId, const domain::ChecklistEdit &edit)
{
    return m_context.run<void>([this, templateId, edit](const domain::Caller &caller) {
        return announced(m_admin.update(caller, templateId, edit));
    });
}

QFuture<core::Result<void>> InProcessChecklistAdminClient::editItems(
    qint64 templateId, const domain::ChecklistItemsEdit &edit)
{
    return m_context.run<void>([this, templateId, edit](const domain::Caller &caller) {
        return announced(m_items.edit(caller, templateId, edit));
    });
}

QFuture<core::Result<void>> InProcessChecklistAdminClient::archive(qint64 templateId)
{
    return m_context.run<void>([this, templateId](const domain::Caller &caller) {
        return announced(m_admin.archive(caller, templateId));
    });
}

QFuture<core::Result<QList<domain::ChecklistPerson>>> InProcessChecklistAdminClient::people(
    qint64 templateId)
{
    return m_context.run<QList<domain::ChecklistPerson>>(
        [this, templateId](
            const domain::Caller &caller) { return m_admin.people(caller, templateId); });
}

QFuture<core::Result<qint64>> InProcessChecklistAdminClient::assign(
    qint64 templateId, const QString &userId)
{
    return m_context.run<qint64>([this, templateId, userId](const domain::Caller &caller) {
        return announced(m_checklists.assign(caller, templateId, userId));
    });
}

QFuture<core::Result<void>> InProcessChecklistAdminClient::unassign(
    qint64 templateId, const QString &userId)
{
    return m_context.run<void>([this, templateId, userId](const domain::Caller &caller) {
        return announced(m_admin.unassign(caller, templateId, userId));
    });
}

} // namespace mikro::client
