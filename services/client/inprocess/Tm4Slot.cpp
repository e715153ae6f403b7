#include "services/client/inprocess/Tm4Slot.h"

#include <QCoreApplication>

namespace mikro::client {

QFuture<core::Result<domain::Tm4ProjectSummary>> Tm4Slot::projectSummary(qint64 projectId)
{
    if (domain::Tm4ProjectSource *source = m_source.load())
        return source->projectSummary(projectId);
    return QtFuture::makeReadyFuture(core::Result<domain::Tm4ProjectSummary>(
        core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_not_configured",
            QCoreApplication::translate("mikro::client::Tm4Slot",
                "No Tasking Manager is configured for this connection. Set connection/tm4ApiUrl "
                "in the desktop's settings file, or connect through mikro-server."))));
}

} // namespace mikro::client
