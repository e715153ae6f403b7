#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/projects/ProjectMembers.h"

#include <QHash>

namespace mikro::models {

/// A project's assignment screen (UI.md §5.3 Members, §5.2): Name · OSM username · Role ·
/// Membership (Editor, Validator or —) · Missing training (the titles of the project's required
/// trainings the person has not passed). Members first by default through the Membership sort.
class ProjectMembersModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Name, OsmUsername, RoleColumn, Membership, MissingTraining };

    explicit ProjectMembersModel(QObject *parent = nullptr);

    /// `trainingTitles`: id → title, for the missing trainings.
    void setMembers(
        const QList<domain::ProjectMember> &members, const QHash<qint64, QString> &trainingTitles);
    [[nodiscard]] const domain::ProjectMember &memberAt(int row) const { return m_rows.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return row; }

private:
    QList<domain::ProjectMember> m_rows;
    QHash<qint64, QString> m_titles;
};

/// "Editor", "Validator", or "—" for no membership.
[[nodiscard]] QString membershipWord(const QString &memberRole);

} // namespace mikro::models
