#include "models/offline/PendingChangesModel.h"

#include <QCoreApplication>

namespace mikro::models {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("mikro::models::PendingChangesModel", text);
}

} // namespace

PendingChangesModel::PendingChangesModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Queued at") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Change") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "State") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Message") } },
        parent)
{
}

void PendingChangesModel::setEntries(const QList<client::OutboxEntry> &entries, qint64 sendingSeq)
{
    beginResetModel();
    m_rows = entries;
    m_sending = sendingSeq;
    refreshLocale();
    endResetModel();
}

QString PendingChangesModel::describe(const client::ChecklistChange &c)
{
    using Kind = client::ChecklistChange::Kind;
    const QString name = c.checklistName.isEmpty()
        ? word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "a checklist"))
        : u'\'' + c.checklistName + u'\'';
    switch (c.kind) {
    case Kind::Start:
        return word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Start %1")).arg(name);
    case Kind::SetDone:
        return (c.done ? word(QT_TRANSLATE_NOOP(
                    "mikro::models::PendingChangesModel", "Mark item %1 of %2 done"))
                       : word(QT_TRANSLATE_NOOP(
                           "mikro::models::PendingChangesModel", "Mark item %1 of %2 not done")))
            .arg(c.itemNumber)
            .arg(name);
    case Kind::Confirm:
        return c.ownerName.isEmpty()
            ? word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Confirm item %1 of %2"))
                  .arg(c.itemNumber)
                  .arg(name)
            : word(QT_TRANSLATE_NOOP(
                       "mikro::models::PendingChangesModel", "Confirm item %1 of %2 for %3"))
                  .arg(c.itemNumber)
                  .arg(name, c.ownerName);
    case Kind::AddComment:
        return word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Comment on %1: “%2”"))
            .arg(name, c.text.left(80));
    case Kind::DeleteComment:
        return word(
            QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Delete your comment on %1"))
            .arg(name);
    }
    return {};
}

QString PendingChangesModel::stateText(int row) const
{
    const client::OutboxEntry &e = m_rows.at(row);
    switch (e.state) {
    case client::OutboxEntry::State::Conflict:
        return word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Conflict"));
    case client::OutboxEntry::State::Refused:
        return word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Refused"));
    case client::OutboxEntry::State::Waiting:
        break;
    }
    if (e.seq == m_sending)
        return word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Sending"));
    if (e.attempts > 0 && e.nextAttemptAt.isValid())
        return word(
            QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Retrying at %1, attempt %2"))
            .arg(locale().toString(e.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat))
            .arg(e.attempts + 1);
    return word(QT_TRANSLATE_NOOP("mikro::models::PendingChangesModel", "Waiting"));
}

QString PendingChangesModel::statusOf(int row) const
{
    switch (m_rows.at(row).state) {
    case client::OutboxEntry::State::Conflict:
        return QStringLiteral("conflict");
    case client::OutboxEntry::State::Refused:
        return QStringLiteral("refused");
    case client::OutboxEntry::State::Waiting:
        break;
    }
    return QStringLiteral("waiting");
}

QVariant PendingChangesModel::displayOf(int row, int column) const
{
    const client::OutboxEntry &e = m_rows.at(row);
    switch (column) {
    case QueuedAt:
        return timeText(e.queuedAt);
    case Change:
        return describe(e.change);
    case State:
        return stateText(row);
    case Message:
        return e.message;
    default:
        return {};
    }
}

QVariant PendingChangesModel::sortOf(int row, int column) const
{
    if (column == QueuedAt)
        return m_rows.at(row).seq;
    return displayOf(row, column);
}

} // namespace mikro::models
