#include "services/core/ConfigReader.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace mikro::core {

ConfigReader::ConfigReader(Values values)
    : m_values(std::move(values))
{
}

ConfigReader ConfigReader::fromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Values values;
    for (const QString &key : env.keys())
        values.insert(key, env.value(key));
    return ConfigReader(std::move(values));
}

bool ConfigReader::has(const QString &name) const
{
    return !m_values.value(name).trimmed().isEmpty();
}

QString ConfigReader::text(const QString &name, const QString &fallback) const
{
    const QString value = m_values.value(name).trimmed();
    return value.isEmpty() ? fallback : value;
}

QString ConfigReader::requiredText(const QString &name)
{
    if (!has(name)) {
        m_missing << name;
        m_problems << u"%1 is missing"_s.arg(name);
        return {};
    }
    return text(name);
}

qint64 ConfigReader::integer(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const qint64 value = text(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        reportMalformed(name, u"must be a whole number from %1 to %2"_s.arg(min).arg(max));
        return fallback;
    }
    return value;
}

std::chrono::seconds ConfigReader::seconds(
    const QString &name, std::chrono::seconds fallback, std::chrono::seconds max)
{
    return std::chrono::seconds(integer(name, fallback.count(), 0, max.count()));
}

QUrl ConfigReader::httpUrl(const QString &name, const QUrl &fallback)
{
    if (!has(name))
        return fallback;
    QUrl url(text(name), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        reportMalformed(name, u"must be an absolute http or https URL"_s);
        return fallback;
    }
    return url;
}

QString ConfigReader::oneOf(
    const QString &name, const QStringList &allowed, const QString &fallback)
{
    if (!has(name))
        return fallback;
    const QString value = text(name);
    for (const QString &candidate : allowed) {
        if (value.compare(candidate, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    reportMalformed(name, u"must be one of %1"_s.arg(allowed.join(u", "_s)));
    return fallback;
}

void ConfigReader::reportMalformed(const QString &name, const QString &why)
{
    // The value itself is not repeated: it may be a secret.
    m_problems << u"%1 %2"_s.arg(name, why);
}

Result<void> ConfigReader::finish() const
{
    if (m_problems.isEmpty())
        return {};
    const QString line
        = QCoreApplication::translate("mikro::core::ConfigReader", "Configuration error: %1.")
              .arg(m_problems.join(u"; "_s));
    Error error = Error::make(ErrorKind::InvalidInput, "invalid_configuration", line);
    error.details.insert(u"missing"_s, m_missing);
    return error;
}

} // namespace mikro::core
