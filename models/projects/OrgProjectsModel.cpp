#include "models/projects/OrgProjectsModel.h"

#include "models/StatusWords.h"

#include <QCoreApplication>

namespace mikro::models {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("mikro::models::OrgProjectsModel", text);
}

double validatedShare(const domain::ProjectRow &p)
{
    return p.totalTasks > 0 ? std::min(1.0, double(p.validated) / p.totalTasks) : 0.0;
}

} // namespace

OrgProjectsModel::OrgProjectsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Project") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "TM4 #"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Difficulty") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Tasks"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validated %"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Mapping rate"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validation rate"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Budget"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Spent"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Used"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Editors"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validators"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Last synced") } },
        parent)
{
}

void OrgProjectsModel::setProjects(
    const QList<domain::ProjectRow> &projects, const QString &currency)
{
    beginResetModel();
    m_all = projects;
    m_currency = currency;
    refreshLocale();
    applyFilter();
    endResetModel();
}

void OrgProjectsModel::setFilter(Filter filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void OrgProjectsModel::applyFilter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const domain::ProjectRow &p = m_all.at(i);
        const bool shown = m_filter == Filter::All || (m_filter == Filter::Completed && p.completed)
            || (m_filter == Filter::Active && p.active && !p.completed)
            || (m_filter == Filter::Inactive && !p.active && !p.completed);
        if (shown)
            m_shown << i;
    }
}

QString OrgProjectsModel::statusWord(const domain::ProjectRow &project)
{
    if (project.completed)
        return word(QT_TRANSLATE_NOOP("mikro::models::OrgProjectsModel", "Completed"));
    return project.active ? word(QT_TRANSLATE_NOOP("mikro::models::OrgProjectsModel", "Active"))
                          : word(QT_TRANSLATE_NOOP("mikro::models::OrgProjectsModel", "Inactive"));
}

QString OrgProjectsModel::statusOf(int row) const
{
    const domain::ProjectRow &p = projectAt(row);
    return p.completed ? QStringLiteral("completed")
        : p.active     ? QStringLiteral("active")
                       : QStringLiteral("inactive");
}

QString placesText(int taken, int max, const QLocale &locale)
{
    return max > 0 ? QStringLiteral("%1/%2").arg(locale.toString(taken), locale.toString(max))
                   : locale.toString(taken);
}

QVariant OrgProjectsModel::displayOf(int row, int column) const
{
    const domain::ProjectRow &p = projectAt(row);
    switch (column) {
    case Name:
        return p.name;
    case Tm4Number:
        return QString::number(p.id); // an identifier: no group separators
    case Status:
        return statusWord(p);
    case Difficulty:
        return difficultyWord(p.difficulty);
    case Tasks:
        return locale().toString(p.totalTasks);
    case ValidatedPercent:
        return locale().toString(qRound(validatedShare(p) * 100)) + QStringLiteral(" %");
    case MappingRate:
        return core::formatMoney(p.mappingRate, m_currency, locale());
    case ValidationRate:
        return core::formatMoney(p.validationRate, m_currency, locale());
    case Budget:
        return core::formatMoney(p.budget, m_currency, locale());
    case Spent:
        return core::formatMoney(p.spent, m_currency, locale());
    case Used: {
        const int used = p.budgetUsedPercent();
        if (used >= 100)
            return word(QT_TRANSLATE_NOOP("mikro::models::OrgProjectsModel", "Over budget"));
        const QString percent = locale().toString(used) + QStringLiteral(" %");
        return p.budgetWarning() ? QStringLiteral("⚠ ") + percent : percent;
    }
    case Editors:
        return placesText(p.editors, p.maxEditors, locale());
    case Validators:
        return placesText(p.validators, p.maxValidators, locale());
    case LastSynced:
        return p.lastSyncedAt.isValid()
            ? timeText(p.lastSyncedAt)
            : word(QT_TRANSLATE_NOOP("mikro::models::OrgProjectsModel", "Never"));
    default:
        return {};
    }
}

QVariant OrgProjectsModel::sortOf(int row, int column) const
{
    const domain::ProjectRow &p = projectAt(row);
    switch (column) {
    case Tm4Number:
        return p.id;
    case Tasks:
        return p.totalTasks;
    case ValidatedPercent:
        return validatedShare(p);
    case MappingRate:
        return p.mappingRate.cents();
    case ValidationRate:
        return p.validationRate.cents();
    case Budget:
        return p.budget.cents();
    case Spent:
        return p.spent.cents();
    case Used:
        return p.budgetUsedPercent();
    case Editors:
        return p.editors;
    case Validators:
        return p.validators;
    case LastSynced:
        return p.lastSyncedAt;
    default:
        return displayOf(row, column);
    }
}

QString OrgProjectsModel::csvOf(int row, int column) const
{
    const domain::ProjectRow &p = projectAt(row);
    switch (column) {
    case MappingRate:
        return core::toDecimalString(p.mappingRate);
    case ValidationRate:
        return core::toDecimalString(p.validationRate);
    case Budget:
        return core::toDecimalString(p.budget);
    case Spent:
        return core::toDecimalString(p.spent);
    case ValidatedPercent:
        return QString::number(qRound(validatedShare(p) * 100));
    case Used:
        return QString::number(p.budgetUsedPercent());
    case Editors:
    case Validators:
        return displayOf(row, column).toString();
    default:
        return RecordTableModel::csvOf(row, column);
    }
}

QVariant OrgProjectsModel::progressOf(int row, int column) const
{
    if (column != Used)
        return {};
    return std::min(1.0, projectAt(row).budgetUsedPercent() / 100.0);
}

} // namespace mikro::models
