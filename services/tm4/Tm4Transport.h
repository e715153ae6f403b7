#pragma once

#include "services/core/Result.h"
#include "services/tm4/Tm4Settings.h"

#include <QFuture>
#include <QObject>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace mikro::tm4 {

/// Counts the HTTP requests made for one piece of work (retries included); shared, so it may
/// outlive the caller while requests are still queued.
using RequestCounter = std::shared_ptr<std::atomic<quint64>>;

/// What a 404 means for one kind of request (project or task not found).
struct NotFoundMeaning
{
    core::ErrorKind kind = core::ErrorKind::NotFound;
    QByteArray code = "tm4_not_found";
};

/// GET requests to TM4 with the settings' token scheme and language, at most `maxConcurrency` in
/// flight (the rest wait in order), a transfer timeout, and retries with exponential back-off and
/// full jitter on 5xx, 429 (honouring Retry-After) and network errors. Lives on the thread that
/// owns it (Tm4Client gives it one); `get` may be called from any thread.
/// Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host, so the transport
/// keeps one manager per 6 concurrent requests.
class Tm4Transport : public QObject
{
    Q_OBJECT

public:
    explicit Tm4Transport(Tm4Settings settings, QObject *parent = nullptr);
    ~Tm4Transport() override;

    [[nodiscard]] QFuture<core::Result<QByteArray>> get(const QString &path, const QUrlQuery &query,
        NotFoundMeaning notFound, RequestCounter counter = {});
    /// HTTP requests sent so far, retries included.
    [[nodiscard]] quint64 requestsSent() const { return m_sent.load(); }

private:
    struct Call;
    void enqueue(const std::shared_ptr<Call> &call);
    void pump();
    void send(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call, QNetworkReply *reply, size_t manager);
    void retryOrFail(
        const std::shared_ptr<Call> &call, core::Error error, std::chrono::milliseconds retryAfter);

    Tm4Settings m_settings;
    std::vector<QNetworkAccessManager *> m_managers;
    std::vector<int> m_busy;
    std::deque<std::shared_ptr<Call>> m_queue;
    int m_inFlight = 0;
    std::atomic<quint64> m_sent { 0 };
    QRandomGenerator m_random;
};

} // namespace mikro::tm4
