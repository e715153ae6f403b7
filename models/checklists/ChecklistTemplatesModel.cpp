#include "models/checklists/ChecklistTemplatesModel.h"

#include "models/StatusWords.h"

#include <QCoreApplication>

#include <limits>

namespace mikro::models {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("mikro::models::ChecklistTemplatesModel", text);
}

} // namespace

ChecklistTemplatesModel::ChecklistTemplatesModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Name") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Visible") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Items"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Completion rate"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validation rate"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Difficulty") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Due") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Assigned"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Confirmed"), true } },
        parent)
{
}

void ChecklistTemplatesModel::setTemplates(
    const QList<domain::TemplateView> &templates, const QString &currency)
{
    beginResetModel();
    m_rows = templates;
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QString ChecklistTemplatesModel::statusOf(int row) const
{
    return m_rows.at(row).active ? QStringLiteral("active") : QStringLiteral("inactive");
}

QVariant ChecklistTemplatesModel::displayOf(int row, int column) const
{
    const domain::TemplateView &t = m_rows.at(row);
    switch (column) {
    case Name:
        return t.name;
    case Status:
        return t.active
            ? word(QT_TRANSLATE_NOOP("mikro::models::ChecklistTemplatesModel", "Active"))
            : word(QT_TRANSLATE_NOOP("mikro::models::ChecklistTemplatesModel", "Inactive"));
    case Visible:
        return t.visible ? word(QT_TRANSLATE_NOOP("mikro::models::ChecklistTemplatesModel", "Yes"))
                         : word(QT_TRANSLATE_NOOP("mikro::models::ChecklistTemplatesModel", "No"));
    case Items:
        return locale().toString(t.items.size());
    case CompletionRate:
        return core::formatMoney(t.completionRate, m_currency, locale());
    case ValidationRate:
        return core::formatMoney(t.validationRate, m_currency, locale());
    case Difficulty:
        return difficultyWord(t.difficulty);
    case Due:
        return t.dueDate.isValid() ? locale().toString(t.dueDate, QLocale::ShortFormat) : QString();
    case Assigned:
        return locale().toString(t.assignedCount);
    case Confirmed:
        return locale().toString(t.confirmedCount);
    default:
        return {};
    }
}

QVariant ChecklistTemplatesModel::sortOf(int row, int column) const
{
    const domain::TemplateView &t = m_rows.at(row);
    switch (column) {
    case Name:
        return t.name.toLower();
    case Status: // active first, then by name
        return (t.active ? QStringLiteral("0") : QStringLiteral("1")) + t.name.toLower();
    case Items:
        return t.items.size();
    case CompletionRate:
        return t.completionRate.cents();
    case ValidationRate:
        return t.validationRate.cents();
    case Due: // undated last
        return t.dueDate.isValid() ? t.dueDate.toJulianDay() : std::numeric_limits<qint64>::max();
    case Assigned:
        return t.assignedCount;
    case Confirmed:
        return t.confirmedCount;
    default:
        return displayOf(row, column);
    }
}

QString ChecklistTemplatesModel::csvOf(int row, int column) const
{
    const domain::TemplateView &t = m_rows.at(row);
    switch (column) {
    case Status:
    case Name:
        return displayOf(row, column).toString();
    case CompletionRate:
        return core::toDecimalString(t.completionRate);
    case ValidationRate:
        return core::toDecimalString(t.validationRate);
    case Due:
        return t.dueDate.toString(Qt::ISODate);
    default:
        return RecordTableModel::csvOf(row, column);
    }
}

} // namespace mikro::models
