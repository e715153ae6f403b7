#include "services/core/SafeLog.h"

#include "services/core/Clock.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace mikro::core {

namespace {

// The format the message handler writes; Qt calls the handler as a free function, so the choice
// lives here (set once at start, before the first line).
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
std::atomic<LogFormat> g_format { LogFormat::Text };

QString levelWord(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = g_format.load() == LogFormat::Json
        ? jsonLogLine(type, context.category, message, SystemClock().nowUtc())
        : qFormatLogMessage(type, context, escapeForLog(message)).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString escapeForLog(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u < 0x20 || u == 0x7f)
            out += u"\\x%1"_s.arg(int(u), 2, 16, QChar(u'0'));
        else if ((u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

QByteArray jsonLogLine(
    QtMsgType type, const char *category, const QString &message, const QDateTime &atUtc)
{
    const QJsonObject line { { u"time"_s, atUtc.toUTC().toString(Qt::ISODateWithMs) },
        { u"level"_s, levelWord(type) },
        { u"category"_s, QString::fromUtf8(category ? category : "default") },
        { u"message"_s, escapeForLog(message) } };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

void setLogFormat(LogFormat format)
{
    g_format.store(format);
}

void installSafeLogging()
{
    qInstallMessageHandler(writeLine);
}

} // namespace mikro::core
