#include "services/client/codec/JsonReader.h"

#include "services/core/UtcTime.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace mikro::client {

JsonReader::JsonReader(QJsonObject object, QString shape)
    : m_object(std::move(object))
    , m_shape(std::move(shape))
{
}

core::Error unreadableAnswer(const QString &diagnostic)
{
    return core::Error::make(core::ErrorKind::Internal, "unreadable_answer",
        QCoreApplication::translate("mikro::client::JsonReader",
            "The server's answer could not be read. Mikro and the server may be different "
            "versions: update Mikro, or tell your administrator."),
        diagnostic);
}

core::Error JsonReader::error() const
{
    return unreadableAnswer(m_error.value_or(QString()));
}

QJsonValue JsonReader::field(const QString &name)
{
    if (!ok())
        return {};
    const auto found = m_object.constFind(name);
    if (found == m_object.constEnd()) {
        fail(name, u"missing"_s);
        return {};
    }
    return *found;
}

void JsonReader::fail(const QString &name, const QString &why)
{
    if (ok())
        m_error = m_shape + u'.' + name + u": "_s + why;
}

void JsonReader::text(const QString &name, QString &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (!value.isString())
        return fail(name, u"not text"_s);
    out = value.toString();
}

void JsonReader::nullableText(const QString &name, QString &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (value.isNull()) {
        out.clear();
        return;
    }
    if (!value.isString())
        return fail(name, u"neither text nor null"_s);
    out = value.toString();
}

void JsonReader::integer(const QString &name, qint64 &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    // toInteger answers its default for a fraction or an out-of-range number: two defaults tell
    // a real minimum apart from a refusal.
    constexpr qint64 Low = std::numeric_limits<qint64>::min();
    const qint64 read = value.toInteger(Low);
    if (!value.isDouble() || (read == Low && value.toInteger(0) != Low))
        return fail(name, u"not an integer"_s);
    out = read;
}

void JsonReader::integers(const QString &name, QList<qint64> &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (!value.isArray())
        return fail(name, u"not an array"_s);
    // Built apart and moved in, so that an empty array leaves an empty list without storage
    // (Qt 6.4 compares two empty lists with memcmp on their data, which may be null).
    QList<qint64> ids;
    const QJsonArray items = value.toArray();
    for (const QJsonValue item : items) {
        const qint64 read = item.toInteger(-1);
        if (!item.isDouble() || read < 0)
            return fail(name, u"an element that is not an id"_s);
        ids << read;
    }
    out = std::move(ids);
}

void JsonReader::integer(const QString &name, int &out)
{
    qint64 wide = 0;
    integer(name, wide);
    if (!ok())
        return;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        return fail(name, u"out of range"_s);
    out = static_cast<int>(wide);
}

void JsonReader::nullableId(const QString &name, qint64 &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (value.isNull()) {
        out = 0;
        return;
    }
    integer(name, out);
}

void JsonReader::nullableInteger(const QString &name, int &out, int nullValue)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (value.isNull()) {
        out = nullValue;
        return;
    }
    integer(name, out);
}

void JsonReader::boolean(const QString &name, bool &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (!value.isBool())
        return fail(name, u"not a boolean"_s);
    out = value.toBool();
}

void JsonReader::money(const QString &name, core::Money &out)
{
    const QJsonValue decimal = field(name);
    if (!ok())
        return;
    if (!decimal.isDouble())
        return fail(name, u"not a number"_s);
    qint64 cents = 0;
    integer(name + u"_cents"_s, cents);
    if (ok())
        out = core::Money(cents);
}

void JsonReader::optionalMoney(const QString &name, core::Money &out, bool)
{
    if (m_object.contains(name))
        money(name, out);
    else
        out = core::Money();
}

void JsonReader::time(const QString &name, QDateTime &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (value.isNull()) {
        out = QDateTime();
        return;
    }
    const std::optional<QDateTime> parsed
        = value.isString() ? core::parseUtc(value.toString()) : std::nullopt;
    if (!parsed)
        return fail(name, u"not an ISO 8601 time"_s);
    out = *parsed;
}

void JsonReader::time(const QString &name, std::optional<QDateTime> &out)
{
    QDateTime read;
    time(name, read);
    if (ok())
        out = read.isValid() ? std::optional<QDateTime>(read) : std::nullopt;
}

void JsonReader::date(const QString &name, QDate &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (value.isNull()) {
        out = QDate();
        return;
    }
    // Exactly YYYY-MM-DD: Qt::ISODate alone would also take a trailing time.
    const QString text = value.toString();
    const QDate parsed = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!value.isString() || !parsed.isValid())
        return fail(name, u"not a YYYY-MM-DD date"_s);
    out = parsed;
}

void JsonReader::jsonObject(const QString &name, QByteArray &out)
{
    const QJsonValue value = field(name);
    if (!ok())
        return;
    if (!value.isObject())
        return fail(name, u"not an object"_s);
    out = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace mikro::client
