#include "models/audit/AuditLogModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::models {

namespace {

constexpr int SummaryLength = 160;

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "When") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Actor") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Action") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Entity") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Entity ID") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Summary") } },
        parent)
{
}

void AuditLogModel::restart(
    const domain::AuditQuery &query, const QList<domain::AuditEntry> &entries, qint64 next)
{
    beginResetModel();
    refreshLocale();
    m_query = query;
    m_query.beforeId.reset();
    m_rows.clear();
    add(entries);
    m_next = next;
    m_waiting = false;
    endResetModel();
}

bool AuditLogModel::append(
    const domain::AuditQuery &askedFor, const QList<domain::AuditEntry> &entries, qint64 next)
{
    const bool continues = !m_rows.isEmpty() && askedFor.beforeId
        && *askedFor.beforeId == m_rows.constLast().entry.id;
    if (!sameFilters(askedFor, m_query) || !continues)
        return false;
    m_waiting = false;
    m_next = next;
    if (entries.isEmpty())
        return true;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    add(entries);
    endInsertRows();
    return true;
}

void AuditLogModel::add(const QList<domain::AuditEntry> &entries)
{
    m_rows.reserve(m_rows.size() + entries.size());
    for (const domain::AuditEntry &e : entries)
        m_rows.append({ e, timeText(e.at), summaryOf(e.details) });
}

bool AuditLogModel::sameFilters(const domain::AuditQuery &a, const domain::AuditQuery &b)
{
    return a.entity == b.entity && a.entityId == b.entityId && a.actorId == b.actorId
        && a.action == b.action && a.search == b.search && a.from == b.from && a.to == b.to;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_waiting && m_next > 0;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    domain::AuditQuery next = m_query;
    next.beforeId = m_next;
    emit moreWanted(next);
}

QVariant AuditLogModel::displayOf(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case When:
        return r.when;
    case Actor:
        return r.entry.actorName.isEmpty() ? r.entry.actorId : r.entry.actorName;
    case Action:
        return r.entry.action;
    case Entity:
        return entityWord(r.entry.entity);
    case EntityId:
        return r.entry.entityId;
    case Summary:
        return r.summary;
    }
    return {};
}

QVariant AuditLogModel::sortOf(int row, int column) const
{
    if (column == When)
        return m_rows.at(row).entry.at;
    return displayOf(row, column);
}

QString AuditLogModel::csvOf(int row, int column) const
{
    const domain::AuditEntry &e = m_rows.at(row).entry;
    switch (static_cast<Column>(column)) {
    case Entity:
        return e.entity; // the stored word: a spreadsheet filters by it in any language
    case Summary:
        return QString::fromUtf8(e.details);
    default:
        return RecordTableModel::csvOf(row, column);
    }
}

QList<std::pair<QString, QString>> AuditLogModel::pairsOf(const QByteArray &details)
{
    QList<std::pair<QString, QString>> out;
    const QJsonDocument doc = QJsonDocument::fromJson(details);
    if (!doc.isObject())
        return out;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.append({ it.key(), valueText(it.value()) });
    return out;
}

QString AuditLogModel::summaryOf(const QByteArray &details)
{
    QStringList parts;
    int length = 0;
    for (const auto &[key, value] : pairsOf(details)) {
        parts << key + u": "_s + value;
        length += static_cast<int>(parts.constLast().size()) + 3;
        if (length > SummaryLength)
            break;
    }
    QString text = parts.join(u" · "_s);
    if (text.size() > SummaryLength)
        text = text.left(SummaryLength - 1) + u'…';
    return text;
}

namespace {

const QList<std::pair<QString, const char *>> &entityWords()
{
    static const QList<std::pair<QString, const char *>> Words {
        { u"user"_s, QT_TRANSLATE_NOOP("mikro::models::AuditEntities", "Person") },
        { u"project"_s, QT_TRANSLATE_NOOP("mikro::models::AuditEntities", "Project") },
        { u"payment_request"_s,
            QT_TRANSLATE_NOOP("mikro::models::AuditEntities", "Payout request") },
        { u"payment"_s, QT_TRANSLATE_NOOP("mikro::models::AuditEntities", "Payment") },
        { u"checklist"_s, QT_TRANSLATE_NOOP("mikro::models::AuditEntities", "Checklist") },
        { u"training"_s, QT_TRANSLATE_NOOP("mikro::models::AuditEntities", "Training") },
        { u"org"_s, QT_TRANSLATE_NOOP("mikro::models::AuditEntities", "Organisation") },
    };
    return Words;
}

} // namespace

QString AuditLogModel::entityWord(const QString &entity)
{
    for (const auto &[stored, text] : entityWords())
        if (stored == entity)
            return QCoreApplication::translate("mikro::models::AuditEntities", text);
    return entity;
}

QStringList AuditLogModel::entityTypes()
{
    QStringList out;
    for (const auto &entry : entityWords())
        out << entry.first;
    return out;
}

QStringList AuditLogModel::actionTypes()
{
    return { u"adjustment"_s, u"assign"_s, u"change_role"_s, u"create_checklist"_s,
        u"create_project"_s, u"create_training"_s, u"deactivate_checklist"_s,
        u"deactivate_project"_s, u"delete_checklist"_s, u"delete_project"_s, u"delete_training"_s,
        u"import_payouts"_s, u"manual_payment"_s, u"modify_training"_s, u"modify_users"_s,
        u"pay_request"_s, u"reject_osm_username"_s, u"reject_request"_s, u"request_on_behalf"_s,
        u"request_osm_username_change"_s, u"review_invalidate"_s, u"review_validate"_s,
        u"set_required_trainings"_s, u"unassign_user_checklist"_s, u"unassign_user_project"_s,
        u"update_checklist"_s, u"update_list_items"_s, u"update_org"_s, u"update_project"_s,
        u"update_user_details"_s };
}

} // namespace mikro::models
