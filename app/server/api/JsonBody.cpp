#include "app/server/api/JsonBody.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

core::Error fieldError(QByteArray code, const QString &field)
{
    const QString message = code == "missing_field"
        ? QCoreApplication::translate("mikro::server::JsonBody", "This field is required.")
        : QCoreApplication::translate(
            "mikro::server::JsonBody", "This field has the wrong type or format.");
    return core::Error::make(core::ErrorKind::InvalidInput, std::move(code), message)
        .withField(field);
}

/// Collects the top-level fields of an object; numbers keep their source text.
class TopLevel final : public nlohmann::json_sax<nlohmann::json>
{
public:
    QHash<QString, JsonBody::Value> fields;
    bool topIsObject = false;

    bool null() override { return scalar(JsonBody::Kind::Null, QString()); }
    bool boolean(bool value) override
    {
        return scalar(JsonBody::Kind::Bool, value ? u"true"_s : u"false"_s);
    }
    bool number_integer(number_integer_t value) override
    {
        return scalar(JsonBody::Kind::Integer, QString::number(value));
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        return scalar(JsonBody::Kind::Integer, QString::number(value));
    }
    bool number_float(number_float_t, const string_t &source) override
    {
        return scalar(JsonBody::Kind::Number, QString::fromStdString(source));
    }
    bool string(string_t &value) override
    {
        return scalar(JsonBody::Kind::String, QString::fromStdString(value));
    }
    bool binary(binary_t &) override { return scalar(JsonBody::Kind::Nested, QString()); }
    bool start_object(std::size_t) override { return open(); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(); }
    bool end_array() override { return close(); }
    bool key(string_t &value) override
    {
        if (m_depth == 1)
            m_key = QString::fromStdString(value);
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }

private:
    bool scalar(JsonBody::Kind kind, const QString &text)
    {
        if (m_depth == 1)
            fields.insert(m_key, { kind, text });
        return true;
    }
    bool open()
    {
        if (m_depth == 0)
            topIsObject = true; // arrays are told apart below by the first event
        else if (m_depth == 1)
            fields.insert(m_key, { JsonBody::Kind::Nested, QString() });
        ++m_depth;
        return true;
    }
    bool close()
    {
        --m_depth;
        return true;
    }

    int m_depth = 0;
    QString m_key;
};

} // namespace

core::Result<JsonBody> JsonBody::parse(const QByteArray &body)
{
    JsonBody out;
    if (body.trimmed().isEmpty())
        return out;
    const core::Error invalid = core::Error::make(core::ErrorKind::InvalidInput, "invalid_json",
        QCoreApplication::translate(
            "mikro::server::JsonBody", "The request body is not a JSON object."));
    if (!body.trimmed().startsWith('{'))
        return invalid;
    TopLevel sax;
    const bool ok
        = nlohmann::json::sax_parse(body.constData(), body.constData() + body.size(), &sax);
    if (!ok || !sax.topIsObject)
        return invalid;
    out.m_fields = std::move(sax.fields);
    return out;
}

core::Result<JsonBody> JsonBody::fromQuery(const QUrlQuery &query)
{
    JsonBody out;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (out.m_fields.contains(name))
            return fieldError("invalid_field", name);
        out.m_fields.insert(name, { Kind::String, value });
    }
    return out;
}

core::Result<std::optional<qint64>> JsonBody::integer(const QString &name, Need need) const
{
    const Value v = m_fields.value(name);
    const QString text = v.text.trimmed();
    if (v.kind == Kind::Null || (v.kind == Kind::String && text.isEmpty())) {
        if (need == Need::Required)
            return fieldError("missing_field", name);
        return std::optional<qint64>();
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    const bool digitsOnly
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if ((v.kind != Kind::Integer && v.kind != Kind::String) || !ok
        || (v.kind == Kind::String && !digitsOnly))
        return fieldError("invalid_field", name);
    return std::optional<qint64>(value);
}

core::Result<std::optional<QString>> JsonBody::text(
    const QString &name, Need need, qsizetype limit) const
{
    const Value v = m_fields.value(name);
    const QString text = v.text.trimmed();
    if (v.kind == Kind::Null || (v.kind == Kind::String && text.isEmpty())) {
        if (need == Need::Required)
            return fieldError("missing_field", name);
        return std::optional<QString>();
    }
    if (v.kind != Kind::String || text.size() > limit)
        return fieldError("invalid_field", name);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return fieldError("invalid_field", name);
    }
    return std::optional<QString>(text);
}

core::Result<std::optional<core::Money>> JsonBody::money(
    const QString &name, Need need, core::SignPolicy sign) const
{
    const Value v = m_fields.value(name);
    if (v.kind == Kind::Null || (v.kind == Kind::String && v.text.trimmed().isEmpty())) {
        if (need == Need::Required)
            return fieldError("missing_field", name);
        return std::optional<core::Money>();
    }
    if (v.kind != Kind::Integer && v.kind != Kind::Number && v.kind != Kind::String)
        return core::Error(core::parseMoney(u"x"_s).error()).withField(name);
    auto parsed = core::parseMoney(v.text, sign);
    if (!parsed.ok())
        return core::Error(parsed.error()).withField(name);
    return std::optional<core::Money>(parsed.value());
}

core::Result<std::optional<bool>> JsonBody::boolean(const QString &name) const
{
    const Value v = m_fields.value(name);
    if (v.kind == Kind::Null)
        return std::optional<bool>();
    const QString t = v.text.trimmed().toLower();
    if (t == "true"_L1 || t == "1"_L1)
        return std::optional<bool>(true);
    if (t == "false"_L1 || t == "0"_L1)
        return std::optional<bool>(false);
    return fieldError("invalid_field", name);
}

} // namespace mikro::server
