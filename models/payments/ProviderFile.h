#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace mikro::models {

/// The fields of a payment provider's result file that an import reads (API.md §11.1): four
/// required, two optional.
enum class ProviderField { RequestId, Email, Amount, Reference, Currency, Status };
inline constexpr int ProviderFieldCount = 6;

/// Which column of the file holds each field; -1: none (allowed for the optional ones).
struct ProviderColumns
{
    std::array<int, ProviderFieldCount> column { -1, -1, -1, -1, -1, -1 };

    [[nodiscard]] int &operator[](ProviderField f) { return column.at(std::size_t(f)); }
    [[nodiscard]] int operator[](ProviderField f) const { return column.at(std::size_t(f)); }
    /// Every required field has a column, and no column serves two fields.
    [[nodiscard]] bool complete() const;
    bool operator==(const ProviderColumns &) const = default;
};

/// A payment provider's result file as read on this machine, before anything is sent: its header
/// and rows, a guess of which column is which from the header names, and the same file with the
/// chosen columns renamed to the names the import reads, so any provider's layout can be imported
/// without the server knowing it.
class ProviderFile
{
public:
    static constexpr qsizetype MaxRows = 20000;

    /// The file's bytes as CSV with a header row; InvalidInput `invalid_csv` naming the line at
    /// fault, or an empty file.
    [[nodiscard]] static core::Result<ProviderFile> read(const QByteArray &bytes);

    /// Empty before a file was read.
    [[nodiscard]] QStringList header() const { return m_table.value(0); }
    /// -1 before a file was read.
    [[nodiscard]] int rowCount() const { return int(m_table.size() - 1); }
    /// A cell by the file's line number (the header is line 1); empty outside the file.
    [[nodiscard]] QString cell(int line, int column) const;
    /// Columns found by their header names (`request_id`, `Request ID`, `Transfer reference`, …).
    [[nodiscard]] ProviderColumns guess() const;
    /// The header names in lower case: which provider's layout this is, for remembering columns.
    [[nodiscard]] QString layout() const;
    /// The file as the import reads it: the chosen columns' headers renamed to the import's names,
    /// any other column with one of those names renamed out of the way; the rows unchanged.
    [[nodiscard]] QByteArray canonical(const ProviderColumns &columns) const;
    /// Only the rows on `lines`, under the original header: the skipped rows to save.
    [[nodiscard]] QByteArray rowsOn(const QList<int> &lines) const;

private:
    QList<QStringList> m_table;
};

/// The name the import reads a field by (`request_id`, `email`, …).
[[nodiscard]] QString importName(ProviderField field);

} // namespace mikro::models
