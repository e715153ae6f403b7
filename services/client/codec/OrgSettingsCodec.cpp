#include "services/client/codec/OrgSettingsCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Settings>
void describeOrgSettings(Io &io, Settings &s)
{
    io.text(u"id"_s, s.id);
    io.text(u"name"_s, s.name);
    io.text(u"currency"_s, s.currency);
    io.money(u"min_payout"_s, s.minimumPayout);
    io.boolean(u"currency_locked"_s, s.currencyLocked);
}

} // namespace

JsonWriter writeOrgSettings(const domain::OrgSettings &settings)
{
    return writeShape(settings, [](auto &io, auto &s) { describeOrgSettings(io, s); });
}

core::Result<domain::OrgSettings> readOrgSettings(const QJsonObject &answer)
{
    return readShape<domain::OrgSettings>(answer.value(u"org"_s).toObject(), u"org"_s,
        [](auto &io, auto &s) { describeOrgSettings(io, s); });
}

} // namespace mikro::client
