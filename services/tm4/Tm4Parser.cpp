#include "services/tm4/Tm4Parser.h"

#include "services/core/UtcTime.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace mikro::tm4::parser {
namespace {

constexpr qint64 MaxId = 9'007'199'254'740'991; // 2^53 - 1: what JSON numbers carry exactly

core::Error malformed(const QString &what)
{
    return core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_malformed",
        QCoreApplication::translate(
            "mikro::tm4::Parser", "The Tasking Manager sent a reply Mikro cannot read (%1).")
            .arg(what),
        u"TM4 payload: "_s + what);
}

core::Result<json> parse(const QByteArray &body, const json::parser_callback_t &callback = nullptr)
{
    json doc = json::parse(body.cbegin(), body.cend(), callback, /*allow_exceptions=*/false);
    if (doc.is_discarded())
        return malformed(u"not JSON"_s);
    if (!doc.is_object())
        return malformed(u"not a JSON object"_s);
    return doc;
}

std::optional<qint64> positiveId(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        return std::nullopt;
    const auto value = it->get<qint64>();
    if (value <= 0 || value > MaxId)
        return std::nullopt;
    return value;
}

QString text(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

bool isTaskStatus(const QString &status)
{
    static const QStringList known { u"READY"_s, u"LOCKED_FOR_MAPPING"_s, u"MAPPED"_s,
        u"LOCKED_FOR_VALIDATION"_s, u"VALIDATED"_s, u"INVALIDATED"_s, u"BADIMAGERY"_s, u"SPLIT"_s,
        u"ARCHIVED"_s };
    return known.contains(status);
}

} // namespace

bool isRecordedState(const QString &state)
{
    static const QStringList recorded { u"READY"_s, u"MAPPED"_s, u"VALIDATED"_s, u"INVALIDATED"_s,
        u"BADIMAGERY"_s, u"SPLIT"_s, u"ARCHIVED"_s };
    return recorded.contains(state);
}

core::Result<domain::Tm4ProjectSummary> projectSummary(const QByteArray &body)
{
    // Drop every "geometry" value as soon as it is parsed: only the features are counted.
    const json::parser_callback_t skipGeometry = [](int, json::parse_event_t event, json &parsed) {
        return !(event == json::parse_event_t::key && parsed == "geometry");
    };
    auto doc = parse(body, skipGeometry);
    if (!doc.ok())
        return doc.error();
    const json &project = doc.value();
    const auto info = project.find("projectInfo");
    if (info == project.end() || !info->is_object())
        return malformed(u"projectInfo missing"_s);
    domain::Tm4ProjectSummary summary;
    summary.name = text(*info, "name").trimmed();
    if (summary.name.isEmpty())
        return malformed(u"projectInfo.name missing"_s);
    const auto tasks = project.find("tasks");
    if (tasks == project.end() || !tasks->is_object() || !tasks->contains("features")
        || !(*tasks)["features"].is_array())
        return malformed(u"tasks.features missing"_s);
    summary.totalTasks = static_cast<int>(qMin<size_t>((*tasks)["features"].size(), 1'000'000));
    return summary;
}

core::Result<QList<TaskState>> taskStates(const QByteArray &body)
{
    const json::parser_callback_t skipGeometry = [](int, json::parse_event_t event, json &parsed) {
        return !(event == json::parse_event_t::key && parsed == "geometry");
    };
    auto doc = parse(body, skipGeometry);
    if (!doc.ok())
        return doc.error();
    const auto features = doc.value().find("features");
    if (features == doc.value().end() || !features->is_array())
        return malformed(u"features missing"_s);
    QList<TaskState> states;
    states.reserve(static_cast<qsizetype>(features->size()));
    for (const json &feature : *features) {
        const auto props = feature.is_object() ? feature.find("properties") : feature.end();
        if (!feature.is_object() || props == feature.end() || !props->is_object())
            return malformed(u"a feature without properties"_s);
        TaskState state;
        const auto id = positiveId(*props, "taskId");
        if (!id)
            return malformed(u"a feature without a valid taskId"_s);
        state.taskId = *id;
        state.status = text(*props, "taskStatus");
        if (!isTaskStatus(state.status))
            return malformed(u"task %1 has an unknown taskStatus"_s.arg(state.taskId));
        state.mappedBy = text(*props, "mappedBy");
        states << state;
    }
    return states;
}

core::Result<TaskDetail> taskDetail(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc.ok())
        return doc.error();
    const json &task = doc.value();
    TaskDetail detail;
    const auto id = positiveId(task, "taskId");
    if (!id)
        return malformed(u"taskId missing"_s);
    detail.taskId = *id;
    detail.status = text(task, "taskStatus");
    if (!isTaskStatus(detail.status))
        return malformed(u"task %1 has an unknown taskStatus"_s.arg(detail.taskId));
    const auto history = task.find("taskHistory");
    if (history == task.end() || !history->is_array())
        return malformed(u"task %1 has no taskHistory"_s.arg(detail.taskId));
    for (const json &row : *history) {
        if (!row.is_object())
            return malformed(
                u"task %1 has a history row that is not an object"_s.arg(detail.taskId));
        if (text(row, "action") != "STATE_CHANGE"_L1)
            continue; // locks, comments, extensions: nothing the rules read
        StateChange change;
        const auto historyId = positiveId(row, "historyId");
        if (!historyId)
            return malformed(u"task %1 has a STATE_CHANGE without historyId"_s.arg(detail.taskId));
        change.historyId = *historyId;
        change.state = text(row, "actionText");
        change.actor = text(row, "actionBy").trimmed();
        const auto at = core::parseUtc(text(row, "actionDate"));
        if (change.actor.isEmpty() || change.actor.size() > 255 || !at)
            return malformed(u"task %1 history %2 lacks actionBy or actionDate"_s.arg(detail.taskId)
                                 .arg(change.historyId));
        change.at = *at;
        if (!isRecordedState(change.state))
            continue; // a state Mikro does not record (TM4 may add more)
        detail.stateChanges << change;
    }
    return detail;
}

core::Result<QList<Contribution>> contributions(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc.ok())
        return doc.error();
    const auto users = doc.value().find("userContributions");
    if (users == doc.value().end() || !users->is_array())
        return malformed(u"userContributions missing"_s);
    QList<Contribution> out;
    for (const json &user : *users) {
        Contribution c;
        c.username = user.is_object() ? text(user, "username").trimmed() : QString();
        if (c.username.isEmpty())
            return malformed(u"a contribution without a username"_s);
        for (const auto &[key, list] : { std::pair("mappedTasks", &c.mappedTasks),
                 std::pair("validatedTasks", &c.validatedTasks) }) {
            const auto tasks = user.find(key);
            if (tasks == user.end() || tasks->is_null())
                continue; // optional
            if (!tasks->is_array())
                return malformed(u"%1 of %2 is not a list"_s.arg(QLatin1String(key), c.username));
            for (const json &id : *tasks) {
                if (!id.is_number_integer() || id.get<qint64>() <= 0)
                    return malformed(
                        u"%1 of %2 holds a bad task id"_s.arg(QLatin1String(key), c.username));
                *list << id.get<qint64>();
            }
        }
        out << c;
    }
    return out;
}

} // namespace mikro::tm4::parser
