#include "models/projects/ProjectsModel.h"

#include "models/StatusWords.h"

#include <QCoreApplication>

namespace mikro::models {

namespace {

QString projectWord(const char *text)
{
    return QCoreApplication::translate("mikro::models::ProjectsModel", text);
}

} // namespace

ProjectsModel::ProjectsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Project") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "TM4 #"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "My role") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Difficulty") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Mapping rate"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validation rate"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Progress"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "My mapped"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "My validated"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "My earnings"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Training") } },
        parent)
{
}

void ProjectsModel::setMemberProjects(const QList<domain::MemberProject> &projects,
    const QSet<qint64> &passedTrainings, const QString &currency)
{
    reset(projects, true, passedTrainings, currency);
}

void ProjectsModel::setOpenProjects(const QList<domain::ProjectRow> &projects,
    const QSet<qint64> &passedTrainings, const QString &currency)
{
    QList<domain::MemberProject> rows;
    rows.reserve(projects.size());
    for (const domain::ProjectRow &p : projects) {
        domain::MemberProject open;
        open.project = p;
        rows << open;
    }
    reset(std::move(rows), false, passedTrainings, currency);
}

void ProjectsModel::reset(QList<domain::MemberProject> rows, bool members,
    const QSet<qint64> &passed, const QString &currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_members = members;
    m_passed = passed;
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QList<qint64> ProjectsModel::missingTrainings(int row) const
{
    QList<qint64> missing;
    for (const qint64 id : m_rows.at(row).project.requiredTrainings)
        if (!m_passed.contains(id))
            missing << id;
    return missing;
}

QString ProjectsModel::roleWord(const QString &memberRole)
{
    if (memberRole == QLatin1StringView("editor"))
        return projectWord(QT_TRANSLATE_NOOP("mikro::models::ProjectsModel", "Editor"));
    if (memberRole == QLatin1StringView("validator"))
        return projectWord(QT_TRANSLATE_NOOP("mikro::models::ProjectsModel", "Validator"));
    return QStringLiteral("—");
}

double ProjectsModel::progress(int row) const
{
    const domain::ProjectRow &p = m_rows.at(row).project;
    return p.totalTasks > 0 ? std::min(1.0, double(p.validated) / p.totalTasks) : 0.0;
}

QVariant ProjectsModel::displayOf(int row, int column) const
{
    const domain::MemberProject &m = m_rows.at(row);
    const domain::ProjectRow &p = m.project;
    switch (column) {
    case Name:
        return p.name;
    case Tm4Number:
        return QString::number(p.id); // an identifier: no group separators
    case MyRole:
        return roleWord(m.memberRole);
    case Difficulty:
        return difficultyWord(p.difficulty);
    case MappingRate:
        return core::formatMoney(p.mappingRate, m_currency, locale());
    case ValidationRate:
        return core::formatMoney(p.validationRate, m_currency, locale());
    case Progress:
        return locale().toString(qRound(progress(row) * 100)) + QStringLiteral(" %");
    case MyMapped:
        return m_members ? locale().toString(m.tasksMapped) : QString();
    case MyValidated:
        return m_members ? locale().toString(m.tasksApproved) : QString();
    case MyEarnings:
        return m_members ? core::formatMoney(m.earnings, m_currency, locale()) : QString();
    case Training: {
        const auto missing = missingTrainings(row).size();
        if (missing == 0)
            return QStringLiteral("✓");
        return projectWord(QT_TRANSLATE_NOOP("mikro::models::ProjectsModel", "%1 missing"))
            .arg(locale().toString(missing));
    }
    default:
        return {};
    }
}

QVariant ProjectsModel::sortOf(int row, int column) const
{
    const domain::MemberProject &m = m_rows.at(row);
    switch (column) {
    case Tm4Number:
        return m.project.id;
    case MappingRate:
        return m.project.mappingRate.cents();
    case ValidationRate:
        return m.project.validationRate.cents();
    case Progress:
        return progress(row);
    case MyMapped:
        return m.tasksMapped;
    case MyValidated:
        return m.tasksApproved;
    case MyEarnings:
        return m.earnings.cents();
    case Training:
        return missingTrainings(row).size();
    default:
        return displayOf(row, column);
    }
}

QString ProjectsModel::csvOf(int row, int column) const
{
    const domain::MemberProject &m = m_rows.at(row);
    switch (column) {
    case MappingRate:
        return core::toDecimalString(m.project.mappingRate);
    case ValidationRate:
        return core::toDecimalString(m.project.validationRate);
    case MyEarnings:
        return m_members ? core::toDecimalString(m.earnings) : QString();
    case Progress:
        return QString::number(qRound(progress(row) * 100));
    default:
        return RecordTableModel::csvOf(row, column);
    }
}

QVariant ProjectsModel::progressOf(int row, int column) const
{
    return column == Progress ? QVariant(progress(row)) : QVariant();
}

} // namespace mikro::models
