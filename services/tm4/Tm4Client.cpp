#include "services/tm4/Tm4Client.h"

#include "services/tm4/Tm4Parser.h"
#include "services/tm4/Tm4Transport.h"

using namespace Qt::StringLiterals;

namespace mikro::tm4 {

Tm4Client::Tm4Client(Tm4Settings settings)
    : m_transport(new Tm4Transport(std::move(settings)))
{
    m_thread.setObjectName(u"tm4-network"_s);
    m_transport->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_transport, &QObject::deleteLater);
    m_thread.start();
    // Parsing has its own threads: callers often block pool threads waiting on these results.
    m_parsers.setMaxThreadCount(2);
    m_parsers.setObjectName(u"tm4-parse"_s);
}

Tm4Client::~Tm4Client()
{
    m_thread.quit();
    m_thread.wait();
    m_parsers.waitForDone();
}

QFuture<core::Result<domain::Tm4ProjectSummary>> Tm4Client::projectSummary(qint64 projectId)
{
    return m_transport
        ->get(u"/projects/%1/"_s.arg(projectId), {},
            { core::ErrorKind::Refused, "tm4_project_not_found" })
        .then(&m_parsers,
            [](const core::Result<QByteArray> &body) -> core::Result<domain::Tm4ProjectSummary> {
                if (!body.ok())
                    return body.error();
                return parser::projectSummary(body.value());
            });
}

QFuture<core::Result<QList<TaskState>>> Tm4Client::taskStates(
    qint64 projectId, RequestCounter counter)
{
    return m_transport
        ->get(u"/projects/%1/tasks/"_s.arg(projectId), QUrlQuery(u"as_file=false"_s),
            { core::ErrorKind::Refused, "tm4_project_not_found" }, std::move(counter))
        .then(
            &m_parsers, [](const core::Result<QByteArray> &body) -> core::Result<QList<TaskState>> {
                if (!body.ok())
                    return body.error();
                return parser::taskStates(body.value());
            });
}

QFuture<core::Result<TaskDetail>> Tm4Client::taskDetail(
    qint64 projectId, qint64 taskId, RequestCounter counter)
{
    return m_transport
        ->get(u"/projects/%1/tasks/%2/"_s.arg(projectId).arg(taskId), {},
            { core::ErrorKind::NotFound, "tm4_task_not_found" }, std::move(counter))
        .then(&m_parsers, [](const core::Result<QByteArray> &body) -> core::Result<TaskDetail> {
            if (!body.ok())
                return body.error();
            return parser::taskDetail(body.value());
        });
}

QFuture<core::Result<QList<Contribution>>> Tm4Client::contributions(qint64 projectId)
{
    return m_transport
        ->get(u"/projects/%1/contributions/"_s.arg(projectId), {},
            { core::ErrorKind::Refused, "tm4_project_not_found" })
        .then(&m_parsers,
            [](const core::Result<QByteArray> &body) -> core::Result<QList<Contribution>> {
                if (!body.ok())
                    return body.error();
                return parser::contributions(body.value());
            });
}

quint64 Tm4Client::requestsSent() const
{
    return m_transport->requestsSent();
}

} // namespace mikro::tm4
