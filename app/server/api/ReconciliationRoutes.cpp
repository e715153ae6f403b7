#include "app/server/api/ReconciliationRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/core/Clock.h"
#include "services/domain/money/ReconciliationService.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ReconciliationRoutes", text);
}

constexpr qsizetype MaxCsvChars
    = qsizetype(900) * 1024; // under the 1 MiB body limit with the envelope

} // namespace

void addReconciliationRoutes(http::Router &router, const AuthGate &gate,
    const domain::ReconciliationService &reconcile, const core::Clock &clock)
{
    addAction(router, gate, u"transaction"_s, u"export_payout_batch"_s,
        [&reconcile, &clock](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto format = body.text(u"format"_s, Need::Optional, 10);
            if (!format.ok())
                return format.error();
            // Any value at all (an array reads as an error here) asks for a selection.
            if (const auto ids = body.text(u"request_ids"_s, Need::Optional, 10000);
                !ids.ok() || ids.value())
                return core::Error::make(core::ErrorKind::NotImplemented, "not_implemented",
                    tr("The batch holds every pending request; choosing some is not "
                       "available yet."))
                    .withField(u"request_ids"_s);
            const QString as = format.value().value_or(u"json"_s);
            if (as != "json"_L1 && as != "csv"_L1)
                return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                    tr("The format is json or csv."))
                    .withField(u"format"_s);
            const auto csv = reconcile.exportPending(caller);
            if (!csv.ok())
                return csv.error();
            const QString filename
                = u"mikro-payouts-%1.csv"_s.arg(clock.nowUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
            const bool wantsCsv = as == "csv"_L1 || request.header("accept").contains("text/csv");
            if (wantsCsv) {
                http::Response file
                    = http::Response::text(200, "text/csv; charset=utf-8", csv.value());
                file.setHeader(
                    "Content-Disposition", "attachment; filename=\"" + filename.toLatin1() + '"');
                return file;
            }
            const qint64 rows = qMax<qint64>(0, csv.value().count('\n') - 1);
            return client::JsonWriter::success(tr("Payout batch"))
                .field(u"filename"_s, filename)
                .field(u"csv"_s, QString::fromUtf8(csv.value()))
                .field(u"rows"_s, rows);
        });

    addAction(router, gate, u"transaction"_s, u"import_payout_results"_s,
        [&reconcile](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto csv = body.text(u"csv"_s, Need::Required, MaxCsvChars);
            const auto dryRun = body.boolean(u"dry_run"_s);
            if (!csv.ok())
                return csv.error();
            if (!dryRun.ok())
                return dryRun.error();
            const QByteArray file = csv.value()->toUtf8();
            const auto result = dryRun.value().value_or(false) ? reconcile.preview(caller, file)
                                                               : reconcile.apply(caller, file);
            if (!result.ok())
                return result.error();
            QList<client::JsonWriter> matched;
            QList<client::JsonWriter> mismatched;
            QList<client::JsonWriter> alreadyPaid;
            qint64 total = 0;
            for (const domain::ImportRow &row : result.value().rows) {
                client::JsonWriter out = client::JsonWriter::object();
                out.field(u"row"_s, qint64(row.line)).field(u"request_id"_s, row.requestId);
                if (row.verdict == domain::ImportVerdict::Matched) {
                    out.money(u"amount"_s, row.amount);
                    total += row.amount.cents();
                    matched << out;
                } else if (row.verdict == domain::ImportVerdict::AlreadyPaid) {
                    alreadyPaid << out;
                } else {
                    out.field(u"reason"_s, domain::verdictName(row.verdict));
                    mismatched << out;
                }
            }
            const bool applied = !dryRun.value().value_or(false);
            return client::JsonWriter::success(applied
                    ? tr("Payout results imported")
                    : tr("Payout results checked; nothing was paid"))
                .array(u"matched"_s, matched)
                .array(u"mismatched"_s, mismatched)
                .array(u"already_paid"_s, alreadyPaid)
                .field(u"paid_count"_s, applied ? matched.size() : qsizetype(0))
                .money(u"paid_total"_s, core::Money(applied ? total : 0));
        });
}

} // namespace mikro::server
