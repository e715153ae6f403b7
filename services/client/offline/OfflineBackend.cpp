#include "services/client/offline/OfflineBackend.h"

namespace mikro::client {

OfflineBackend::OfflineBackend(Backend &inner, const core::Clock &clock)
    : m_inner(inner)
    , m_clock(clock)
    , m_connectivity(clock)
    , m_checklists(m_inner.checklists(), m_connectivity, feed())
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
                m_checklists.attach(m_store.get(), outbox);
                m_checklists.sendWaiting();
            }
            return loaded;
        });
}

void OfflineBackend::close()
{
    m_checklists.attach(nullptr, nullptr);
    // The file's last statements finish before the outbox that waits for them goes.
    if (m_store)
        m_store->waitForIdle();
    m_outbox.reset();
    m_store.reset();
}

} // namespace mikro::client
