#pragma once

#include <QString>
#include <QStringList>

namespace mikro::store {

/// Splits a migration file into statements, since SQLite runs one statement per call. Knows quoted
/// text, identifiers, comments, PostgreSQL dollar quoting and the BEGIN … END body of a trigger,
/// so a `;` inside any of them does not end a statement. Comments are dropped.
[[nodiscard]] QStringList splitSqlScript(const QString &script);

} // namespace mikro::store
