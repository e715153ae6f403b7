#include "services/client/http/HttpBackend.h"

#include <QCoreApplication>

namespace mikro::client {

HttpBackend::HttpBackend(QNetworkAccessManager &network, const QUrl &server, TokenSource tokens,
    std::chrono::milliseconds timeout)
    : m_api(network, server, std::move(tokens), timeout)
    , m_account(m_api, feed())
    , m_payouts(m_api, feed())
    , m_dashboards(m_api)
    , m_projects(m_api, feed())
    , m_projectAdmin(m_api, feed())
    , m_checklistAdmin(m_api, feed())
    , m_trainingAdmin(m_api, feed())
    , m_training(m_api, feed())
    , m_checklists(m_api, feed())
    , m_reconciliation(m_api, feed())
    , m_people(m_api, feed())
    , m_audit(m_api)
    , m_review(m_api, feed())
    , m_sync(m_api)
{
}

QString HttpBackend::describe() const
{
    return QCoreApplication::translate("mikro::client::HttpBackend", "Mikro server at %1")
        .arg(m_api.server().toDisplayString());
}

} // namespace mikro::client
