#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace mikro::core {

/// `text` with every control character made visible (`\n`, `\r`, `\t`, `\xNN`, `\u2028`…), so
/// that nothing a client sends (a path, a header, a token's fields) can start a forged log line
/// or rewrite the terminal (issue 10 #9).
[[nodiscard]] QString escapeForLog(const QString &text);

/// How the server's log lines are written: `text` (the message pattern) or `json` (one object a
/// line, for App Platform's log drains).
enum class LogFormat { Text, Json };

/// One log line as JSON: {"time": ISO 8601 UTC with milliseconds, "level": "debug", "info",
/// "warning", "error" or "fatal", "category", "message"} with escapeForLog applied to the
/// message; no newline.
[[nodiscard]] QByteArray jsonLogLine(
    QtMsgType type, const char *category, const QString &message, const QDateTime &atUtc);

/// Chooses the format installSafeLogging's handler writes (Text until called).
void setLogFormat(LogFormat format);

/// Installs a Qt message handler that writes each message as exactly one line on stderr, in the
/// current message pattern, with escapeForLog applied to the message. Call once, first thing in
/// main().
void installSafeLogging();

} // namespace mikro::core
