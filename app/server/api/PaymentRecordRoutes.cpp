#include "app/server/api/PaymentRecordRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/LedgerCodec.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/domain/money/LedgerHistory.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/RequestBreakdown.h"
#include "services/http/Router.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

client::JsonWriter recordsAnswer(const domain::PaymentRecordSet &set, client::RecordsView view)
{
    client::JsonWriter out = client::JsonWriter::success(
        QCoreApplication::translate("mikro::server::PaymentRecordRoutes", "Transactions"));
    client::writePaymentRecords(out, set, view);
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::PaymentRecordRoutes", text);
}

/// The body of fetch_user_ledger (LedgerCodec's ledgerQueryBody): every field optional.
core::Result<domain::LedgerQuery> ledgerQueryOf(const JsonBody &body)
{
    domain::LedgerQuery query;
    const auto offset = body.integer(u"offset"_s, Need::Optional);
    const auto limit = body.integer(u"limit"_s, Need::Optional);
    const auto kind = body.text(u"kind"_s, Need::Optional, 32);
    const auto sort = body.text(u"sort"_s, Need::Optional, 16);
    const auto descending = body.boolean(u"descending"_s);
    if (const auto problem = fieldProblems(
            { errorOf(offset), errorOf(limit), errorOf(kind), errorOf(sort), errorOf(descending) }))
        return *problem;
    query.offset = offset.value().value_or(0);
    const qint64 wanted = limit.value().value_or(domain::LedgerQuery::MaxLimit);
    // Out of range is refused by LedgerHistory with its field: any such number will do.
    query.limit
        = static_cast<int>(std::clamp<qint64>(wanted, 0, domain::LedgerQuery::MaxLimit + 1));
    if (kind.value()) {
        query.kind = domain::ledgerKindFromText(*kind.value());
        if (!query.kind)
            return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                tr("Give a ledger kind such as mapping, validation or adjustment."))
                .withField(u"kind"_s);
    }
    if (sort.value()) {
        const auto order = domain::ledgerSortFromText(*sort.value());
        if (!order)
            return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                tr("Sort the ledger by date, kind or amount."))
                .withField(u"sort"_s);
        query.sort = *order;
    }
    query.descending = descending.value().value_or(true);
    return query;
}

} // namespace

void addPaymentRecordRoutes(http::Router &router, const AuthGate &gate,
    const domain::PaymentRecords &records, const domain::LedgerHistory &ledger,
    const domain::RequestBreakdowns &breakdowns)
{
    addAction(router, gate, u"transaction"_s, u"fetch_payment_request_details"_s,
        [&breakdowns](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"request_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto details = breakdowns.read(caller, *id.value());
            if (!details.ok())
                return details.error();
            client::JsonWriter out = client::JsonWriter::success(tr("Payment request details"));
            client::writeRequestBreakdown(out, details.value());
            return out;
        });

    addAction(router, gate, u"transaction"_s, u"fetch_user_ledger"_s,
        [&ledger](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto query = ledgerQueryOf(body);
            if (!query.ok())
                return query.error();
            // `user_id` (an addition for the desktop's Users page): an admin reads that person's.
            const auto user = body.text(u"user_id"_s, Need::Optional, 255);
            if (!user.ok())
                return user.error();
            const auto page = user.value() ? ledger.ofPerson(caller, *user.value(), query.value())
                                           : ledger.mine(caller, query.value());
            if (!page.ok())
                return page.error();
            client::JsonWriter out = client::JsonWriter::success(tr("Ledger"));
            client::writeLedgerPage(out, page.value());
            return out;
        });

    addAction(router, gate, u"transaction"_s, u"fetch_org_transactions"_s,
        [&records](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto user = body.text(u"user_id"_s, Need::Optional, 255);
            if (!user.ok())
                return user.error();
            const auto set = records.org(caller, user.value().value_or(QString()));
            if (!set.ok())
                return set.error();
            return recordsAnswer(set.value(), client::RecordsView::Org);
        });

    addAction(router, gate, u"transaction"_s, u"fetch_user_transactions"_s,
        [&records](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto set = records.mine(caller);
            if (!set.ok())
                return set.error();
            return recordsAnswer(set.value(), client::RecordsView::Own);
        });
}

} // namespace mikro::server
