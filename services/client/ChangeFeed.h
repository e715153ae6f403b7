#pragma once

#include <QList>
#include <QObject>

namespace mikro::client {

/// What a successful command touched (DESIGN.md §2.1), so that the pages showing it reload.
/// Announced by either backend after the change is committed; safe to call from any thread (the
/// signal reaches receivers on their own threads).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class Area {
        Account,
        People,
        Projects,
        Payouts,
        Reconciliation,
        Training,
        Checklists,
        Review,
        Sync,
        Audit,
        Dashboards,
    };
    Q_ENUM(Area)

    using QObject::QObject;

    void announce(const QList<Area> &areas) { emit changed(areas); }

signals:
    void changed(const QList<mikro::client::ChangeFeed::Area> &areas);
};

} // namespace mikro::client
