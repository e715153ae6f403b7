#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/projects/ProjectDirectory.h"

namespace mikro::models {

/// "3/5" people on a project with a limit of five, "3" without one (a limit of 0).
[[nodiscard]] QString placesText(int taken, int max, const QLocale &locale);

/// The organisation's projects for an admin (UI.md §5.3): Project · TM4 # · Status · Difficulty
/// · Tasks · Validated % · Mapping rate · Validation rate · Budget · Spent · Used (a bar, "⚠"
/// from 90 %, "Over budget" from 100 %) · Editors n/max · Validators n/max · Last synced, with
/// the page's status filter. It shows what the page gives it.
class OrgProjectsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Tm4Number,
        Status,
        Difficulty,
        Tasks,
        ValidatedPercent,
        MappingRate,
        ValidationRate,
        Budget,
        Spent,
        Used,
        Editors,
        Validators,
        LastSynced,
    };
    enum class Filter { Active, Inactive, Completed, All };

    explicit OrgProjectsModel(QObject *parent = nullptr);

    void setProjects(const QList<domain::ProjectRow> &projects, const QString &currency);
    void setFilter(Filter filter);
    [[nodiscard]] const domain::ProjectRow &projectAt(int row) const
    {
        return m_all.at(m_shown.at(row));
    }
    [[nodiscard]] const QList<domain::ProjectRow> &everyProject() const { return m_all; }
    /// "Active", "Inactive" or "Completed" (completed wins over the rest).
    [[nodiscard]] static QString statusWord(const domain::ProjectRow &project);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_shown.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] QVariant progressOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return projectAt(row).id; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    void applyFilter();

    QList<domain::ProjectRow> m_all;
    QList<int> m_shown; ///< indexes into m_all
    QString m_currency;
    Filter m_filter = Filter::Active;
};

} // namespace mikro::models
