#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace mikro::auth {

/// RFC 4648 §5 without padding, as JWTs and PKCE use it.
[[nodiscard]] QByteArray base64UrlEncode(QByteArrayView data);
/// Strict: any character outside the URL alphabet, or padding, gives nullopt.
[[nodiscard]] std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace mikro::auth
