#pragma once

#include "services/core/ConfigReader.h"
#include "services/core/Secret.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace mikro::tm4 {

/// How Mikro talks to a Tasking Manager (DESIGN.md §5, docs/CONFIGURATION.md).
struct Tm4Settings
{
    QUrl apiUrl; ///< TM4_API_URL, e.g. https://tasking-manager-tm4-production-api.hotosm.org/api/v2
    core::Secret token; ///< TM4_API_TOKEN; empty = public projects only
    QString scheme = QStringLiteral("Token"); ///< TM4_AUTH_SCHEME: Token (HOT) or Bearer (forks)
    QString language = QStringLiteral("en"); ///< TM4_LANGUAGE → Accept-Language
    std::chrono::milliseconds timeout { 30'000 }; ///< per request, TM4_TIMEOUT_SECONDS
    int maxConcurrency = 8; ///< requests in flight at once, TM4_MAX_CONCURRENCY
    int maxRetries = 4; ///< after the first attempt, on 5xx, 429 and network errors
    std::chrono::milliseconds backoffBase { 500 }; ///< first retry waits up to this (full jitter)
    std::chrono::milliseconds backoffMax { 30'000 };

    /// Reads the TM4_* settings; problems are collected by the reader.
    [[nodiscard]] static Tm4Settings fromConfig(core::ConfigReader &reader);
};

} // namespace mikro::tm4
