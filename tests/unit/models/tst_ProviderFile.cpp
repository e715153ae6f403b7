#include "models/payments/ImportPreviewModel.h"
#include "models/payments/ProviderFile.h"
#include "services/core/Csv.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mikro;
using models::ProviderField;

/// A payment provider's result file read on the desktop (UI.md §5.4 Import results): its columns
/// guessed from the header names, the file rewritten with the import's names whatever the
/// provider called them, and the preview's rows in words.
class tst_ProviderFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void columnsAreGuessedFromTheProvidersNames();
    void theFileIsRewrittenWithTheImportsNames();
    void anUnreadableFileNamesTheLine();
    void skippedRowsKeepTheOriginalHeader();
    void thePreviewSaysWhatBecomesOfEachRow();
};

namespace {

const QByteArray Provider = "Transaction ID,Payee Email,Amount,Currency,Status,Request\r\n"
                            "-TX1,ana@pay.example,12.50,EUR,Completed,41\r\n"
                            "\"TX,2\",ben@pay.example,7.00,EUR,Failed,42\r\n";

} // namespace

void tst_ProviderFile::columnsAreGuessedFromTheProvidersNames()
{
    const auto file = models::ProviderFile::read(Provider);
    QVERIFY(file.ok());
    QCOMPARE(file.value().rowCount(), 2);
    const models::ProviderColumns guessed = file.value().guess();
    QCOMPARE(guessed[ProviderField::RequestId], 5);
    QCOMPARE(guessed[ProviderField::Email], 1);
    QCOMPARE(guessed[ProviderField::Amount], 2);
    QCOMPARE(guessed[ProviderField::Reference], 0);
    QCOMPARE(guessed[ProviderField::Currency], 3);
    QCOMPARE(guessed[ProviderField::Status], 4);
    QVERIFY(guessed.complete());
    // A column serving two fields, or a required field without one, is not a mapping.
    models::ProviderColumns twice = guessed;
    twice[ProviderField::Email] = 2;
    QVERIFY(!twice.complete());
    models::ProviderColumns missing = guessed;
    missing[ProviderField::Reference] = -1;
    QVERIFY(!missing.complete());
    models::ProviderColumns optional = guessed;
    optional[ProviderField::Status] = -1;
    QVERIFY(optional.complete());
    QCOMPARE(file.value().layout(), u"transaction id,payee email,amount,currency,status,request"_s);
}

void tst_ProviderFile::theFileIsRewrittenWithTheImportsNames()
{
    // A provider whose "reference" column is not the transfer reference.
    const QByteArray odd = "reference,Paid To,Sum,Id,Payout ID\r\n"
                           "note,ana@pay.example,12.50,41,-TX1\r\n";
    const auto file = models::ProviderFile::read(odd);
    QVERIFY(file.ok());
    models::ProviderColumns chosen;
    chosen[ProviderField::RequestId] = 3;
    chosen[ProviderField::Email] = 1;
    chosen[ProviderField::Amount] = 2;
    chosen[ProviderField::Reference] = 4;
    QVERIFY(chosen.complete());
    const auto table = core::parseCsv(file.value().canonical(chosen));
    QVERIFY(table.ok());
    QCOMPARE(table.value().at(0),
        (QStringList {
            u"file_reference"_s, u"email"_s, u"amount"_s, u"request_id"_s, u"reference"_s }));
    // The cells travel as they were: no spreadsheet apostrophe in front of "-TX1".
    QCOMPARE(table.value().at(1),
        (QStringList { u"note"_s, u"ana@pay.example"_s, u"12.50"_s, u"41"_s, u"-TX1"_s }));
    const auto quoted = models::ProviderFile::read(Provider);
    QVERIFY(quoted.ok());
    const auto again = core::parseCsv(quoted.value().canonical(quoted.value().guess()));
    QVERIFY(again.ok());
    QCOMPARE(again.value().at(2).at(0), u"TX,2"_s);
}

void tst_ProviderFile::anUnreadableFileNamesTheLine()
{
    const auto broken = models::ProviderFile::read("a,b\r\n1,2\r\n\"open,3\r\n");
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, "invalid_csv");
    QVERIFY2(broken.error().message.contains(u'3'), qPrintable(broken.error().message));
    const auto empty = models::ProviderFile::read({});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().details.value(u"line"_s).toInt(), 1);
}

void tst_ProviderFile::skippedRowsKeepTheOriginalHeader()
{
    const auto file = models::ProviderFile::read(Provider);
    QVERIFY(file.ok());
    const auto table = core::parseCsv(file.value().rowsOn({ 3 }));
    QVERIFY(table.ok());
    QCOMPARE(table.value().size(), 2);
    QCOMPARE(table.value().at(0).at(0), u"Transaction ID"_s);
    QCOMPARE(table.value().at(1).at(0), u"TX,2"_s);
    QCOMPARE(file.value().cell(2, 1), u"ana@pay.example"_s);
    QCOMPARE(file.value().cell(9, 1), QString());
}

void tst_ProviderFile::thePreviewSaysWhatBecomesOfEachRow()
{
    using V = domain::ImportVerdict;
    const auto file = models::ProviderFile::read(Provider);
    QVERIFY(file.ok());
    client::PayoutImport judged;
    judged.rows = { { 2, 41, V::AlreadyPaid, {} }, { 3, 42, V::ProviderFailed, {} } };
    domain::PaymentRecordSet records;
    domain::PayRequestRow paidRequest;
    paidRequest.id = 41;
    paidRequest.amount = core::Money(1250);
    paidRequest.status = domain::PaymentStatus::Paid;
    records.decided << paidRequest;
    domain::PaymentRow payment;
    payment.id = 88;
    payment.requestId = 41;
    payment.paidAt = QDateTime(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc());
    records.payments << payment;
    models::ImportPreviewModel model;
    QAbstractItemModelTester tester(&model);
    model.setPreview(file.value(), file.value().guess(), judged, records, u"EUR"_s);
    QCOMPARE(model.rowCount(), 2);
    using C = models::ImportPreviewModel;
    QCOMPARE(model.index(0, C::Email).data().toString(), u"ana@pay.example"_s);
    QCOMPARE(model.index(0, C::FileAmount).data().toString(), u"12.50"_s);
    QCOMPARE(model.index(0, C::Requested).data().toString(), u"€12.50"_s);
    QCOMPARE(model.index(0, C::Reference).data().toString(), u"-TX1"_s);
    QVERIFY2(model.index(0, C::Result).data().toString().startsWith(u"Already paid (#88, "_s),
        qPrintable(model.index(0, C::Result).data().toString()));
    QCOMPARE(model.index(1, C::Result).data().toString(), u"Failed at provider"_s);
    QCOMPARE(models::ImportPreviewModel::skippedLines(judged), (QList<int> { 3 }));
    model.setShown(C::Shown::Matches);
    QCOMPARE(model.rowCount(), 0);
    model.setShown(C::Shown::All);
    model.markChanged({ 3 });
    QCOMPARE(
        model.index(1, C::Result).data().toString(), u"Failed at provider (changed meanwhile)"_s);
}

QTEST_GUILESS_MAIN(tst_ProviderFile)
#include "tst_ProviderFile.moc"
