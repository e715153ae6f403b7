#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>
#include <QVariantMap>

namespace mikro::core {

/// What kind of failure an Error is; each layer above maps it (HTTP status, UI surface) in one
/// place.
enum class ErrorKind {
    InvalidInput,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    Refused,
    RateLimited, ///< too many in too short a time; `details.retry_after_s` says when to retry
    Gone, ///< an action that existed and was withdrawn on purpose
    NotImplemented, ///< an action Mikro answers but does not do (it happens elsewhere)
    UpstreamUnavailable,
    Unavailable,
    Internal,
};

/// What the storage said about a failed statement, for a service that turns it into its own
/// answer (a duplicate key becomes `already_assigned`); None for every other failure.
enum class Cause {
    None,
    DuplicateKey, ///< a unique constraint
    ConstraintViolated, ///< any other constraint (foreign key, check, not null, append-only)
    StoreUnavailable, ///< a lost, refused or busy connection, or a retryable conflict
};

/// A failure as services report it: a machine code (API.md's `error` value) that tests match on,
/// one sentence for a person, the input at fault, public details, and a diagnostic for logs only.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QByteArray code;
    QString message;
    QString field;
    QVariantMap details;
    QString diagnostic;
    Cause cause = Cause::None;

    [[nodiscard]] static Error make(
        ErrorKind kind, QByteArray code, QString message, QString diagnostic = {})
    {
        Error e;
        e.kind = kind;
        e.code = std::move(code);
        e.message = std::move(message);
        e.diagnostic = std::move(diagnostic);
        return e;
    }
    [[nodiscard]] Error withField(QString name) &&
    {
        field = std::move(name);
        return std::move(*this);
    }
};

[[nodiscard]] const char *errorKindName(ErrorKind kind);

} // namespace mikro::core

QDebug operator<<(QDebug debug, const mikro::core::Error &error);
