#include "services/core/Error.h"

namespace mikro::core {

const char *errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return "InvalidInput";
    case ErrorKind::Unauthenticated:
        return "Unauthenticated";
    case ErrorKind::Forbidden:
        return "Forbidden";
    case ErrorKind::NotFound:
        return "NotFound";
    case ErrorKind::Conflict:
        return "Conflict";
    case ErrorKind::Refused:
        return "Refused";
    case ErrorKind::RateLimited:
        return "RateLimited";
    case ErrorKind::Gone:
        return "Gone";
    case ErrorKind::NotImplemented:
        return "NotImplemented";
    case ErrorKind::UpstreamUnavailable:
        return "UpstreamUnavailable";
    case ErrorKind::Unavailable:
        return "Unavailable";
    case ErrorKind::Internal:
        return "Internal";
    }
    return "Unknown";
}

} // namespace mikro::core

QDebug operator<<(QDebug debug, const mikro::core::Error &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << mikro::core::errorKindName(error.kind) << ", " << error.code;
    if (!error.field.isEmpty())
        debug << ", field=" << error.field;
    debug << ", " << error.message;
    if (!error.diagnostic.isEmpty())
        debug << ", diagnostic=" << error.diagnostic;
    debug << ')';
    return debug;
}
