#include "services/client/inprocess/InProcessBackend.h"

#include "services/store/Database.h"
#include "services/tm4/Tm4Client.h"

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
    , m_sync(m_context)
{
}

InProcessBackend::~InProcessBackend()
{
    m_context.database().pool().waitForDone();
}

void InProcessBackend::setTm4(tm4::Tm4Client *tm4)
{
    m_projectAdmin.setTm4(tm4);
    m_sync.setTm4(tm4);
}

QString InProcessBackend::describe() const
{
    return QCoreApplication::translate("mikro::client::InProcessBackend", "Database %1")
        .arg(m_context.database().config().describe());
}

} // namespace mikro::client
