#include "services/tm4/Tm4Settings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::tm4 {

Tm4Settings Tm4Settings::fromConfig(core::ConfigReader &reader)
{
    Tm4Settings s;
    s.apiUrl = reader.httpUrl(
        u"TM4_API_URL"_s, QUrl(u"https://tasking-manager-tm4-production-api.hotosm.org/api/v2"_s));
    s.token = core::Secret(reader.text(u"TM4_API_TOKEN"_s).toUtf8());
    s.scheme = reader.oneOf(u"TM4_AUTH_SCHEME"_s, { u"Token"_s, u"Bearer"_s }, u"Token"_s);
    s.language = reader.text(u"TM4_LANGUAGE"_s, u"en"_s);
    // It becomes a header value: letters, digits and the separators of Accept-Language only.
    const bool headerSafe = !s.language.isEmpty() && s.language.size() <= 100
        && std::all_of(s.language.cbegin(), s.language.cend(), [](QChar c) {
               return (c.isLetterOrNumber() && c.unicode() < 128)
                   || QStringView(u"-,;=. *").contains(c);
           });
    if (!headerSafe) {
        reader.reportMalformed(u"TM4_LANGUAGE"_s, u"must be an Accept-Language value"_s);
        s.language = u"en"_s;
    }
    s.timeout = reader.seconds(
        u"TM4_TIMEOUT_SECONDS"_s, std::chrono::seconds(30), std::chrono::seconds(600));
    s.maxConcurrency = static_cast<int>(reader.integer(u"TM4_MAX_CONCURRENCY"_s, 8, 1, 64));
    s.maxRetries = static_cast<int>(reader.integer(u"TM4_MAX_RETRIES"_s, 4, 0, 10));
    return s;
}

} // namespace mikro::tm4
