#include "services/client/codec/JsonWriter.h"

#include "services/core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

QByteArray encoded(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects: wrap, write, unwrap.
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// Appends `text` as a JSON string. Text that needs no escaping — no control character, quote,
/// backslash, DEL or surrogate — is copied as UTF-8 directly; anything else is written by Qt's
/// JSON writer, so every string comes out exactly as Qt writes it. (The answers are mostly such
/// text: writing each key and value through QJsonDocument cost most of a long list's CPU.)
void appendString(QByteArray &out, QStringView text)
{
    bool ascii = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || u == 0x7f || c.isSurrogate()) {
            out += encoded(text.toString());
            return;
        }
        ascii = ascii && u < 0x80;
    }
    out += '"';
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar c : text)
            *to++ = static_cast<char>(c.unicode());
    } else {
        out += text.toUtf8();
    }
    out += '"';
}

/// Appends an object's fields so far (`{"a":1` or nothing) as the finished object, with no copy
/// of it on the way (finish() makes one).
void appendObject(QByteArray &out, const QByteArray &fields)
{
    if (fields.isEmpty()) {
        out += "{}";
        return;
    }
    out += fields;
    out += '}';
}

} // namespace

JsonWriter JsonWriter::success(const QString &message)
{
    JsonWriter writer;
    writer.field(u"status"_s, qint64(200)).field(u"message"_s, message);
    return writer;
}

JsonWriter &JsonWriter::array(const QString &name, const QList<JsonWriter> &objects)
{
    key(name);
    m_out += '[';
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            m_out += ',';
        appendObject(m_out, objects[i].m_out);
    }
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::nested(const QString &name, const JsonWriter &object)
{
    key(name);
    appendObject(m_out, object.m_out);
    return *this;
}

void JsonWriter::key(const QString &name)
{
    m_out += m_out.isEmpty() ? '{' : ',';
    appendString(m_out, name);
    m_out += ':';
}

JsonWriter &JsonWriter::field(const QString &name, const QString &value)
{
    key(name);
    appendString(m_out, value);
    return *this;
}

JsonWriter &JsonWriter::field(const QString &name, qint64 value)
{
    key(name);
    m_out += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::field(const QString &name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::field(const QString &name, const QJsonValue &value)
{
    key(name);
    m_out += encoded(value);
    return *this;
}

JsonWriter &JsonWriter::nullableText(const QString &name, const QString &value)
{
    return value.isEmpty() ? field(name, QJsonValue()) : field(name, value);
}

JsonWriter &JsonWriter::time(const QString &name, const std::optional<QDateTime> &value)
{
    return value && value->isValid() ? field(name, core::toIsoUtc(*value))
                                     : field(name, QJsonValue());
}

JsonWriter &JsonWriter::money(const QString &name, core::Money amount)
{
    key(name);
    m_out += core::toDecimalString(amount).toLatin1();
    key(name + u"_cents"_s);
    m_out += QByteArray::number(amount.cents());
    return *this;
}

QByteArray JsonWriter::finish() const
{
    return m_out.isEmpty() ? QByteArray("{}") : m_out + '}';
}

} // namespace mikro::client
