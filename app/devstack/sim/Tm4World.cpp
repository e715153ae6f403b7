#include "app/devstack/sim/Tm4World.h"

#include <QMutexLocker>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace mikro::devstack {
namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

/// TM4 writes microseconds and, depending on the endpoint, a trailing Z or none: both appear.
std::string tm4Date(const QDateTime &at, bool withZ)
{
    return str(at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'123'"_s) + (withZ ? u"Z"_s : u""_s));
}

} // namespace

Tm4World::Tm4World(Settings settings)
    : m_settings(std::move(settings))
    , m_now(m_settings.start)
    , m_random(m_settings.seed)
{
    if (m_settings.mappers.isEmpty())
        m_settings.mappers = { u"mapper_1"_s };
    if (m_settings.validators.isEmpty())
        m_settings.validators = { u"validator_1"_s };
    if (m_settings.outsiders.isEmpty())
        m_settings.outsiders = { u"outside_validator"_s };
    generate();
}

void Tm4World::generate()
{
    for (int p = 0; p < m_settings.projects; ++p) {
        const qint64 projectId = m_settings.firstProjectId + p;
        addProject(projectId, u"Simulated project %1"_s.arg(projectId), m_settings.tasksPerProject);
        QMutexLocker lock(&m_mutex);
        const QList<qint64> ids = m_projects[projectId].tasks.keys();
        for (const qint64 taskId : ids) {
            if (taskId % 97 == 0) {
                act(projectId, taskId, u"LOCKED_FOR_MAPPING"_s, u"MAPPED"_s,
                    pick(m_settings.mappers));
                lock.unlock();
                const QList<qint64> children = split(projectId, taskId, pick(m_settings.mappers));
                lock.relock();
                for (const qint64 child : children)
                    playRandomStory(projectId, child);
            } else {
                playRandomStory(projectId, taskId);
            }
        }
    }
}

void Tm4World::addProject(qint64 projectId, const QString &name, int tasks)
{
    QMutexLocker lock(&m_mutex);
    Project &project = m_projects[projectId];
    project.name = name;
    for (int i = 0; i < tasks; ++i) {
        Task task;
        task.x = 158000 + static_cast<int>(project.nextTaskId % 40);
        task.y = 264600 + static_cast<int>(project.nextTaskId / 40);
        project.tasks.insert(project.nextTaskId++, task);
    }
}

Tm4World::Task *Tm4World::task(qint64 projectId, qint64 taskId)
{
    auto project = m_projects.find(projectId);
    if (project == m_projects.end())
        return nullptr;
    auto it = project->tasks.find(taskId);
    return it == project->tasks.end() ? nullptr : &*it;
}

QString Tm4World::pick(const QStringList &from)
{
    return from[static_cast<qsizetype>(m_random() % static_cast<quint32>(from.size()))];
}

void Tm4World::act(
    qint64 projectId, qint64 taskId, const QString &lock, const QString &state, const QString &by)
{
    Task *t = task(projectId, taskId);
    if (!t)
        return;
    if (!lock.isEmpty()) {
        m_now = m_now.addSecs(60);
        t->history << Row { m_nextHistoryId++, lock, u"00:01:00.000000"_s, by, m_now };
    }
    if (state.isEmpty()) {
        t->status = lock;
        return;
    }
    m_now = m_now.addSecs(60);
    t->history << Row { m_nextHistoryId++, u"STATE_CHANGE"_s, state, by, m_now };
    t->status = state;
    if (state == "MAPPED"_L1)
        t->mappedBy = by;
    if (state == "VALIDATED"_L1 || state == "INVALIDATED"_L1)
        t->validatedBy = by;
    if (state == "READY"_L1) {
        t->mappedBy.clear();
        t->validatedBy.clear();
    }
}

void Tm4World::map(qint64 projectId, qint64 taskId, const QString &by)
{
    QMutexLocker lock(&m_mutex);
    act(projectId, taskId, u"LOCKED_FOR_MAPPING"_s, u"MAPPED"_s, by);
}

void Tm4World::validate(qint64 projectId, qint64 taskId, const QString &by)
{
    QMutexLocker lock(&m_mutex);
    act(projectId, taskId, u"LOCKED_FOR_VALIDATION"_s, u"VALIDATED"_s, by);
}

void Tm4World::invalidate(qint64 projectId, qint64 taskId, const QString &by)
{
    QMutexLocker lock(&m_mutex);
    act(projectId, taskId, u"LOCKED_FOR_VALIDATION"_s, u"INVALIDATED"_s, by);
}

void Tm4World::badImagery(qint64 projectId, qint64 taskId, const QString &by)
{
    QMutexLocker lock(&m_mutex);
    act(projectId, taskId, u"LOCKED_FOR_MAPPING"_s, u"BADIMAGERY"_s, by);
}

void Tm4World::lockForMapping(qint64 projectId, qint64 taskId, const QString &by)
{
    QMutexLocker lock(&m_mutex);
    act(projectId, taskId, u"LOCKED_FOR_MAPPING"_s, QString(), by);
}

QList<qint64> Tm4World::split(qint64 projectId, qint64 taskId, const QString &by, int children)
{
    QMutexLocker lock(&m_mutex);
    const Task *parent = task(projectId, taskId);
    if (!parent)
        return {};
    const Task copy = *parent;
    Project &project = m_projects[projectId];
    project.tasks.remove(taskId);
    QList<qint64> ids;
    for (int c = 0; c < children; ++c) {
        Task child;
        child.x = copy.x * 2 + c % 2;
        child.y = copy.y * 2 + c / 2;
        for (const Row &row : copy.history) {
            Row copied = row;
            copied.historyId = m_nextHistoryId++;
            child.history << copied;
        }
        m_now = m_now.addSecs(1);
        child.history << Row { m_nextHistoryId++, u"STATE_CHANGE"_s, u"SPLIT"_s, by, m_now };
        // TM4 resets a split child to READY for mapping at its smaller size.
        child.history << Row { m_nextHistoryId++, u"STATE_CHANGE"_s, u"READY"_s, by, m_now };
        const qint64 id = project.nextTaskId++;
        project.tasks.insert(id, child);
        ids << id;
    }
    return ids;
}

void Tm4World::playRandomStory(qint64 projectId, qint64 taskId)
{
    const QString mapper = pick(m_settings.mappers);
    QString validator = pick(m_settings.validators);
    if (validator.compare(mapper, Qt::CaseInsensitive) == 0)
        validator = m_settings.validators.constFirst();
    const auto mapLock = u"LOCKED_FOR_MAPPING"_s;
    const auto validationLock = u"LOCKED_FOR_VALIDATION"_s;
    const quint32 r = m_random() % 100;
    if (r < 30)
        return;
    if (r >= 93 && r < 95)
        return act(projectId, taskId, mapLock, u"BADIMAGERY"_s, mapper);
    if (r >= 95 && r < 97)
        return act(projectId, taskId, mapLock, QString(), mapper);
    act(projectId, taskId, mapLock, u"MAPPED"_s, mapper);
    if (r < 55)
        return;
    if (r < 80)
        return act(projectId, taskId, validationLock, u"VALIDATED"_s, validator);
    if (r < 85) {
        act(projectId, taskId, validationLock, u"INVALIDATED"_s, validator);
        act(projectId, taskId, mapLock, u"MAPPED"_s, mapper);
        return act(projectId, taskId, validationLock, u"VALIDATED"_s, validator);
    }
    if (r < 89)
        return act(projectId, taskId, validationLock, u"VALIDATED"_s, pick(m_settings.outsiders));
    if (r < 93)
        return act(projectId, taskId, validationLock, u"VALIDATED"_s, mapper);
    act(projectId, taskId, validationLock, u"VALIDATED"_s, validator);
    act(projectId, taskId, validationLock, u"INVALIDATED"_s, pick(m_settings.validators));
}

int Tm4World::advance(double fraction)
{
    QMutexLocker lock(&m_mutex);
    int changed = 0;
    for (auto project = m_projects.begin(); project != m_projects.end(); ++project) {
        const QList<qint64> ids = project->tasks.keys();
        const auto wanted = static_cast<qsizetype>(
            std::lround(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(ids.size())));
        QList<qint64> chosen = ids;
        std::shuffle(chosen.begin(), chosen.end(), m_random);
        chosen.resize(qMin(wanted, chosen.size()));
        for (const qint64 taskId : chosen) {
            const Task &t = project->tasks[taskId];
            const QString status = t.status;
            const QString mapper = t.mappedBy.isEmpty() ? pick(m_settings.mappers) : t.mappedBy;
            QString validator = pick(m_settings.validators);
            if (validator.compare(mapper, Qt::CaseInsensitive) == 0)
                validator = m_settings.validators.constLast();
            if (status == "MAPPED"_L1)
                act(project.key(), taskId, u"LOCKED_FOR_VALIDATION"_s,
                    m_random() % 5 == 0 ? u"INVALIDATED"_s : u"VALIDATED"_s, validator);
            else if (status == "VALIDATED"_L1)
                act(project.key(), taskId, u"LOCKED_FOR_VALIDATION"_s, u"INVALIDATED"_s, validator);
            else if (status == "BADIMAGERY"_L1)
                act(project.key(), taskId, QString(), u"READY"_s, mapper);
            else
                act(project.key(), taskId, u"LOCKED_FOR_MAPPING"_s, u"MAPPED"_s, mapper);
            ++changed;
        }
    }
    return changed;
}

QList<qint64> Tm4World::projectIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_projects.keys();
}

int Tm4World::taskCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Project &p : m_projects)
        n += static_cast<int>(p.tasks.size());
    return n;
}

namespace {

json feature(qint64 taskId, int x, int y, const QString &status, const QString &mappedBy,
    bool withMappedBy, const QString &lockedBy)
{
    const double lon = -71.5 + x * 0.0005;
    const double lat = 1.7 + y * 0.0005;
    json props = { { "taskId", taskId }, { "taskX", x }, { "taskY", y }, { "taskZoom", 18 },
        { "taskIsSquare", true }, { "taskStatus", str(status) },
        { "lockedBy", lockedBy.isEmpty() ? json(nullptr) : json(str(lockedBy)) } };
    if (withMappedBy)
        props["mappedBy"] = mappedBy.isEmpty() ? json(nullptr) : json(str(mappedBy));
    return { { "type", "Feature" },
        { "geometry",
            { { "type", "MultiPolygon" },
                { "coordinates",
                    json::array({ json::array({ json::array(
                        { { lon, lat }, { lon + 0.0005, lat }, { lon + 0.0005, lat + 0.0005 },
                            { lon, lat + 0.0005 }, { lon, lat } }) }) }) } } },
        { "properties", props } };
}

QByteArray bytes(const json &doc)
{
    return QByteArray::fromStdString(doc.dump());
}

} // namespace

std::optional<QByteArray> Tm4World::projectJson(qint64 projectId) const
{
    QMutexLocker lock(&m_mutex);
    const auto project = m_projects.constFind(projectId);
    if (project == m_projects.cend())
        return std::nullopt;
    json features = json::array();
    for (auto t = project->tasks.cbegin(); t != project->tasks.cend(); ++t)
        features.push_back(feature(t.key(), t->x, t->y, t->status, {}, false, {}));
    return bytes({ { "projectId", projectId }, { "status", "PUBLISHED" },
        { "projectInfo", { { "locale", "en" }, { "name", str(project->name) } } },
        { "tasks", { { "type", "FeatureCollection" }, { "features", features } } } });
}

std::optional<QByteArray> Tm4World::taskListJson(qint64 projectId, bool withMappedBy) const
{
    QMutexLocker lock(&m_mutex);
    const auto project = m_projects.constFind(projectId);
    if (project == m_projects.cend())
        return std::nullopt;
    json features = json::array();
    for (auto t = project->tasks.cbegin(); t != project->tasks.cend(); ++t) {
        const bool locked = t->status.startsWith("LOCKED"_L1);
        features.push_back(feature(t.key(), t->x, t->y, t->status, t->mappedBy, withMappedBy,
            locked && !t->history.isEmpty() ? t->history.constLast().by : QString()));
    }
    return bytes({ { "type", "FeatureCollection" }, { "features", features } });
}

std::optional<QByteArray> Tm4World::taskJson(qint64 projectId, qint64 taskId) const
{
    QMutexLocker lock(&m_mutex);
    const auto project = m_projects.constFind(projectId);
    if (project == m_projects.cend())
        return std::nullopt;
    const auto t = project->tasks.constFind(taskId);
    if (t == project->tasks.cend())
        return std::nullopt;
    json history = json::array();
    // Newest first. (An index, not std::views::reverse: clang-tidy 14 cannot parse libstdc++ 12's
    // ranges.)
    for (qsizetype i = t->history.size() - 1; i >= 0; --i) {
        const auto &row = t->history.at(i);
        history.push_back({ { "historyId", row.historyId }, { "taskId", taskId },
            { "action", str(row.action) }, { "actionText", str(row.text) },
            { "actionDate", tm4Date(row.at, row.historyId % 2 == 0) }, { "actionBy", str(row.by) },
            { "pictureUrl", nullptr }, { "issues", nullptr } });
    }
    const bool locked = t->status.startsWith("LOCKED"_L1);
    return bytes({ { "taskId", taskId }, { "projectId", projectId },
        { "taskStatus", str(t->status) },
        { "lockHolder",
            locked && !t->history.isEmpty() ? json(str(t->history.constLast().by))
                                            : json(nullptr) },
        { "taskHistory", history }, { "taskAnnotation", json::array() },
        { "perTaskInstructions", "" }, { "autoUnlockSeconds", 7200 },
        { "lastUpdated",
            t->history.isEmpty() ? json(nullptr) : json(tm4Date(t->history.constLast().at, true)) },
        { "numberOfComments", nullptr } });
}

std::optional<QByteArray> Tm4World::contributionsJson(qint64 projectId) const
{
    QMutexLocker lock(&m_mutex);
    const auto project = m_projects.constFind(projectId);
    if (project == m_projects.cend())
        return std::nullopt;
    QMap<QString, std::pair<QList<qint64>, QList<qint64>>> byUser;
    for (auto t = project->tasks.cbegin(); t != project->tasks.cend(); ++t) {
        // A snapshot, not history: invalidation clears mapper and validator here (DESIGN.md §5).
        if (t->status == "INVALIDATED"_L1)
            continue;
        if (!t->mappedBy.isEmpty())
            byUser[t->mappedBy].first << t.key();
        if (!t->validatedBy.isEmpty() && t->status == "VALIDATED"_L1)
            byUser[t->validatedBy].second << t.key();
    }
    json users = json::array();
    for (auto u = byUser.cbegin(); u != byUser.cend(); ++u)
        users.push_back({ { "username", str(u.key()) }, { "mappingLevel", "INTERMEDIATE" },
            { "pictureUrl", nullptr }, { "mapped", u->first.size() },
            { "validated", u->second.size() }, { "total", u->first.size() + u->second.size() },
            { "mappedTasks", std::vector<qint64>(u->first.cbegin(), u->first.cend()) },
            { "validatedTasks", std::vector<qint64>(u->second.cbegin(), u->second.cend()) },
            { "name", str(u.key()) }, { "dateRegistered", "2023-01-10" } });
    return bytes({ { "userContributions", users } });
}

} // namespace mikro::devstack
