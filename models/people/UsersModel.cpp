#include "models/people/UsersModel.h"

#include "models/StatusWords.h"

namespace mikro::models {

UsersModel::UsersModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Name") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "OSM username") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Email") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Role") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Projects"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Tasks mapped"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Task earnings"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Payable"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Pending"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Last sign-in") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") } },
        parent)
{
}

void UsersModel::setPeople(const QList<domain::PersonSummary> &people, const QString &currency)
{
    beginResetModel();
    m_all = people;
    m_currency = currency;
    applyFilter();
    refreshLocale();
    endResetModel();
}

void UsersModel::setFilter(std::optional<domain::Role> role, Activity activity)
{
    beginResetModel();
    m_role = role;
    m_activity = activity;
    applyFilter();
    endResetModel();
}

void UsersModel::applyFilter()
{
    m_shown.clear();
    m_shown.reserve(m_all.size());
    for (int i = 0; i < m_all.size(); ++i) {
        const domain::PersonSummary &p = m_all.at(i);
        const bool activity
            = m_activity == Activity::All || (m_activity == Activity::Active) == p.active;
        if (activity && (!m_role || *m_role == p.role))
            m_shown << i;
    }
}

std::optional<core::Money> UsersModel::moneyOf(const domain::PersonSummary &p, int column)
{
    switch (column) {
    case TaskEarnings:
        return p.taskEarnings;
    case Payable:
        return p.payable;
    case Pending:
        return p.pending;
    case Paid:
        return p.paid;
    default:
        return std::nullopt;
    }
}

QVariant UsersModel::displayOf(int row, int column) const
{
    const domain::PersonSummary &p = personAt(row);
    if (const std::optional<core::Money> money = moneyOf(p, column))
        return core::formatMoney(*money, m_currency, locale());
    switch (column) {
    case Name:
        return p.name;
    case OsmUsername:
        return p.osmUsername;
    case Email:
        return p.email;
    case RoleColumn:
        return roleWord(p.role);
    case Projects:
        return locale().toString(p.assignedProjects);
    case TasksMapped:
        return locale().toString(p.tasksMapped);
    case LastSignIn:
        return p.lastLoginAt.isValid() ? timeText(p.lastLoginAt) : tr("Never");
    case Status:
        return p.active ? tr("Active") : tr("Deactivated");
    default:
        return {};
    }
}

QVariant UsersModel::sortOf(int row, int column) const
{
    const domain::PersonSummary &p = personAt(row);
    if (const std::optional<core::Money> money = moneyOf(p, column))
        return money->cents();
    switch (column) {
    case Projects:
        return p.assignedProjects;
    case TasksMapped:
        return p.tasksMapped;
    case LastSignIn:
        return p.lastLoginAt;
    case RoleColumn:
        return int(p.role);
    default:
        return displayOf(row, column);
    }
}

QString UsersModel::csvOf(int row, int column) const
{
    if (const std::optional<core::Money> money = moneyOf(personAt(row), column))
        return core::toDecimalString(*money);
    return RecordTableModel::csvOf(row, column);
}

QString UsersModel::statusOf(int row) const
{
    return personAt(row).active ? QStringLiteral("active") : QStringLiteral("deactivated");
}

} // namespace mikro::models
