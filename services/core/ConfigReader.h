#pragma once

#include "services/core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace mikro::core {

/// Reads named settings (the environment, for the server) and collects every problem, so that
/// start-up fails with one line naming all missing or malformed settings (DESIGN.md §7).
/// Typical use: read each setting, then `finish()`; a getter returns its default when it failed.
class ConfigReader
{
public:
    using Values = QHash<QString, QString>;
    explicit ConfigReader(Values values);
    [[nodiscard]] static ConfigReader fromEnvironment();

    [[nodiscard]] bool has(const QString &name) const;
    [[nodiscard]] QString text(const QString &name, const QString &fallback = {}) const;
    [[nodiscard]] QString requiredText(const QString &name);
    [[nodiscard]] qint64 integer(const QString &name, qint64 fallback, qint64 min, qint64 max);
    [[nodiscard]] std::chrono::seconds seconds(
        const QString &name, std::chrono::seconds fallback, std::chrono::seconds max);
    [[nodiscard]] QUrl httpUrl(const QString &name, const QUrl &fallback = {});
    [[nodiscard]] QString oneOf(
        const QString &name, const QStringList &allowed, const QString &fallback);

    /// Records a problem found by the caller's own cross-checks.
    void reportMalformed(const QString &name, const QString &why);

    [[nodiscard]] QStringList problems() const { return m_problems; }
    /// Ok, or an InvalidInput error `invalid_configuration` whose message is the one line.
    [[nodiscard]] Result<void> finish() const;

private:
    Values m_values;
    QStringList m_missing;
    QStringList m_problems;
};

} // namespace mikro::core
