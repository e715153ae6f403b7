#pragma once

#include "services/client/AccountClient.h"
#include "services/client/Backend.h"
#include "services/client/offline/Connectivity.h"
#include "services/client/offline/KeptReads.h"
#include "services/client/offline/OfflineChecklistsClient.h"
#include "services/client/offline/OfflineReads.h"
#include "services/client/offline/OfflineStore.h"
#include "services/client/offline/Outbox.h"

#include <memory>

namespace mikro::client {

/// The offline layer around either backend (DESIGN.md §9): checklist work through
/// OfflineChecklistsClient — kept reads, the durable outbox, replay with operation ids — the
/// person's own dashboard, money, projects and training read from kept copies when the store
/// cannot be reached (OfflineReads), and the connection's state for the indicator; every other
/// area straight through to the inner backend, whose announcements it passes on. The file is the
/// signed-in person's: open() it at sign-in, close() it at sign-out; without one, checklist work
/// goes straight through too.
class OfflineBackend : public Backend
{
public:
    /// `inner` stays owned by the caller. Destroy it first: its calls still in flight then end
    /// while this, which follows them, is still there.
    OfflineBackend(Backend &inner, const core::Clock &clock);
    ~OfflineBackend() override;

    /// Opens the person's file (OfflineStore::pathFor) and reads its outbox; sends what waits.
    [[nodiscard]] QFuture<core::Result<void>> open(const QString &offlineFile);
    /// Closes the file; what waits stays in it for the person's next sign-in.
    void close();
    [[nodiscard]] bool isOpen() const { return m_outbox != nullptr; }

    /// The signed-in person's account as last read, kept in their file for starting offline
    /// (UI.md §1.1; their own profile and figures, nothing of anyone else's).
    [[nodiscard]] QFuture<core::Result<void>> keepAccount(const AccountDetails &details);
    /// The account kept in the open file; none when nothing was kept.
    [[nodiscard]] QFuture<core::Result<std::optional<AccountDetails>>> keptAccount();
    /// Working offline without a session (UI.md §1.1): checklist reads come from the kept
    /// copies and every change waits in the outbox until the same person signs in again.
    void setWorkingOffline(bool offline);
    [[nodiscard]] bool workingOffline() const { return m_kept.workingOffline(); }
    /// When the kept copy the last read of `key` answered with was read (KeptReads::copyAt).
    [[nodiscard]] std::optional<QDateTime> keptCopyAt(const QString &key) const
    {
        return m_kept.copyAt(key);
    }

    [[nodiscard]] AccountClient &account() override { return m_inner.account(); }
    [[nodiscard]] PayoutsClient &payouts() override { return m_payouts; }
    [[nodiscard]] DashboardsClient &dashboards() override { return m_dashboards; }
    [[nodiscard]] ProjectsClient &projects() override { return m_projects; }
    [[nodiscard]] ProjectAdminClient &projectAdmin() override { return m_inner.projectAdmin(); }
    [[nodiscard]] ChecklistAdminClient &checklistAdmin() override
    {
        return m_inner.checklistAdmin();
    }
    [[nodiscard]] TrainingAdminClient &trainingAdmin() override { return m_inner.trainingAdmin(); }
    [[nodiscard]] TrainingClient &training() override { return m_training; }
    [[nodiscard]] ChecklistsClient &checklists() override { return m_checklists; }
    [[nodiscard]] ReconciliationClient &reconciliation() override
    {
        return m_inner.reconciliation();
    }
    [[nodiscard]] PeopleClient &people() override { return m_inner.people(); }
    [[nodiscard]] AuditClient &audit() override { return m_inner.audit(); }
    [[nodiscard]] ReviewClient &review() override { return m_inner.review(); }
    [[nodiscard]] SyncClient &sync() override { return m_inner.sync(); }
    [[nodiscard]] QString describe() const override { return m_inner.describe(); }
    [[nodiscard]] OfflineBackend *offline() override { return this; }

    /// The open file's outbox (open() first).
    [[nodiscard]] Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] Connectivity &connectivity() { return m_connectivity; }
    [[nodiscard]] OfflineChecklistsClient &offlineChecklists() { return m_checklists; }

private:
    Backend &m_inner;
    const core::Clock &m_clock;
    Connectivity m_connectivity;
    KeptReads m_kept;
    OfflineChecklistsClient m_checklists;
    OfflineDashboardsClient m_dashboards;
    OfflinePayoutsClient m_payouts;
    OfflineProjectsClient m_projects;
    OfflineTrainingClient m_training;
    std::unique_ptr<OfflineStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace mikro::client
