#include "services/store/SqlErrors.h"

#include "services/store/StoreLog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::store {

namespace {

QString constraintName(Constraint constraint)
{
    switch (constraint) {
    case Constraint::None:
        return u"none"_s;
    case Constraint::Unique:
        return u"unique"_s;
    case Constraint::ForeignKey:
        return u"foreign_key"_s;
    case Constraint::Check:
        return u"check"_s;
    case Constraint::NotNull:
        return u"not_null"_s;
    case Constraint::AppendOnly:
        return u"append_only"_s;
    }
    return u"unknown"_s;
}

Constraint fromPostgresState(const QString &state, const QString &text)
{
    if (state == "23505"_L1)
        return Constraint::Unique;
    if (state == "23503"_L1)
        return Constraint::ForeignKey;
    if (state == "23514"_L1)
        return Constraint::Check;
    if (state == "23502"_L1)
        return Constraint::NotNull;
    if (state == "23001"_L1 && text.contains("append-only"_L1))
        return Constraint::AppendOnly;
    return Constraint::None;
}

Constraint fromSqliteText(const QString &text)
{
    // Qt reports SQLite's primary result code (19, SQLITE_CONSTRAINT); the message says which.
    if (text.contains("UNIQUE constraint failed"_L1))
        return Constraint::Unique;
    if (text.contains("FOREIGN KEY constraint failed"_L1))
        return Constraint::ForeignKey;
    if (text.contains("CHECK constraint failed"_L1))
        return Constraint::Check;
    if (text.contains("NOT NULL constraint failed"_L1))
        return Constraint::NotNull;
    if (text.contains("append-only"_L1))
        return Constraint::AppendOnly;
    return Constraint::None;
}

bool isUnavailable(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL: connection exceptions (08xxx), admin shutdown (57P01..03), too many
    // connections (53300), serialization/deadlock (40001/40P01, retryable). SQLite: busy (5),
    // locked (6).
    return error.type() == QSqlError::ConnectionError || code.startsWith("08"_L1)
        || code.startsWith("57P"_L1) || code == "53300"_L1 || code == "40001"_L1
        || code == "40P01"_L1 || code == "5"_L1 || code == "6"_L1;
}

} // namespace

Constraint violatedConstraint(const QSqlError &error)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    const Constraint fromState = fromPostgresState(error.nativeErrorCode(), text);
    return fromState != Constraint::None ? fromState : fromSqliteText(text);
}

core::Error sqlFailure(const QSqlError &error, const QString &statement)
{
    const QString diagnostic = u"%1 [%2] in: %3"_s.arg(
        error.text(), error.nativeErrorCode(), statement.simplified().left(300));
    const Constraint constraint = violatedConstraint(error);
    if (constraint == Constraint::Unique) {
        qCDebug(lcStore) << "unique violation:" << diagnostic;
        core::Error e = core::Error::make(core::ErrorKind::Conflict, "duplicate",
            QCoreApplication::translate("mikro::store", "That already exists."), diagnostic);
        e.details.insert(u"constraint"_s, constraintName(constraint));
        e.cause = core::Cause::DuplicateKey;
        return e;
    }
    if (constraint != Constraint::None) {
        qCWarning(lcStore) << "constraint violation:" << diagnostic;
        core::Error e = core::Error::make(core::ErrorKind::Conflict, "constraint_violation",
            QCoreApplication::translate(
                "mikro::store", "The change conflicts with the stored data and was not made."),
            diagnostic);
        e.details.insert(u"constraint"_s, constraintName(constraint));
        e.cause = core::Cause::ConstraintViolated;
        return e;
    }
    if (isUnavailable(error)) {
        qCWarning(lcStore) << "store unavailable:" << diagnostic;
        core::Error e = core::Error::make(core::ErrorKind::Unavailable, "service_unavailable",
            QCoreApplication::translate(
                "mikro::store", "The database cannot be reached right now. Try again shortly."),
            diagnostic);
        e.cause = core::Cause::StoreUnavailable;
        return e;
    }
    qCWarning(lcStore) << "statement failed:" << diagnostic;
    return core::Error::make(core::ErrorKind::Internal, "internal",
        QCoreApplication::translate("mikro::store", "Something went wrong."), diagnostic);
}

} // namespace mikro::store
