#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace mikro::server {

/// Whether an action needs a field (API.md §1.4): a required one absent, null or empty is
/// InvalidInput `missing_field`; an optional one is then "not given".
enum class Need { Required, Optional };

/// A request body as API.md §1.4 reads it: a JSON object (empty = `{}`), unknown fields ignored,
/// numbers kept as their source text so that money never passes through a double (§1.5). Getters
/// answer InvalidInput `missing_field` / `invalid_field` / `invalid_amount` naming the field.
class JsonBody
{
public:
    /// InvalidInput `invalid_json` for malformed JSON or anything but an object.
    [[nodiscard]] static core::Result<JsonBody> parse(const QByteArray &body);
    /// A GET's query parameters as string fields (API.md §1.1); a name given twice is
    /// InvalidInput `invalid_field`.
    [[nodiscard]] static core::Result<JsonBody> fromQuery(const QUrlQuery &query);

    /// `int`: a JSON integer or a string of digits.
    [[nodiscard]] core::Result<std::optional<qint64>> integer(const QString &name, Need need) const;
    /// `str`: trimmed; absent, null or empty is "not given".
    [[nodiscard]] core::Result<std::optional<QString>> text(
        const QString &name, Need need, qsizetype limit) const;
    /// `money`: a JSON number or a string, converted exactly to cents.
    [[nodiscard]] core::Result<std::optional<core::Money>> money(
        const QString &name, Need need, core::SignPolicy sign) const;
    /// `bool`: true/false, 1/0, "true"/"false".
    [[nodiscard]] core::Result<std::optional<bool>> boolean(const QString &name) const;
    /// Whether the body has `name` at all, null or empty included.
    [[nodiscard]] bool isGiven(const QString &name) const { return m_fields.contains(name); }

    enum class Kind { Null, Bool, Integer, Number, String, Nested };
    struct Value
    {
        Kind kind = Kind::Null;
        QString text;
    };

private:
    QHash<QString, Value> m_fields;
};

} // namespace mikro::server
