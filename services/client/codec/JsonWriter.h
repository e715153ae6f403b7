#pragma once

#include "services/core/Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace mikro::client {

/// Builds one JSON object of API.md (the server's answers; the codecs' shapes). Money is written
/// from integer cents as a number with exactly two decimals plus its `<name>_cents` companion
/// (API.md §1.5), which QJsonDocument (doubles) cannot do; times are ISO 8601 UTC with `Z` (API.md
/// §1.6) or null.
class JsonWriter
{
public:
    /// Starts API.md's success envelope: {"status":200,"message":…}.
    [[nodiscard]] static JsonWriter success(const QString &message);
    /// A plain object, for the elements of `array`.
    [[nodiscard]] static JsonWriter object() { return {}; }
    JsonWriter &field(const QString &name, const QString &value);
    JsonWriter &field(const QString &name, qint64 value);
    JsonWriter &field(const QString &name, bool value);
    JsonWriter &field(const QString &name, const QJsonValue &value);
    JsonWriter &nullableText(const QString &name, const QString &value); ///< empty → null
    /// ISO 8601 UTC, or null when absent or invalid.
    JsonWriter &time(const QString &name, const std::optional<QDateTime> &value);
    JsonWriter &money(const QString &name, core::Money amount);
    JsonWriter &array(const QString &name, const QList<JsonWriter> &objects);
    JsonWriter &nested(const QString &name, const JsonWriter &object);
    [[nodiscard]] QByteArray finish() const;

private:
    void key(const QString &name);

    QByteArray m_out;
};

} // namespace mikro::client
