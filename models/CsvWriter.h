#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace mikro::models {

/// A table model as CSV (UI.md §2.3): UTF-8, a header row of the translated column names, then
/// every row's CsvRole values (plain decimal amounts, ISO 8601 times with their offset), quoted
/// where a value holds a comma, a quote or a line break; CRLF line ends.
[[nodiscard]] QByteArray modelAsCsv(const QAbstractItemModel &model);

} // namespace mikro::models
