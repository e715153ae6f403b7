#pragma once

#include "services/client/ChangeFeed.h"

#include <QString>

namespace mikro::client {

class AccountClient;
class ChecklistsClient;
class DashboardsClient;
class PayoutsClient;
class PeopleClient;
class AuditClient;
class ReviewClient;
class ProjectsClient;
class ProjectAdminClient;
class ChecklistAdminClient;
class TrainingAdminClient;
class ReconciliationClient;
class TrainingClient;
class SyncClient;
class OfflineBackend;

/// The desktop's one connection (DESIGN.md §2.1): one client per area and the change feed they
/// announce on. HttpBackend (the default) speaks to mikro-server; InProcessBackend runs the
/// domain on a store. Pages hold a Backend and never know which one it is.
class Backend
{
public:
    Backend() = default;
    Backend(const Backend &) = delete;
    Backend &operator=(const Backend &) = delete;
    virtual ~Backend() = default;

    [[nodiscard]] virtual AccountClient &account() = 0;
    [[nodiscard]] virtual PayoutsClient &payouts() = 0;
    [[nodiscard]] virtual DashboardsClient &dashboards() = 0;
    [[nodiscard]] virtual ProjectsClient &projects() = 0;
    [[nodiscard]] virtual ProjectAdminClient &projectAdmin() = 0;
    [[nodiscard]] virtual ChecklistAdminClient &checklistAdmin() = 0;
    [[nodiscard]] virtual TrainingAdminClient &trainingAdmin() = 0;
    [[nodiscard]] virtual TrainingClient &training() = 0;
    [[nodiscard]] virtual ChecklistsClient &checklists() = 0;
    [[nodiscard]] virtual ReconciliationClient &reconciliation() = 0;
    [[nodiscard]] virtual PeopleClient &people() = 0;
    [[nodiscard]] virtual AuditClient &audit() = 0;
    [[nodiscard]] virtual ReviewClient &review() = 0;
    [[nodiscard]] virtual SyncClient &sync() = 0;
    [[nodiscard]] ChangeFeed &feed() { return m_feed; }
    /// Where the data lives, for the status bar and Settings ("mikro-server at https://…").
    [[nodiscard]] virtual QString describe() const = 0;
    /// The offline layer (its outbox and connection state) when this backend is one, else null.
    [[nodiscard]] virtual OfflineBackend *offline() { return nullptr; }

private:
    ChangeFeed m_feed;
};

} // namespace mikro::client
