#pragma once

#include "services/core/Result.h"
#include "services/domain/projects/Tm4ProjectSource.h"
#include "services/tm4/Tm4Settings.h"
#include "services/tm4/Tm4Transport.h"
#include "services/tm4/Tm4Types.h"

#include <QFuture>
#include <QThread>
#include <QThreadPool>

namespace mikro::tm4 {

/// The TM4 API as Mikro uses it (DESIGN.md §5): typed results, parsing off the network thread.
/// It owns a thread for its network work, so any thread — including one that blocks waiting on
/// a result — may call it. Errors: NotFound `tm4_task_not_found`, Refused
/// `tm4_project_not_found`, UpstreamUnavailable `tm4_unavailable` / `tm4_unauthorized` /
/// `tm4_malformed` / `tm4_unexpected_status`.
class Tm4Client : public domain::Tm4ProjectSource
{
public:
    explicit Tm4Client(Tm4Settings settings);
    ~Tm4Client() override;
    Tm4Client(const Tm4Client &) = delete;
    Tm4Client &operator=(const Tm4Client &) = delete;

    /// `GET /projects/{id}/`: the name and number of tasks (what project creation needs).
    [[nodiscard]] QFuture<core::Result<domain::Tm4ProjectSummary>> projectSummary(
        qint64 projectId) override;
    /// `GET /projects/{id}/tasks/?as_file=false`: every task's current status.
    [[nodiscard]] QFuture<core::Result<QList<TaskState>>> taskStates(
        qint64 projectId, RequestCounter counter = {});
    /// `GET /projects/{id}/tasks/{task}/`: the task's STATE_CHANGE history, newest first.
    [[nodiscard]] QFuture<core::Result<TaskDetail>> taskDetail(
        qint64 projectId, qint64 taskId, RequestCounter counter = {});
    /// `GET /projects/{id}/contributions/`: who touched which tasks (a snapshot; never credited).
    [[nodiscard]] QFuture<core::Result<QList<Contribution>>> contributions(qint64 projectId);
    /// HTTP requests sent so far, retries included.
    [[nodiscard]] quint64 requestsSent() const;

private:
    QThread m_thread;
    QThreadPool m_parsers;
    Tm4Transport *m_transport = nullptr;
};

} // namespace mikro::tm4
