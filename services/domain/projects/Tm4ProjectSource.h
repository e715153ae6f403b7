#pragma once

#include "services/core/Result.h"

#include <QFuture>
#include <QString>

namespace mikro::domain {

/// What Mikro reads from TM4 when a project is created: its name and its number of tasks.
struct Tm4ProjectSummary
{
    QString name;
    int totalTasks = 0;
};

/// The TM4 side of project creation; the TM4 client (services/tm4) implements it, tests give a
/// double. Errors: Refused `tm4_project_not_found`, UpstreamUnavailable `tm4_unavailable`.
class Tm4ProjectSource
{
public:
    virtual ~Tm4ProjectSource() = default;
    [[nodiscard]] virtual QFuture<core::Result<Tm4ProjectSummary>> projectSummary(qint64 projectId)
        = 0;
};

} // namespace mikro::domain
