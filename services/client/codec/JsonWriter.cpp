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
    for (qsizetype i = 0; i < objects.size(); ++i)
        m_out += (i > 0 ? "," : "") + objects[i].finish();
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::nested(const QString &name, const JsonWriter &object)
{
    key(name);
    m_out += object.finish();
    return *this;
}

void JsonWriter::key(const QString &name)
{
    m_out += m_out.isEmpty() ? "{" : ",";
    m_out += encoded(name) + ':';
}

JsonWriter &JsonWriter::field(const QString &name, const QString &value)
{
    key(name);
    m_out += encoded(value);
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
