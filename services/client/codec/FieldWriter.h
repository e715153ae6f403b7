#pragma once

#include "services/client/codec/JsonWriter.h"

#include <QJsonValue>
#include <QList>

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
    void nullableId(const QString &name, qint64 value)
    {
        m_out.field(name, value != 0 ? QJsonValue(value) : QJsonValue());
    }
    void boolean(const QString &name, bool value) { m_out.field(name, value); }
    void money(const QString &name, core::Money value) { m_out.money(name, value); }
    void optionalMoney(const QString &name, core::Money value, bool written)
    {
        if (written)
            m_out.money(name, value);
    }
    void time(const QString &name, const QDateTime &value) { m_out.time(name, value); }
    template <typename Enum, typename FromText>
    void word(const QString &name, Enum value, QString (*toText)(Enum), FromText)
    {
        m_out.field(name, toText(value));
    }
    void derived(const QString &name, bool value) { m_out.field(name, value); }
    void derived(const QString &name, qint64 value) { m_out.field(name, value); }
    void derived(const QString &name, const QString &value) { m_out.field(name, value); }
    void derived(const QString &name, const QJsonValue &value) { m_out.field(name, value); }
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
