#include "models/payments/ProviderFile.h"

#include "services/core/Csv.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mikro::models {

namespace {

constexpr std::array AllFields { ProviderField::RequestId, ProviderField::Email,
    ProviderField::Amount, ProviderField::Reference, ProviderField::Currency,
    ProviderField::Status };

bool required(ProviderField f)
{
    return f != ProviderField::Currency && f != ProviderField::Status;
}

/// Header names providers use for each field, compared without case, spaces or punctuation.
QStringList namesFor(ProviderField f)
{
    switch (f) {
    case ProviderField::RequestId:
        return { u"requestid"_s, u"request"_s, u"requestnumber"_s, u"clientreference"_s,
            u"externalid"_s };
    case ProviderField::Email:
        return { u"email"_s, u"emailaddress"_s, u"payeeemail"_s, u"recipientemail"_s,
            u"recipient"_s };
    case ProviderField::Amount:
        return { u"amount"_s, u"paidamount"_s, u"payoutamount"_s, u"value"_s };
    case ProviderField::Reference:
        return { u"reference"_s, u"transferreference"_s, u"transactionid"_s, u"transferid"_s,
            u"paymentid"_s, u"payoutid"_s };
    case ProviderField::Currency:
        return { u"currency"_s, u"currencycode"_s };
    case ProviderField::Status:
        return { u"status"_s, u"state"_s, u"result"_s };
    }
    return {};
}

QString squeezed(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

/// A line of the provider's cells as they were: RFC 4180 quoting only. Unlike the export, no
/// apostrophe in front of "-" or "+": a transfer reference must reach the import unchanged.
QString verbatimLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells) {
        const bool quote
            = c.contains(u',') || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r');
        out << (quote ? u'"' + QString(c).replace(u"\""_s, u"\"\""_s) + u'"' : c);
    }
    return out.join(u',') + u"\r\n"_s;
}

} // namespace

QString importName(ProviderField field)
{
    switch (field) {
    case ProviderField::RequestId:
        return u"request_id"_s;
    case ProviderField::Email:
        return u"email"_s;
    case ProviderField::Amount:
        return u"amount"_s;
    case ProviderField::Reference:
        return u"reference"_s;
    case ProviderField::Currency:
        return u"currency"_s;
    case ProviderField::Status:
        return u"status"_s;
    }
    return {};
}

bool ProviderColumns::complete() const
{
    QSet<int> used;
    for (const ProviderField f : AllFields) {
        const int c = (*this)[f];
        if (c < 0) {
            if (required(f))
                return false;
            continue;
        }
        if (used.contains(c))
            return false;
        used.insert(c);
    }
    return true;
}

core::Result<ProviderFile> ProviderFile::read(const QByteArray &bytes)
{
    auto table = core::parseCsv(bytes, MaxRows + 1);
    if (!table.ok())
        return table.error();
    if (table.value().isEmpty()) {
        core::Error e = core::Error::make(core::ErrorKind::InvalidInput, "invalid_csv",
            QCoreApplication::translate("mikro::models::ProviderFile",
                "The file is empty: a provider's result file starts with a header row."));
        e.details.insert(u"line"_s, 1);
        return e;
    }
    ProviderFile file;
    file.m_table = table.value();
    return file;
}

QString ProviderFile::cell(int line, int column) const
{
    const qsizetype row = line - 1;
    if (row < 0 || row >= m_table.size() || column < 0 || column >= m_table.at(row).size())
        return {};
    return m_table.at(row).at(column);
}

ProviderColumns ProviderFile::guess() const
{
    ProviderColumns found;
    QSet<int> taken;
    for (const ProviderField f : AllFields) {
        // The names in their order of preference: "reference" before "payment id".
        for (const QString &name : namesFor(f)) {
            for (int c = 0; c < header().size() && found[f] < 0; ++c)
                if (!taken.contains(c) && squeezed(header().at(c)) == name)
                    found[f] = c;
            if (found[f] >= 0) {
                taken.insert(found[f]);
                break;
            }
        }
    }
    return found;
}

QString ProviderFile::layout() const
{
    QStringList names;
    for (const QString &h : header())
        names << h.trimmed().toLower();
    return names.join(u',');
}

QByteArray ProviderFile::canonical(const ProviderColumns &columns) const
{
    QStringList head = header();
    QSet<QString> ours;
    for (const ProviderField f : AllFields)
        ours.insert(importName(f));
    for (QString &h : head)
        if (ours.contains(h.trimmed().toLower()))
            h = u"file_"_s + h.trimmed();
    for (const ProviderField f : AllFields)
        if (columns[f] >= 0 && columns[f] < head.size())
            head[columns[f]] = importName(f);
    QString out = verbatimLine(head);
    for (qsizetype i = 1; i < m_table.size(); ++i)
        out += verbatimLine(m_table.at(i));
    return out.toUtf8();
}

QByteArray ProviderFile::rowsOn(const QList<int> &lines) const
{
    QString out = core::csvLine(header());
    for (const int line : lines)
        if (line >= 2 && line <= m_table.size())
            out += core::csvLine(m_table.at(line - 1));
    return out.toUtf8();
}

} // namespace mikro::models
