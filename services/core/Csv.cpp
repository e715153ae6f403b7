#include "services/core/Csv.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::core {

namespace {
Error csvError(qsizetype line, const char *why)
{
    Error e = Error::make(ErrorKind::InvalidInput, "invalid_csv",
        QCoreApplication::translate("mikro::core::Csv", "The file is not valid CSV at line %1.")
            .arg(line),
        QString::fromLatin1(why));
    e.details.insert(u"line"_s, line);
    return e;
}
} // namespace

QString csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()
        && (text[0] == u'=' || text[0] == u'+' || text[0] == u'-' || text[0] == u'@'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields)
        out << csvField(field);
    return out.join(u',') + u"\r\n"_s;
}

Result<QList<QStringList>> parseCsv(const QByteArray &data, qsizetype maxRows)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    qsizetype line = 1;
    qsizetype quoteLine = 1;
    auto endRow = [&] {
        row << field;
        field.clear();
        if (!(row.size() == 1 && row[0].isEmpty()))
            rows << row;
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            row << field;
            field.clear();
            afterQuote = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRow();
            afterQuote = false;
            ++line;
            if (rows.size() > maxRows)
                return csvError(line, "too many rows");
        } else if (afterQuote) {
            return csvError(line, "text after a closing quote");
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return csvError(quoteLine, "unterminated quote");
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

} // namespace mikro::core
