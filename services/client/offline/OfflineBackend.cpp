#include "services/client/offline/OfflineBackend.h"

#include "services/client/codec/AccountCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/core/Clock.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mikro::client {

OfflineBackend::OfflineBackend(Backend &inner, const core::Clock &clock)
    : m_inner(inner)
    , m_clock(clock)
    , m_connectivity(clock)
    , m_kept(m_connectivity)
    , m_checklists(m_inner.checklists(), m_connectivity, m_kept, feed())
    , m_dashboards(m_inner.dashboards(), m_kept)
    , m_payouts(m_inner.payouts(), m_kept)
    , m_projects(m_inner.projects(), m_kept)
    , m_training(m_inner.training(), m_kept)
{
    // The inner backend's announcements reach the pages, which listen here.
    QObject::connect(&m_inner.feed(), &ChangeFeed::changed, &feed(), &ChangeFeed::announce);
}

OfflineBackend::~OfflineBackend()
{
    close();
}

QFuture<core::Result<void>> OfflineBackend::open(const QString &offlineFile)
{
    close();
    m_store = std::make_unique<OfflineStore>(offlineFile);
    m_outbox = std::make_unique<Outbox>(*m_store, m_clock);
    Outbox *outbox = m_outbox.get();
    return m_store->open()
        .then(outbox,
            [outbox](const core::Result<void> &opened) -> QFuture<core::Result<void>> {
                if (!opened.ok())
                    return QtFuture::makeReadyFuture(opened);
                return outbox->load();
            })
        .unwrap()
        .then(outbox, [this, outbox](const core::Result<void> &loaded) {
            if (loaded.ok()) {
                m_kept.attach(m_store.get());
                m_checklists.attach(m_store.get(), outbox);
                m_checklists.sendWaiting();
            }
            return loaded;
        });
}

void OfflineBackend::close()
{
    m_checklists.attach(nullptr, nullptr);
    m_kept.attach(nullptr);
    // The file's last statements finish before the outbox that waits for them goes.
    if (m_store)
        m_store->waitForIdle();
    m_outbox.reset();
    m_store.reset();
}

namespace {
const QString AccountKey = u"account/details"_s;
}

QFuture<core::Result<void>> OfflineBackend::keepAccount(const AccountDetails &details)
{
    if (!m_store)
        return QtFuture::makeReadyFuture(core::Result<void>());
    JsonWriter out = JsonWriter::object();
    writeAccountDetails(out, details);
    return m_store->keep(AccountKey, out.finish(), m_clock.nowUtc());
}

QFuture<core::Result<std::optional<AccountDetails>>> OfflineBackend::keptAccount()
{
    using Answer = core::Result<std::optional<AccountDetails>>;
    if (!m_store)
        return QtFuture::makeReadyFuture(Answer(std::nullopt));
    return m_store->kept(AccountKey)
        .then([](const core::Result<std::optional<CachedRead>> &kept) -> Answer {
            if (!kept.ok())
                return kept.error();
            if (!kept.value())
                return std::optional<AccountDetails>();
            auto details = readAccountDetails(QJsonDocument::fromJson(kept.value()->body).object());
            if (!details.ok())
                return details.error();
            return std::optional(details.value());
        });
}

void OfflineBackend::setWorkingOffline(bool offline)
{
    m_checklists.setWorkingOffline(offline);
    if (offline)
        m_connectivity.contactLost();
}

} // namespace mikro::client
