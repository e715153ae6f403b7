#include "services/store/SqlScript.h"

using namespace Qt::StringLiterals;

namespace mikro::store {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/// A dollar-quote tag ($$ or $tag$) starting at `i`, or an empty string.
QString dollarTagAt(const QString &s, qsizetype i)
{
    if (s[i] != u'$')
        return {};
    qsizetype j = i + 1;
    while (j < s.size() && isWordChar(s[j]))
        ++j;
    if (j < s.size() && s[j] == u'$')
        return s.mid(i, j - i + 1);
    return {};
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    int triggerDepth = 0; // BEGIN … END nesting inside CREATE TRIGGER
    qsizetype i = 0;
    const qsizetype n = script.size();
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            statements << current.trimmed();
        current.clear();
    };
    while (i < n) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            // Comments are dropped (a space keeps tokens apart), so a statement starts with its
            // code.
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? n : end;
            current += u' ';
        } else if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
        } else if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n) {
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) { // doubled quote inside
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = qMin(n, j + 1);
            current += script.mid(i, stop - i);
            i = stop;
        } else if (const QString tag = dollarTagAt(script, i); !tag.isEmpty()) {
            const qsizetype end = script.indexOf(tag, i + tag.size());
            const qsizetype stop = end < 0 ? n : end + tag.size();
            current += script.mid(i, stop - i);
            i = stop;
        } else if (isWordChar(c) && (i == 0 || !isWordChar(script[i - 1]))) {
            qsizetype j = i;
            while (j < n && isWordChar(script[j]))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (word == "BEGIN"_L1 || word == "END"_L1) {
                const QString head = current.simplified().toUpper();
                const bool inTrigger = head.startsWith("CREATE TRIGGER"_L1)
                    || head.startsWith("CREATE TEMP TRIGGER"_L1);
                if (inTrigger && word == "BEGIN"_L1)
                    ++triggerDepth;
                else if (inTrigger && triggerDepth > 0)
                    --triggerDepth;
            }
            current += script.mid(i, j - i);
            i = j;
        } else if (c == u';' && triggerDepth == 0) {
            flush();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    flush();
    return statements;
}

} // namespace mikro::store
