#include "models/projects/ValidatorProjectsModel.h"

#include "models/projects/ProjectsModel.h"

namespace mikro::models {

ValidatorProjectsModel::ValidatorProjectsModel(QObject *parent)
    : RecordTableModel(
        { { QT_TRANSLATE_NOOP("mikro::models::Columns", "Project") },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "My role") },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Mapping rate"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validation rate"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Tasks"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "My mapped"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validated by me"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Invalidated by me"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "My earnings"), true } },
        parent)
{
}

void ValidatorProjectsModel::setProjects(
    const QList<domain::MemberProject> &projects, const QString &currency)
{
    beginResetModel();
    m_rows = projects;
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QVariant ValidatorProjectsModel::displayOf(int row, int column) const
{
    const domain::MemberProject &m = m_rows.at(row);
    switch (column) {
    case Name:
        return m.project.name;
    case MyRole:
        return ProjectsModel::roleWord(m.memberRole);
    case MappingRate:
        return core::formatMoney(m.project.mappingRate, m_currency, locale());
    case ValidationRate:
        return core::formatMoney(m.project.validationRate, m_currency, locale());
    case Tasks:
        return locale().toString(m.project.totalTasks);
    case MyMapped:
        return locale().toString(m.tasksMapped);
    case ValidatedByMe:
        return locale().toString(m.validationsMade);
    case InvalidatedByMe:
        return locale().toString(m.invalidationsMade);
    case MyEarnings:
        return core::formatMoney(m.earnings, m_currency, locale());
    default:
        return {};
    }
}

QVariant ValidatorProjectsModel::sortOf(int row, int column) const
{
    const domain::MemberProject &m = m_rows.at(row);
    switch (column) {
    case Name:
        return m.project.name.toLower();
    case MappingRate:
        return m.project.mappingRate.cents();
    case ValidationRate:
        return m.project.validationRate.cents();
    case Tasks:
        return m.project.totalTasks;
    case MyMapped:
        return m.tasksMapped;
    case ValidatedByMe:
        return m.validationsMade;
    case InvalidatedByMe:
        return m.invalidationsMade;
    case MyEarnings:
        return m.earnings.cents();
    default:
        return displayOf(row, column);
    }
}

QString ValidatorProjectsModel::csvOf(int row, int column) const
{
    const domain::MemberProject &m = m_rows.at(row);
    switch (column) {
    case MappingRate:
        return core::toDecimalString(m.project.mappingRate);
    case ValidationRate:
        return core::toDecimalString(m.project.validationRate);
    case MyEarnings:
        return core::toDecimalString(m.earnings);
    default:
        return RecordTableModel::csvOf(row, column);
    }
}

} // namespace mikro::models
