#include "app/server/api/JsonBody.h"
#include "tests/fuzz/FuzzTarget.h"

#include <QByteArray>
#include <QStringList>

using namespace Qt::StringLiterals;

/// An action's JSON request body (app/server/api/JsonBody, API.md §1.4): parsed, then every field
/// name the seeds use read as each type an action asks for — integer, text, money (either sign
/// policy), boolean.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto body = mikro::server::JsonBody::parse(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!body.ok())
        return 0;
    static const QStringList Names { u"project_id"_s, u"user_id"_s, u"amount"_s, u"notes"_s,
        u"full"_s, u"a"_s, u"mapping_rate"_s, u"title"_s };
    using mikro::server::Need;
    for (const QString &name : Names) {
        (void)body.value().integer(name, Need::Optional);
        (void)body.value().integer(name, Need::Required);
        (void)body.value().text(name, Need::Optional, 255);
        (void)body.value().money(name, Need::Optional, mikro::core::SignPolicy::NonNegative);
        (void)body.value().money(name, Need::Required, mikro::core::SignPolicy::AllowNegative);
        (void)body.value().boolean(name);
        (void)body.value().isGiven(name);
    }
    return 0;
}
