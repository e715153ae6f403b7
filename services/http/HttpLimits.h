#pragma once

#include <QtGlobal>

#include <chrono>

namespace mikro::http {

using namespace std::chrono_literals;

/// Bounds that keep one client from holding the server's memory or connections.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; ///< request line + headers; larger → 431
    qsizetype maxBodyBytes = 1024 * 1024; ///< declared or received body; larger → 413
    std::chrono::milliseconds headerTimeout
        = 10s; ///< from a request's first byte to its last header
    std::chrono::milliseconds bodyTimeout
        = 30s; ///< from the end of the header to the end of the body
    std::chrono::milliseconds idleTimeout = 60s; ///< keep-alive wait for the next request
    std::chrono::milliseconds shutdownGrace = 10s; ///< in-flight requests get this long on shutdown
    int maxConnections = 10000; ///< beyond it a new connection gets 503 and is closed
    /// Per client address (0: no limit); beyond it a new connection gets 503 and is closed.
    /// Behind a proxy every client has the proxy's address: raise it or turn it off there.
    int maxConnectionsPerClient = 256;
    int workerThreads = 0; ///< 0 = one per core
};

} // namespace mikro::http
