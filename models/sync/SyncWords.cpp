#include "models/sync/SyncWords.h"

#include <QCoreApplication>

namespace mikro::models {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("mikro::models::SyncWords", text);
}

} // namespace

SyncState stateOfRun(sync::RunStatus status)
{
    switch (status) {
    case sync::RunStatus::Running:
        return SyncState::Running;
    case sync::RunStatus::Succeeded:
        return SyncState::Succeeded;
    case sync::RunStatus::Failed:
        return SyncState::Failed;
    case sync::RunStatus::Cancelled:
        return SyncState::Cancelled;
    }
    return SyncState::Failed;
}

QString syncStateText(SyncState state)
{
    switch (state) {
    case SyncState::Failed:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Failed"));
    case SyncState::Running:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Running"));
    case SyncState::RunningElsewhere:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Running elsewhere"));
    case SyncState::Waiting:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Waiting"));
    case SyncState::Cancelled:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Cancelled"));
    case SyncState::Succeeded:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Succeeded"));
    case SyncState::Never:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Never"));
    case SyncState::NoMembers:
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "Not synced: no members"));
    }
    return {};
}

QString syncStateKey(SyncState state)
{
    switch (state) {
    case SyncState::Failed:
        return QStringLiteral("failed");
    case SyncState::Running:
        return QStringLiteral("running");
    case SyncState::RunningElsewhere:
        return QStringLiteral("running_elsewhere");
    case SyncState::Waiting:
        return QStringLiteral("waiting");
    case SyncState::Cancelled:
        return QStringLiteral("cancelled");
    case SyncState::Succeeded:
        return QStringLiteral("succeeded");
    case SyncState::Never:
        return QStringLiteral("never");
    case SyncState::NoMembers:
        return QStringLiteral("no_members");
    }
    return {};
}

QString durationText(const QDateTime &started, const QDateTime &finished)
{
    if (!started.isValid() || !finished.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, started.secsTo(finished));
    if (seconds < 60)
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "%1 s")).arg(seconds);
    if (seconds < 3600)
        return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "%1 min %2 s"))
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return word(QT_TRANSLATE_NOOP("mikro::models::SyncWords", "%1 h %2 min"))
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end);
}

} // namespace mikro::models
