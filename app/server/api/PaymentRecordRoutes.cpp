#include "app/server/api/PaymentRecordRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

client::JsonWriter recordsAnswer(const domain::PaymentRecordSet &set, bool withAdjustments)
{
    client::JsonWriter out = client::JsonWriter::success(
        QCoreApplication::translate("mikro::server::PaymentRecordRoutes", "Transactions"));
    client::writePaymentRecords(out, set, withAdjustments);
    return out;
}

} // namespace

void addPaymentRecordRoutes(
    http::Router &router, const AuthGate &gate, const domain::PaymentRecords &records)
{
    addAction(router, gate, u"transaction"_s, u"fetch_org_transactions"_s,
        [&records](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto user = body.text(u"user_id"_s, Need::Optional, 255);
            if (!user.ok())
                return user.error();
            const auto set = records.org(caller, user.value().value_or(QString()));
            if (!set.ok())
                return set.error();
            return recordsAnswer(set.value(), false);
        });

    addAction(router, gate, u"transaction"_s, u"fetch_user_transactions"_s,
        [&records](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto set = records.mine(caller);
            if (!set.ok())
                return set.error();
            return recordsAnswer(set.value(), true);
        });
}

} // namespace mikro::server
