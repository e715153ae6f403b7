#include "services/http/HttpServer.h"

#include "services/http/HttpLog.h"
#include "services/http/HttpWorker.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QThread>

#include <openssl/crypto.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace mikro::http {

namespace {

/// QTcpServer that hands the raw descriptor on instead of making a socket on this thread.
class DescriptorListener final : public QTcpServer
{
public:
    explicit DescriptorListener(std::function<void(qintptr)> onIncoming)
        : m_onIncoming(std::move(onIncoming))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

} // namespace

HttpServer::HttpServer(const Router &router, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_limits(limits)
{
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcHttp) << "shutdown grace period over; closing" << m_connectionCount.load()
                          << "connection(s)";
        for (HttpWorker *worker : m_workers)
            QMetaObject::invokeMethod(worker, &HttpWorker::abortAll, Qt::QueuedConnection);
    });
}

HttpServer::~HttpServer()
{
    if (m_listener)
        m_listener->close();
    stopThreads();
}

core::Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    Q_ASSERT(!m_listener);
    m_listener = std::make_unique<DescriptorListener>([this](qintptr d) { onIncoming(d); });
    m_listener->setMaxPendingConnections(1024);
    if (!m_listener->listen(address, port)) {
        const QString why = m_listener->errorString();
        m_listener.reset();
        return core::Error::make(core::ErrorKind::Unavailable, "listen_failed",
            QCoreApplication::translate("mikro::http::HttpServer", "Cannot listen on %1:%2.")
                .arg(address.toString())
                .arg(port),
            why);
    }
    const int count = m_limits.workerThreads > 0 ? m_limits.workerThreads
                                                 : qMax(1, QThread::idealThreadCount());
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread();
        thread->setObjectName(u"http-worker-%1"_s.arg(i));
        auto *worker = new HttpWorker(
            m_router, m_limits, m_tls ? &*m_tls : nullptr, m_connectionCount, m_perClient);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        // Handlers may sign or verify with OpenSSL, which keeps per-thread state (random
        // generators for RSA blinding). Free it on the worker itself before the thread ends, not
        // in a thread-exit hook that can still be running when wait() has already returned.
        connect(
            thread, &QThread::finished, thread, [] { OPENSSL_thread_stop(); },
            Qt::DirectConnection);
        connect(worker, &HttpWorker::drained, this, &HttpServer::onWorkerDrained);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    qCInfo(lcHttp) << "listening on" << address.toString() << m_listener->serverPort() << "with"
                   << count << "worker thread(s)";
    return m_listener->serverPort();
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    Q_ASSERT(!m_listener);
    m_tls = configuration;
}

quint16 HttpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HttpServer::onIncoming(qintptr descriptor)
{
    HttpWorker *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(
        worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
}

void HttpServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_listener)
        m_listener->close();
    qCInfo(lcHttp) << "shutting down;" << m_connectionCount.load() << "connection(s) open";
    if (m_workers.empty()) {
        m_stopped = true;
        emit stopped();
        return;
    }
    m_graceTimer.start(m_limits.shutdownGrace);
    for (HttpWorker *worker : m_workers)
        QMetaObject::invokeMethod(worker, &HttpWorker::beginShutdown, Qt::QueuedConnection);
}

void HttpServer::onWorkerDrained()
{
    if (++m_drained < m_workers.size() || m_stopped)
        return;
    m_graceTimer.stop();
    m_stopped = true;
    qCInfo(lcHttp) << "all connections closed";
    emit stopped();
}

void HttpServer::stopThreads()
{
    for (HttpWorker *worker : m_workers) {
        disconnect(worker, nullptr, this, nullptr);
        QMetaObject::invokeMethod(worker, &HttpWorker::abortAll, Qt::QueuedConnection);
    }
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_workers.clear();
}

} // namespace mikro::http
