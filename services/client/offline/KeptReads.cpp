#include "services/client/offline/KeptReads.h"

namespace mikro::client {

bool isLostConnection(const core::Error &error)
{
    // The transport's failures and a server (or store) that says it cannot serve now; any other
    // answer is contact, whatever it says.
    return error.kind == core::ErrorKind::Unavailable;
}

KeptReads::KeptReads(Connectivity &connectivity, QObject *parent)
    : QObject(parent)
    , m_connectivity(connectivity)
{
}

void KeptReads::attach(OfflineStore *store)
{
    m_store = store;
    m_copies.clear();
}

core::Error KeptReads::notAsked()
{
    return core::Error::make(core::ErrorKind::Unavailable, "working_offline",
        QCoreApplication::translate(
            "mikro::client::KeptReads", "You are working offline. Sign in to read the latest."));
}

} // namespace mikro::client
