#include "services/client/codec/ApiAnswer.h"

#include "services/client/codec/JsonReader.h"
#include "services/core/ErrorStatus.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("mikro::client::ApiConnection", text);
}

} // namespace

core::Result<QJsonObject> answerOf(int status, const QByteArray &body)
{
    QJsonParseError parse {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    const QJsonObject object = document.object();
    if (status == 200 && parse.error == QJsonParseError::NoError && document.isObject())
        return object;
    if (status == 200)
        return unreadableAnswer(u"HTTP 200 without a JSON object: "_s + parse.errorString());
    core::Error error = core::Error::make(core::errorKindOfStatus(status),
        object.value(u"error"_s).toString(u"http_%1"_s.arg(status)).toUtf8(),
        object.value(u"message"_s).toString(),
        u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(body.left(300))));
    if (error.message.isEmpty())
        error.message
            = translated(QT_TRANSLATE_NOOP("mikro::client::ApiConnection",
                             "The server refused the request (HTTP %1). Try again; if it happens "
                             "again, tell your administrator."))
                  .arg(status);
    error.field = object.value(u"field"_s).toString();
    error.details = object.value(u"details"_s).toObject().toVariantMap();
    return error;
}

} // namespace mikro::client
