#include "tests/support/OpenApiCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mikro::testing {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool typeAllows(const QJsonValue &declared, const QString &actual)
{
    const QJsonArray types = declared.isArray() ? declared.toArray() : QJsonArray { declared };
    for (const auto &t : types) {
        const QString name = t.toString();
        if (name == actual || (name == "number"_L1 && actual == "integer"_L1))
            return true;
    }
    return false;
}

} // namespace

const OpenApiCheck &OpenApiCheck::served()
{
    static const OpenApiCheck check = [] {
        QFile file(u":/mikro/api/openapi.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the OpenAPI document is not compiled in");
        return OpenApiCheck(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return check;
}

OpenApiCheck::OpenApiCheck(const QJsonObject &document)
    : m_document(document)
{
}

QStringList OpenApiCheck::operations() const
{
    QStringList out;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (const QString &method : item.keys())
            if (method == "get"_L1 || method == "post"_L1)
                out << method.toUpper() + u' ' + path.key();
    }
    out.sort();
    return out;
}

bool OpenApiCheck::documents(const QString &operation) const
{
    const qsizetype space = operation.indexOf(u' ');
    if (space < 0)
        return false;
    const QJsonObject item
        = m_document.value(u"paths"_s).toObject().value(operation.mid(space + 1)).toObject();
    return item.contains(operation.left(space).toLower());
}

QString OpenApiCheck::operationOf(const QByteArray &method, const QByteArray &target)
{
    QString path = QString::fromUtf8(
        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
    if (!path.startsWith(u"/api/"_s) && path != "/health"_L1)
        path = u"/api"_s + path;
    const QByteArray verb = method == "HEAD" ? QByteArray("GET") : method;
    return QString::fromLatin1(verb) + u' ' + path;
}

QStringList OpenApiCheck::problems(
    const QByteArray &method, const QByteArray &target, int status, const QByteArray &body) const
{
    const QString operation = operationOf(method, target);
    const QString path = operation.section(u' ', 1);
    const QJsonObject item = m_document.value(u"paths"_s).toObject().value(path).toObject();
    const QJsonObject op = item.value(operation.section(u' ', 0, 0).toLower()).toObject();
    if (op.isEmpty())
        return { operation + u" is not documented"_s };
    const QJsonObject responses = op.value(u"responses"_s).toObject();
    QJsonObject response = responses.value(QString::number(status)).toObject();
    if (response.isEmpty())
        response = responses.value(u"default"_s).toObject();
    if (response.isEmpty())
        return { u"%1 documents no answer with status %2"_s.arg(operation).arg(status) };
    if (response.contains(u"$ref"_s)) {
        const QString name = response.value(u"$ref"_s).toString().section(u'/', -1);
        response = m_document.value(u"components"_s)
                       .toObject()
                       .value(u"responses"_s)
                       .toObject()
                       .value(name)
                       .toObject();
    }
    const QJsonObject schema = response.value(u"content"_s)
                                   .toObject()
                                   .value(u"application/json"_s)
                                   .toObject()
                                   .value(u"schema"_s)
                                   .toObject();
    QJsonParseError error {};
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return { u"%1 → %2: the body is not JSON (%3)"_s.arg(operation).arg(status).arg(
            error.errorString()) };
    QStringList out;
    check(parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(parsed.array()), schema,
        operation + u" → "_s + QString::number(status) + u" $"_s, out);
    return out;
}

QJsonObject OpenApiCheck::resolve(const QJsonObject &schema) const
{
    QJsonObject s = schema;
    for (int depth = 0; s.contains(u"$ref"_s) && depth < 32; ++depth)
        s = m_document.value(u"components"_s)
                .toObject()
                .value(u"schemas"_s)
                .toObject()
                .value(s.value(u"$ref"_s).toString().section(u'/', -1))
                .toObject();
    return s;
}

void OpenApiCheck::check(
    const QJsonValue &value, const QJsonObject &raw, const QString &at, QStringList &out) const
{
    if (raw.contains(u"$ref"_s) && resolve(raw).isEmpty()) {
        out << at + u": unresolved "_s + raw.value(u"$ref"_s).toString();
        return;
    }
    const QJsonObject schema = resolve(raw);
    for (const auto &part : schema.value(u"allOf"_s).toArray())
        check(value, part.toObject(), at, out);
    const QString actual = typeOf(value);
    if (schema.contains(u"type"_s) && !typeAllows(schema.value(u"type"_s), actual)) {
        out << u"%1: %2 where the document says %3"_s.arg(at, actual,
            QString::fromUtf8(QJsonDocument(QJsonArray { schema.value(u"type"_s) })
                                  .toJson(QJsonDocument::Compact)));
        return;
    }
    if (schema.contains(u"const"_s) && schema.value(u"const"_s) != value)
        out << u"%1: not the constant %2"_s.arg(
            at, schema.value(u"const"_s).toVariant().toString());
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        out << u"%1: %2 is not one of the documented values"_s.arg(
            at, value.toVariant().toString());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const auto &name : schema.value(u"required"_s).toArray())
            if (!object.contains(name.toString()))
                out << u"%1: lacks the required %2"_s.arg(at, name.toString());
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto p = properties.begin(); p != properties.end(); ++p)
            if (object.contains(p.key()))
                check(object.value(p.key()), p.value().toObject(), at + u'.' + p.key(), out);
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            check(items.at(i), schema.value(u"items"_s).toObject(),
                at + u'[' + QString::number(i) + u']', out);
    }
}

} // namespace mikro::testing
