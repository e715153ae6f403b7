#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mikro::core {

/// One CSV field as written for spreadsheets and payment providers: RFC 4180 quoting, and text
/// that a spreadsheet would run as a formula (=, +, -, @ first) prefixed with an apostrophe.
[[nodiscard]] QString csvField(const QString &value);
/// A line of fields joined with commas and ended with CRLF.
[[nodiscard]] QString csvLine(const QStringList &fields);

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM) into rows.
/// InvalidInput `invalid_csv` names the line of an unterminated quote or of text after a closing
/// quote. Empty lines are skipped. At most `maxRows` rows.
[[nodiscard]] Result<QList<QStringList>> parseCsv(
    const QByteArray &data, qsizetype maxRows = 100000);

} // namespace mikro::core
