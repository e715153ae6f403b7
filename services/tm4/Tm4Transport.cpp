#include "services/tm4/Tm4Transport.h"

#include "services/tm4/Tm4Log.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::tm4 {
namespace {

constexpr qint64 MaxBodyBytes = 64LL * 1024 * 1024;
constexpr int ConnectionsPerManager = 6;

core::Error unavailable(const QString &diagnostic)
{
    return core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_unavailable",
        QCoreApplication::translate("mikro::tm4::Transport",
            "The Tasking Manager did not answer. Mikro will try again at the next sync."),
        diagnostic);
}

} // namespace

struct Tm4Transport::Call
{
    QNetworkRequest request;
    QString path; ///< for logs: no query, no token
    NotFoundMeaning notFound;
    RequestCounter counter;
    QPromise<core::Result<QByteArray>> promise;
    int attempt = 0;
};

Tm4Transport::Tm4Transport(Tm4Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_random(QRandomGenerator::securelySeeded())
{
}

Tm4Transport::~Tm4Transport()
{
    for (const auto &call : m_queue) {
        call->promise.addResult(unavailable(u"client stopped"_s));
        call->promise.finish();
    }
}

QFuture<core::Result<QByteArray>> Tm4Transport::get(
    const QString &path, const QUrlQuery &query, NotFoundMeaning notFound, RequestCounter counter)
{
    auto call = std::make_shared<Call>();
    QUrl url = m_settings.apiUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    call->request = QNetworkRequest(url);
    call->request.setTransferTimeout(static_cast<int>(m_settings.timeout.count()));
    call->request.setRawHeader("Accept", "application/json");
    call->request.setRawHeader("Accept-Language", m_settings.language.toLatin1());
    if (!m_settings.token.isEmpty())
        call->request.setRawHeader(
            "Authorization", m_settings.scheme.toLatin1() + ' ' + m_settings.token.reveal());
    call->path = path;
    call->notFound = std::move(notFound);
    call->counter = std::move(counter);
    call->promise.start();
    QFuture<core::Result<QByteArray>> future = call->promise.future();
    QMetaObject::invokeMethod(
        this, [this, call] { enqueue(call); }, Qt::QueuedConnection);
    return future;
}

void Tm4Transport::enqueue(const std::shared_ptr<Call> &call)
{
    m_queue.push_back(call);
    pump();
}

void Tm4Transport::pump()
{
    if (m_managers.empty()) {
        // Made here, on the transport's own thread, where they will be used.
        const int managers = (qMax(1, m_settings.maxConcurrency) + ConnectionsPerManager - 1)
            / ConnectionsPerManager;
        for (int i = 0; i < managers; ++i) {
            auto *manager = new QNetworkAccessManager(this);
            // The token must not follow a redirect to another host.
            manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
            m_managers.push_back(manager);
            m_busy.push_back(0);
        }
    }
    while (m_inFlight < m_settings.maxConcurrency && !m_queue.empty()) {
        auto call = m_queue.front();
        m_queue.pop_front();
        send(call);
    }
}

void Tm4Transport::send(const std::shared_ptr<Call> &call)
{
    const auto least = std::min_element(m_busy.begin(), m_busy.end());
    const auto manager = static_cast<size_t>(std::distance(m_busy.begin(), least));
    ++m_busy[manager];
    ++m_inFlight;
    ++m_sent;
    if (call->counter)
        ++*call->counter;
    QNetworkReply *reply = m_managers[manager]->get(call->request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes) {
            reply->setProperty("mikroTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, call, reply, manager] { finished(call, reply, manager); });
}

void Tm4Transport::finished(const std::shared_ptr<Call> &call, QNetworkReply *reply, size_t manager)
{
    reply->deleteLater();
    --m_busy[manager];
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = status == 200 ? reply->readAll() : QByteArray();
    const QString where = u"GET %1 (attempt %2)"_s.arg(call->path).arg(call->attempt + 1);
    if (reply->property("mikroTooLarge").toBool()) {
        call->promise.addResult(unavailable(where + u": body over 64 MiB"_s));
        call->promise.finish();
    } else if (status == 200) {
        call->promise.addResult(body);
        call->promise.finish();
    } else if (status == 404) {
        call->promise.addResult(core::Error::make(call->notFound.kind, call->notFound.code,
            QCoreApplication::translate(
                "mikro::tm4::Transport", "The Tasking Manager has no such project or task."),
            where + u": 404"_s));
        call->promise.finish();
    } else if (status == 401 || status == 403) {
        call->promise.addResult(
            core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_unauthorized",
                QCoreApplication::translate("mikro::tm4::Transport",
                    "The Tasking Manager refused Mikro's token. Ask an administrator to check "
                    "TM4_API_TOKEN and TM4_AUTH_SCHEME."),
                where + u": %1"_s.arg(status)));
        call->promise.finish();
    } else if (status == 429 || status >= 500 || status == 0) {
        std::chrono::milliseconds retryAfter { 0 };
        bool numeric = false;
        const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&numeric);
        if (numeric && seconds > 0)
            retryAfter = std::chrono::seconds(seconds);
        const QString why = status == 0 ? reply->errorString() : u"HTTP %1"_s.arg(status);
        retryOrFail(call, unavailable(where + u": "_s + why), retryAfter);
    } else {
        call->promise.addResult(
            core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_unexpected_status",
                QCoreApplication::translate("mikro::tm4::Transport",
                    "The Tasking Manager answered with an unexpected status (%1).")
                    .arg(status),
                where));
        call->promise.finish();
    }
    pump();
}

void Tm4Transport::retryOrFail(
    const std::shared_ptr<Call> &call, core::Error error, std::chrono::milliseconds retryAfter)
{
    if (call->attempt >= m_settings.maxRetries) {
        qCWarning(lcTm4).noquote() << "giving up:" << error.diagnostic;
        call->promise.addResult(std::move(error));
        call->promise.finish();
        return;
    }
    // Exponential back-off with full jitter: a random wait in [0, base * 2^attempt], capped.
    const qint64 ceiling = qMin<qint64>(m_settings.backoffMax.count(),
        m_settings.backoffBase.count() * (qint64(1) << qMin(call->attempt, 20)));
    const qint64 wait = qMax<qint64>(retryAfter.count(),
        ceiling > 0 ? static_cast<qint64>(m_random.bounded(static_cast<quint64>(ceiling) + 1)) : 0);
    qCDebug(lcTm4).noquote() << "retrying in" << wait << "ms:" << error.diagnostic;
    ++call->attempt;
    QTimer::singleShot(std::chrono::milliseconds(qMin(wait, m_settings.backoffMax.count())), this,
        [this, call] { enqueue(call); });
}

} // namespace mikro::tm4
