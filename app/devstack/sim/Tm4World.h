#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QStringList>

#include <optional>
#include <random>

namespace mikro::devstack {

/// The simulated Tasking Manager's projects, tasks and histories. Deterministic: the same seed and
/// the same calls give the same world, history ids and dates. Thread-safe (the simulator's
/// handlers run on several HTTP worker threads).
class Tm4World
{
public:
    struct Settings
    {
        quint32 seed = 1;
        int projects = 0; ///< generated at construction; 0 = empty (tests script their own)
        int tasksPerProject = 100;
        qint64 firstProjectId = 1001;
        QStringList mappers; ///< OSM usernames that map (Mikro people and others)
        QStringList validators; ///< OSM usernames that validate
        QStringList outsiders; ///< validators who are not Mikro users
        QDateTime start = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    };

    explicit Tm4World(Settings settings);

    // Scripting (tests and the generator): each call appends the rows TM4 would write — a lock
    // and a STATE_CHANGE — with the next history id and a time one minute after the last.
    void addProject(qint64 projectId, const QString &name, int tasks);
    void map(qint64 projectId, qint64 taskId, const QString &by);
    void validate(qint64 projectId, qint64 taskId, const QString &by);
    void invalidate(qint64 projectId, qint64 taskId, const QString &by);
    void badImagery(qint64 projectId, qint64 taskId, const QString &by);
    void lockForMapping(qint64 projectId, qint64 taskId, const QString &by);
    /// TM4's split: the parent is removed; each child copies the parent's history (new ids) and
    /// gets a SPLIT row. Returns the children's ids.
    QList<qint64> split(qint64 projectId, qint64 taskId, const QString &by, int children = 4);
    /// New activity on `fraction` of every project's tasks (the "world moves on" knob).
    int advance(double fraction);

    [[nodiscard]] QList<qint64> projectIds() const;
    [[nodiscard]] int taskCount() const;
    // TM4 bodies (shapes of shared/tm4-samples); nullopt = no such project/task.
    [[nodiscard]] std::optional<QByteArray> projectJson(qint64 projectId) const;
    [[nodiscard]] std::optional<QByteArray> taskListJson(qint64 projectId, bool withMappedBy) const;
    [[nodiscard]] std::optional<QByteArray> taskJson(qint64 projectId, qint64 taskId) const;
    [[nodiscard]] std::optional<QByteArray> contributionsJson(qint64 projectId) const;

private:
    struct Row
    {
        qint64 historyId = 0;
        QString action; ///< STATE_CHANGE, LOCKED_FOR_MAPPING, LOCKED_FOR_VALIDATION
        QString text; ///< the new state for STATE_CHANGE, a duration for locks
        QString by;
        QDateTime at;
    };
    struct Task
    {
        QString status = QStringLiteral("READY");
        QString mappedBy;
        QString validatedBy;
        QList<Row> history; ///< oldest first
        int x = 0;
        int y = 0;
    };
    struct Project
    {
        QString name;
        QMap<qint64, Task> tasks;
        qint64 nextTaskId = 1;
    };

    void generate();
    void act(qint64 projectId, qint64 taskId, const QString &lock, const QString &state,
        const QString &by);
    void playRandomStory(qint64 projectId, qint64 taskId);
    Task *task(qint64 projectId, qint64 taskId);
    QString pick(const QStringList &from);

    Settings m_settings;
    mutable QMutex m_mutex;
    QMap<qint64, Project> m_projects;
    qint64 m_nextHistoryId = 1000;
    QDateTime m_now;
    std::mt19937 m_random;
};

} // namespace mikro::devstack
