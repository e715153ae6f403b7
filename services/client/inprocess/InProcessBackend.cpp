#include "services/client/inprocess/InProcessBackend.h"

#include "services/store/Database.h"

#include <QCoreApplication>

namespace mikro::client {

InProcessBackend::InProcessBackend(store::Database &db, const core::Clock &clock)
    : m_context(db, clock, feed())
    , m_account(m_context)
    , m_payouts(m_context)
    , m_dashboards(m_context)
    , m_projects(m_context)
    , m_projectAdmin(m_context)
    , m_checklistAdmin(m_context)
    , m_trainingAdmin(m_context)
    , m_training(m_context)
    , m_checklists(m_context)
    , m_reconciliation(m_context)
    , m_people(m_context)
    , m_audit(m_context)
    , m_review(m_context)
{
}

QString InProcessBackend::describe() const
{
    return QCoreApplication::translate("mikro::client::InProcessBackend", "Database %1")
        .arg(m_context.database().config().describe());
}

} // namespace mikro::client
