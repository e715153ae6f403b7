#include "models/checklists/MyChecklistsModel.h"

#include "models/StatusWords.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace mikro::models {

domain::InstanceView notStarted(const domain::TemplateView &checklist)
{
    domain::InstanceView v;
    v.checklistId = checklist.id;
    v.checklist = checklist;
    v.checklist.items.clear();
    for (const domain::TemplateView::Item &item : checklist.items) {
        domain::InstanceView::Item copy;
        copy.number = item.number;
        copy.action = item.action;
        copy.link = item.link;
        v.items << copy;
    }
    return v;
}

int itemsDone(const domain::InstanceView &v)
{
    return static_cast<int>(std::ranges::count_if(
        v.items, [](const domain::InstanceView::Item &i) { return i.completedAt.isValid(); }));
}

int itemsConfirmed(const domain::InstanceView &v)
{
    return static_cast<int>(std::ranges::count_if(
        v.items, [](const domain::InstanceView::Item &i) { return i.confirmedAt.isValid(); }));
}

QString itemCountText(const domain::InstanceView &v, int n, const QLocale &locale)
{
    return QStringLiteral("%1/%2").arg(locale.toString(n), locale.toString(v.items.size()));
}

double itemFraction(const domain::InstanceView &v, int n)
{
    return v.items.isEmpty() ? 0.0 : double(n) / double(v.items.size());
}

qint64 dueSortKey(const domain::InstanceView &v)
{
    return v.checklist.dueDate.isValid() ? v.checklist.dueDate.toJulianDay()
                                         : std::numeric_limits<qint64>::max();
}

QDateTime lastActivityOf(const domain::InstanceView &v)
{
    return v.lastActivityAt.isValid() ? v.lastActivityAt : v.startedAt;
}

MyChecklistsModel::MyChecklistsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Name") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Difficulty") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Done"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Confirmed"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Reward"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Due") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Last activity") } },
        parent)
{
}

void MyChecklistsModel::setChecklists(
    const QList<domain::InstanceView> &checklists, const QString &currency, QDate today)
{
    beginResetModel();
    m_rows = checklists;
    m_currency = currency;
    m_today = today;
    refreshLocale();
    endResetModel();
}

bool MyChecklistsModel::waitingOf(int row) const
{
    return m_rows.at(row).waitingToSend;
}

qint64 MyChecklistsModel::idOf(int row) const
{
    const domain::InstanceView &v = m_rows.at(row);
    return v.id != 0 ? v.id : v.checklistId;
}

bool MyChecklistsModel::overdue(const domain::InstanceView &v) const
{
    return v.checklist.dueDate.isValid() && v.checklist.dueDate < m_today && !v.confirmed;
}

QVariant MyChecklistsModel::displayOf(int row, int column) const
{
    const domain::InstanceView &v = m_rows.at(row);
    switch (column) {
    case Name:
        return v.checklist.name;
    case Difficulty:
        return difficultyWord(v.checklist.difficulty);
    case Done:
        return itemCountText(v, itemsDone(v), locale());
    case Confirmed:
        return itemCountText(v, itemsConfirmed(v), locale());
    case Reward:
        return core::formatMoney(v.checklist.completionRate, m_currency, locale());
    case Due: {
        if (!v.checklist.dueDate.isValid())
            return QString();
        const QString date = locale().toString(v.checklist.dueDate, QLocale::ShortFormat);
        if (!overdue(v))
            return date;
        return QCoreApplication::translate("mikro::models::MyChecklistsModel", "%1 · Overdue")
            .arg(date);
    }
    case LastActivity:
        return timeText(lastActivityOf(v));
    default:
        return {};
    }
}

QVariant MyChecklistsModel::sortOf(int row, int column) const
{
    const domain::InstanceView &v = m_rows.at(row);
    switch (column) {
    case Done:
        return itemFraction(v, itemsDone(v));
    case Confirmed:
        return itemFraction(v, itemsConfirmed(v));
    case Reward:
        return v.checklist.completionRate.cents();
    case Due: // undated last
        return dueSortKey(v);
    case LastActivity:
        return lastActivityOf(v);
    default:
        return displayOf(row, column);
    }
}

QString MyChecklistsModel::csvOf(int row, int column) const
{
    const domain::InstanceView &v = m_rows.at(row);
    switch (column) {
    case Reward:
        return core::toDecimalString(v.checklist.completionRate);
    case Due:
        return v.checklist.dueDate.isValid() ? v.checklist.dueDate.toString(Qt::ISODate)
                                             : QString();
    default:
        return RecordTableModel::csvOf(row, column);
    }
}

} // namespace mikro::models
