#pragma once

#include <Qt>

namespace mikro::models {

/// Roles every table model of Mikro answers besides Qt's own.
enum ItemRoles {
    /// The raw value a column sorts by (cents, a QDateTime, a number): never the display text,
    /// so "US$9.00" sorts below "US$10.00".
    SortRole = Qt::UserRole + 1,
    /// The row's status word in the stored vocabulary ("pending", "paid"…), for status badges.
    StatusRole,
    /// The row's id (a request's or payment's number).
    IdRole,
    /// The cell as a CSV export writes it (UI.md §2.3): amounts as plain decimals with a dot,
    /// ISO 8601 times with their offset, whatever the display language.
    CsvRole,
    /// A fraction from 0 to 1 that a bar draws (a project's progress); none for other cells.
    ProgressRole,
    /// True on a row's first cell while a change to the row waits in the offline outbox (UI.md
    /// §6): the view draws the clock, the tooltip says "Waiting to send".
    WaitingRole,
};

} // namespace mikro::models
