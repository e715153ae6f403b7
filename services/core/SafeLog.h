#pragma once

#include <QString>

namespace mikro::core {

/// `text` with every control character made visible (`\n`, `\r`, `\t`, `\xNN`, `\u2028`…), so
/// that nothing a client sends (a path, a header, a token's fields) can start a forged log line
/// or rewrite the terminal (issue 10 #9).
[[nodiscard]] QString escapeForLog(const QString &text);

/// Installs a Qt message handler that writes each message as exactly one line on stderr, in the
/// current message pattern, with escapeForLog applied to the message. Call once, first thing in
/// main().
void installSafeLogging();

} // namespace mikro::core
