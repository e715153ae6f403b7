#include "models/projects/ProjectMembersModel.h"

#include "models/StatusWords.h"

#include <QCoreApplication>

namespace mikro::models {

QString membershipWord(const QString &memberRole)
{
    if (memberRole == QLatin1StringView("editor"))
        return QCoreApplication::translate("mikro::models::ProjectMembersModel", "Editor");
    if (memberRole == QLatin1StringView("validator"))
        return QCoreApplication::translate("mikro::models::ProjectMembersModel", "Validator");
    return QStringLiteral("—");
}

ProjectMembersModel::ProjectMembersModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Name") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "OSM username") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Role") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Membership") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Missing training") } },
        parent)
{
}

void ProjectMembersModel::setMembers(
    const QList<domain::ProjectMember> &members, const QHash<qint64, QString> &trainingTitles)
{
    beginResetModel();
    m_rows = members;
    m_titles = trainingTitles;
    refreshLocale();
    endResetModel();
}

QVariant ProjectMembersModel::displayOf(int row, int column) const
{
    const domain::ProjectMember &m = m_rows.at(row);
    switch (column) {
    case Name:
        return m.person.name;
    case OsmUsername:
        return m.person.osmUsername;
    case RoleColumn:
        return roleWord(m.person.role);
    case Membership:
        return membershipWord(m.memberRole);
    case MissingTraining: {
        QStringList titles;
        for (const qint64 id : m.missingTrainings)
            titles << m_titles.value(id, QStringLiteral("#%1").arg(id));
        return titles.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant ProjectMembersModel::sortOf(int row, int column) const
{
    const domain::ProjectMember &m = m_rows.at(row);
    if (column == Membership) // members first, validators before editors
        return m.memberRole.isEmpty() ? 2 : m.memberRole == QLatin1StringView("validator") ? 0 : 1;
    if (column == MissingTraining)
        return m.missingTrainings.size();
    return displayOf(row, column);
}

} // namespace mikro::models
