#include "models/checklists/ReviewChecklistsModel.h"

#include "models/checklists/MyChecklistsModel.h"

#include <QCoreApplication>

#include <limits>

namespace mikro::models {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("mikro::models::ReviewChecklistsModel", text);
}

} // namespace

QDateTime waitingSince(const domain::InstanceView &v)
{
    QDateTime oldest;
    for (const domain::InstanceView::Item &i : v.items)
        if (i.completedAt.isValid() && !i.confirmedAt.isValid()
            && (!oldest.isValid() || i.completedAt < oldest))
            oldest = i.completedAt;
    return oldest;
}

ReviewChecklistsModel::ReviewChecklistsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Checklist") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Person") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Done"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Confirmed"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Waiting since") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Last activity") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Due") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "My pay"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Flags") } },
        parent)
{
}

void ReviewChecklistsModel::setChecklists(
    const QList<domain::InstanceView> &checklists, const QString &currency, QDate today)
{
    beginResetModel();
    m_rows = checklists;
    m_currency = currency;
    m_today = today;
    refreshLocale();
    endResetModel();
}

bool ReviewChecklistsModel::overdue(const domain::InstanceView &v) const
{
    return v.checklist.dueDate.isValid() && v.checklist.dueDate < m_today && !v.confirmed;
}

QString ReviewChecklistsModel::statusOf(int row) const
{
    const domain::InstanceView &v = m_rows.at(row);
    return overdue(v) ? QStringLiteral("overdue") : v.stale ? QStringLiteral("stale") : QString();
}

QVariant ReviewChecklistsModel::displayOf(int row, int column) const
{
    const domain::InstanceView &v = m_rows.at(row);
    switch (column) {
    case Checklist:
        return v.checklist.name;
    case Person:
        return v.userName;
    case Done:
        return itemCountText(v, itemsDone(v), locale());
    case Confirmed:
        return itemCountText(v, itemsConfirmed(v), locale());
    case WaitingSince:
        return timeText(waitingSince(v));
    case LastActivity:
        return timeText(lastActivityOf(v));
    case Due:
        return v.checklist.dueDate.isValid()
            ? locale().toString(v.checklist.dueDate, QLocale::ShortFormat)
            : QString();
    case MyPay:
        return core::formatMoney(v.checklist.validationRate, m_currency, locale());
    case Flags: {
        QStringList flags;
        if (v.stale)
            flags << word(QT_TRANSLATE_NOOP("mikro::models::ReviewChecklistsModel", "Stale"));
        if (overdue(v))
            flags << word(QT_TRANSLATE_NOOP("mikro::models::ReviewChecklistsModel", "Overdue"));
        return flags.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant ReviewChecklistsModel::sortOf(int row, int column) const
{
    const domain::InstanceView &v = m_rows.at(row);
    switch (column) {
    case Done:
        return itemFraction(v, itemsDone(v));
    case Confirmed:
        return itemFraction(v, itemsConfirmed(v));
    case WaitingSince: { // nothing waiting sorts last
        const QDateTime since = waitingSince(v);
        return since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    case LastActivity:
        return lastActivityOf(v);
    case Due:
        return dueSortKey(v);
    case MyPay:
        return v.checklist.validationRate.cents();
    default:
        return displayOf(row, column);
    }
}

QString ReviewChecklistsModel::csvOf(int row, int column) const
{
    const domain::InstanceView &v = m_rows.at(row);
    switch (column) {
    case MyPay:
        return core::toDecimalString(v.checklist.validationRate);
    case WaitingSince:
        return waitingSince(v).toString(Qt::ISODate);
    default:
        return RecordTableModel::csvOf(row, column);
    }
}

} // namespace mikro::models
