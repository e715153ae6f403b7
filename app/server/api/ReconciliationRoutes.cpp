#include "app/server/api/ReconciliationRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/PayoutImportCodec.h"
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
            const client::PayoutBatch batch = client::payoutBatchOf(csv.value(), clock.nowUtc());
            const bool wantsCsv = as == "csv"_L1 || request.header("accept").contains("text/csv");
            if (wantsCsv) {
                http::Response file
                    = http::Response::text(200, "text/csv; charset=utf-8", batch.csv);
                file.setHeader("Content-Disposition",
                    "attachment; filename=\"" + batch.filename.toLatin1() + '"');
                return file;
            }
            client::JsonWriter answer = client::JsonWriter::success(tr("Payout batch"));
            client::writePayoutBatch(answer, batch);
            return answer;
        });

    addAction(router, gate, u"transaction"_s, u"import_payout_results"_s,
        [&reconcile](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto csv = body.text(u"csv"_s, Need::Required, MaxCsvChars);
            const auto dryRun = body.boolean(u"dry_run"_s);
            const auto expect = body.integer(u"expect_matched"_s, Need::Optional);
            if (!csv.ok())
                return csv.error();
            if (!dryRun.ok())
                return dryRun.error();
            if (!expect.ok())
                return expect.error();
            const QByteArray file = csv.value()->toUtf8();
            const bool applying = !dryRun.value().value_or(false);
            std::optional<int> expected;
            if (expect.value()) {
                if (*expect.value() < 0 || *expect.value() > 20000)
                    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                        tr("expect_matched is a count of rows, 0 to 20000."))
                        .withField(u"expect_matched"_s);
                expected = int(*expect.value());
            }
            const auto result = applying ? reconcile.apply(caller, file, {}, expected)
                                         : reconcile.preview(caller, file);
            if (!result.ok())
                return result.error();
            client::JsonWriter answer = client::JsonWriter::success(applying
                    ? tr("Payout results imported")
                    : tr("Payout results checked; nothing was paid"));
            client::writePayoutImport(answer, client::payoutImportOf(result.value(), applying));
            return answer;
        });
}

} // namespace mikro::server
