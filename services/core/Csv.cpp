#include "services/core/Csv.h"

#include <QCoreApplication>

#include <optional>

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

/// RFC 4180 with the usual liberties (CR, LF or CRLF line ends; a BOM skipped; blank lines
/// ignored), one character at a time.
class CsvParser
{
public:
    CsvParser(QString text, qsizetype maxRows)
        : m_text(std::move(text))
        , m_maxRows(maxRows)
    {
    }

    Result<QList<QStringList>> parse()
    {
        for (m_at = 0; m_at < m_text.size(); ++m_at) {
            const QChar c = m_text[m_at];
            if (m_quoted)
                inQuotes(c);
            else if (std::optional<Error> failed = outsideQuotes(c))
                return *failed;
        }
        if (m_quoted)
            return csvError(m_quoteLine, "unterminated quote");
        if (!m_field.isEmpty() || !m_row.isEmpty())
            endRow();
        return m_rows;
    }

private:
    [[nodiscard]] bool nextIs(QChar c) const
    {
        return m_at + 1 < m_text.size() && m_text[m_at + 1] == c;
    }

    void inQuotes(QChar c)
    {
        if (c != u'"') {
            if (c == u'\n')
                ++m_line;
            m_field += c;
        } else if (nextIs(u'"')) {
            m_field += u'"';
            ++m_at;
        } else {
            m_quoted = false;
            m_afterQuote = true;
        }
    }

    std::optional<Error> outsideQuotes(QChar c)
    {
        if (c == u',') {
            m_row << m_field;
            m_field.clear();
            m_afterQuote = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && nextIs(u'\n'))
                ++m_at;
            endRow();
            m_afterQuote = false;
            ++m_line;
            if (m_rows.size() > m_maxRows)
                return csvError(m_line, "too many rows");
        } else if (m_afterQuote) {
            return csvError(m_line, "text after a closing quote");
        } else if (c == u'"' && m_field.isEmpty()) {
            m_quoted = true;
            m_quoteLine = m_line;
        } else {
            m_field += c;
        }
        return std::nullopt;
    }

    void endRow()
    {
        m_row << m_field;
        m_field.clear();
        if (!(m_row.size() == 1 && m_row[0].isEmpty()))
            m_rows << m_row;
        m_row.clear();
    }

    QString m_text;
    qsizetype m_maxRows;
    qsizetype m_at = 0;
    QList<QStringList> m_rows;
    QStringList m_row;
    QString m_field;
    bool m_quoted = false;
    bool m_afterQuote = false;
    qsizetype m_line = 1;
    qsizetype m_quoteLine = 1;
};
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
    return CsvParser(std::move(text), maxRows).parse();
}

} // namespace mikro::core
