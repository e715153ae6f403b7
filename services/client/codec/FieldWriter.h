#pragma once

#include "services/client/codec/JsonWriter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace mikro::client {

/// Writes one object of an API.md shape with the same verbs as JsonReader, so a shape is
/// described once, as `describe(auto &io, auto &value)`, and both directions follow from it.
class FieldWriter
{
public:
    explicit FieldWriter(JsonWriter &out)
        : m_out(out)
    {
    }

    void text(const QString &name, const QString &value) { m_out.field(name, value); }
    void nullableText(const QString &name, const QString &value)
    {
        m_out.nullableText(name, value);
    }
    void integer(const QString &name, qint64 value) { m_out.field(name, value); }
    /// null when `value` is `nullValue` (a best score of -1: no attempt yet).
    void nullableInteger(const QString &name, qint64 value, qint64 nullValue)
    {
        m_out.field(name, value != nullValue ? QJsonValue(value) : QJsonValue());
    }
    void nullableId(const QString &name, qint64 value)
    {
        m_out.field(name, value != 0 ? QJsonValue(value) : QJsonValue());
    }
    void boolean(const QString &name, bool value) { m_out.field(name, value); }
    /// An array of ids, in the order given.
    void integers(const QString &name, const QList<qint64> &values)
    {
        QJsonArray out;
        for (const qint64 v : values)
            out.append(v);
        m_out.field(name, QJsonValue(out));
    }
    void money(const QString &name, core::Money value) { m_out.money(name, value); }
    void optionalMoney(const QString &name, core::Money value, bool written)
    {
        if (written)
            m_out.money(name, value);
    }
    void time(const QString &name, const QDateTime &value) { m_out.time(name, value); }
    void time(const QString &name, const std::optional<QDateTime> &value)
    {
        m_out.time(name, value);
    }
    /// A day without a time, `YYYY-MM-DD`, or null when invalid.
    void date(const QString &name, const QDate &value)
    {
        m_out.field(name, value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue());
    }
    template <typename Enum, typename FromText>
    void word(const QString &name, Enum value, QString (*toText)(Enum), FromText)
    {
        m_out.field(name, toText(value));
    }
    void derived(const QString &name, bool value) { m_out.field(name, value); }
    void derived(const QString &name, qint64 value) { m_out.field(name, value); }
    void derived(const QString &name, const QString &value) { m_out.field(name, value); }
    void derived(const QString &name, const QJsonValue &value) { m_out.field(name, value); }
    /// A JSON object kept as stored (an audit entry's `details`), written compact as Qt orders
    /// it; text that is not an object is written as `{}`.
    void jsonObject(const QString &name, const QByteArray &json)
    {
        m_out.field(name, QJsonValue(QJsonDocument::fromJson(json).object()));
    }
    /// A nested object described by `describe(FieldWriter &, const Value &)`, or null when it is
    /// not `present` (a project's `last_run` before its first run).
    template <typename Value, typename Describe>
    void nullableObject(const QString &name, const Value &value, bool present, Describe describe)
    {
        if (!present) {
            m_out.field(name, QJsonValue());
            return;
        }
        JsonWriter object = JsonWriter::object();
        FieldWriter nested(object);
        describe(nested, value);
        m_out.nested(name, object);
    }
    template <typename Item, typename Describe>
    void array(const QString &name, const QList<Item> &items, Describe describe)
    {
        QList<JsonWriter> objects;
        objects.reserve(items.size());
        for (const Item &item : items) {
            JsonWriter object = JsonWriter::object();
            FieldWriter nested(object);
            describe(nested, item);
            objects << std::move(object);
        }
        m_out.array(name, objects);
    }

private:
    JsonWriter &m_out;
};

/// `describe(FieldWriter &, const T &)` applied to `value`, onto `out` (an envelope or an object).
template <typename T, typename Describe>
JsonWriter &writeShape(JsonWriter &out, const T &value, Describe describe)
{
    FieldWriter writer(out);
    describe(writer, value);
    return out;
}

/// The same as a new plain object (an element of an array, a nested object).
template <typename T, typename Describe>
JsonWriter writeShape(const T &value, Describe describe)
{
    JsonWriter out = JsonWriter::object();
    writeShape(out, value, describe);
    return out;
}

} // namespace mikro::client
