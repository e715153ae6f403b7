#include "services/client/codec/BalanceCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Figures>
void describeBalance(Io &io, Figures &b)
{
    io.money(u"mapping_earnings"_s, b.mappingEarnings);
    io.money(u"validation_earnings"_s, b.validationEarnings);
    io.money(u"checklist_earnings"_s, b.checklistEarnings);
    io.money(u"payable_total"_s, b.payable);
    io.money(u"earned_total"_s, b.earned);
    io.money(u"adjustments_total"_s, b.adjustments);
    io.money(u"paid_total"_s, b.paid);
    io.money(u"pending_total"_s, b.pending);
    io.money(u"min_payout"_s, b.minimumPayout);
    io.derived(u"can_request"_s, b.canRequest());
}

} // namespace

void writeBalance(JsonWriter &envelope, const domain::Balance &balance)
{
    writeShape(envelope, balance, [](auto &io, auto &b) { describeBalance(io, b); });
}

core::Result<domain::Balance> readBalance(const QJsonObject &answer)
{
    return readShape<domain::Balance>(
        answer, u"payable"_s, [](auto &io, auto &b) { describeBalance(io, b); });
}

} // namespace mikro::client
