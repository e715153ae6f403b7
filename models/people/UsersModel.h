#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/people/PeopleService.h"

namespace mikro::models {

/// The organisation's people for an admin (UI.md §5.2): Name · OSM username · Email · Role ·
/// Projects · Tasks mapped · Task earnings · Payable · Pending · Paid · Last sign-in · Status,
/// with the filters of the page (role, active or deactivated). It shows what the page gives it.
class UsersModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        OsmUsername,
        Email,
        RoleColumn,
        Projects,
        TasksMapped,
        TaskEarnings,
        Payable,
        Pending,
        Paid,
        LastSignIn,
        Status
    };
    enum class Activity { Active, Deactivated, All };

    explicit UsersModel(QObject *parent = nullptr);

    void setPeople(const QList<domain::PersonSummary> &people, const QString &currency);
    /// Which people show: one role (or every role) and an activity.
    void setFilter(std::optional<domain::Role> role, Activity activity);
    [[nodiscard]] const domain::PersonSummary &personAt(int row) const
    {
        return m_all.at(m_shown.at(row));
    }
    [[nodiscard]] const QList<domain::PersonSummary> &everyone() const { return m_all; }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_shown.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_shown.at(row); }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    void applyFilter();
    [[nodiscard]] static std::optional<core::Money> moneyOf(
        const domain::PersonSummary &p, int column);

    QList<domain::PersonSummary> m_all;
    QList<int> m_shown; ///< indexes into m_all
    QString m_currency;
    std::optional<domain::Role> m_role;
    Activity m_activity = Activity::Active;
};

} // namespace mikro::models
