#pragma once

#include "services/core/Error.h"
#include "services/core/Money.h"
#include "services/core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mikro::client {

/// Reads one object of an API.md answer into typed values, with the same verbs as FieldWriter
/// (FieldWriter.h), so that one description of a shape serves both directions. Money is read from
/// its exact `<name>_cents` companion, times from ISO 8601 UTC. The first problem (a missing
/// field, a wrong type, an unknown word) is kept; later reads of a failed reader do nothing.
class JsonReader
{
public:
    JsonReader(QJsonObject object, QString shape);

    void text(const QString &name, QString &out);
    void nullableText(const QString &name, QString &out); ///< null → empty
    void integer(const QString &name, qint64 &out);
    void integer(const QString &name, int &out);
    void nullableId(const QString &name, qint64 &out); ///< null → 0
    void nullableInteger(const QString &name, int &out, int nullValue); ///< null → nullValue
    void boolean(const QString &name, bool &out);
    void integers(const QString &name, QList<qint64> &out); ///< an array of integers
    void money(const QString &name, core::Money &out);
    /// A money field that only some answers carry: absent → zero.
    void optionalMoney(const QString &name, core::Money &out, bool written);
    void time(const QString &name, QDateTime &out); ///< null → invalid
    void time(const QString &name, std::optional<QDateTime> &out); ///< null → nullopt
    void date(const QString &name, QDate &out); ///< `YYYY-MM-DD`; null → invalid
    /// Any JSON object, kept as its compact text (null is refused: the writer never sends it).
    void jsonObject(const QString &name, QByteArray &out);
    /// A word of a closed vocabulary, read by the domain's own table.
    template <typename Enum>
    void word(const QString &name, Enum &out, QString (*)(Enum),
        std::optional<Enum> (*fromText)(const QString &))
    {
        QString text;
        this->text(name, text);
        if (!ok())
            return;
        if (const std::optional<Enum> known = fromText(text))
            out = *known;
        else
            fail(name, QStringLiteral("an unknown word"));
    }
    /// A field the writer derives from others (`requesting_payment`): nothing to read.
    template <typename T>
    void derived(const QString &, const T &)
    {
    }
    /// A nested object read by `describe(JsonReader &, Value &)` into `value`; null → nothing is
    /// read and `value` keeps what it had.
    template <typename Value, typename Describe>
    void nullableObject(const QString &name, Value &value, bool, Describe describe)
    {
        const QJsonValue found = field(name);
        if (!ok() || found.isNull())
            return;
        if (!found.isObject())
            return fail(name, QStringLiteral("neither an object nor null"));
        JsonReader nested(found.toObject(), m_shape + u'.' + name);
        describe(nested, value);
        if (!nested.ok())
            m_error = nested.m_error;
    }
    /// An array of objects, each read by `describe(JsonReader &, Item &)`.
    template <typename Item, typename Describe>
    void array(const QString &name, QList<Item> &out, Describe describe)
    {
        const QJsonValue value = field(name);
        if (!ok())
            return;
        if (!value.isArray())
            return fail(name, QStringLiteral("not an array"));
        const QJsonArray items = value.toArray();
        out.clear();
        out.reserve(items.size());
        for (const QJsonValue &item : items) {
            if (!item.isObject())
                return fail(name, QStringLiteral("an element that is not an object"));
            JsonReader nested(item.toObject(), m_shape + u'.' + name);
            Item one {};
            describe(nested, one);
            if (!nested.ok()) {
                m_error = nested.m_error;
                return;
            }
            out << std::move(one);
        }
    }

    [[nodiscard]] bool ok() const { return !m_error; }
    /// The first problem, as the client's callers see it.
    [[nodiscard]] core::Error error() const;

private:
    QJsonValue field(const QString &name);
    void fail(const QString &name, const QString &why);

    QJsonObject m_object;
    QString m_shape;
    std::optional<QString> m_error;
};

/// The array of objects under `key` of an answer, each read by `read(const QJsonObject &)` into a
/// Result<T>; the first row that cannot be read fails the whole answer.
template <typename T, typename Read>
core::Result<QList<T>> readObjectArray(const QJsonObject &answer, const QString &key, Read read);

/// The one error for an answer that cannot be read (Internal `unreadable_answer`): a message for a
/// person and `diagnostic` saying what was wrong.
[[nodiscard]] core::Error unreadableAnswer(const QString &diagnostic);

/// `describe(JsonReader &, T &)` applied to `object`: the value, or why it could not be read.
template <typename T, typename Describe>
core::Result<T> readShape(const QJsonObject &object, const QString &shape, Describe describe)
{
    JsonReader reader(object, shape);
    T value {};
    describe(reader, value);
    if (!reader.ok())
        return reader.error();
    return value;
}

template <typename T, typename Read>
core::Result<QList<T>> readObjectArray(const QJsonObject &answer, const QString &key, Read read)
{
    const QJsonValue rows = answer.value(key);
    if (!rows.isArray())
        return unreadableAnswer(key + QStringLiteral(" is not an array"));
    QList<T> out;
    const QJsonArray items = rows.toArray();
    out.reserve(items.size());
    for (const QJsonValue item : items) {
        core::Result<T> row = read(item.toObject());
        if (!row.ok())
            return row.error();
        out << std::move(row.value());
    }
    return out;
}

} // namespace mikro::client
