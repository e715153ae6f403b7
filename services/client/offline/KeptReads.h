#pragma once

#include "services/client/offline/Connectivity.h"
#include "services/client/offline/OfflineStore.h"
#include "services/core/Clock.h"
#include "services/core/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace mikro::client {

/// The reads the offline layer keeps (DESIGN.md §9, UI.md §6): a read answered by the store is
/// written to the person's file; one the store cannot answer is answered from that copy, and
/// copyAt() says when the copy was read ("Offline — as of 14:02"). Working offline (no session),
/// the store is not asked at all. Without a file, reads go straight through.
class KeptReads : public QObject
{
    Q_OBJECT
public:
    explicit KeptReads(Connectivity &connectivity, QObject *parent = nullptr);

    /// The person's file (null: none, reads go straight through). It must outlive the attachment.
    void attach(OfflineStore *store);
    void setWorkingOffline(bool offline) { m_workingOffline = offline; }
    [[nodiscard]] bool workingOffline() const { return m_workingOffline; }
    /// When the copy the last read of `key` answered with was read from the store; none when
    /// that read came from the store itself.
    [[nodiscard]] std::optional<QDateTime> copyAt(const QString &key) const
    {
        return m_copies.value(key);
    }

    /// `fresh` asks the store (not called when working offline); `write` and `read` are the
    /// value's codec; `overlay` lays what waits in the outbox over either answer.
    template <typename T>
    [[nodiscard]] QFuture<core::Result<T>> read(const QString &key,
        const std::function<QFuture<core::Result<T>>()> &fresh,
        std::function<QByteArray(const T &)> write,
        std::function<core::Result<T>(const QJsonObject &)> decode,
        std::function<void(T &)> overlay = {});

private:
    [[nodiscard]] static core::Error notAsked();

    Connectivity &m_connectivity;
    OfflineStore *m_store = nullptr;
    bool m_workingOffline = false;
    QHash<QString, std::optional<QDateTime>> m_copies;
};

/// Whether an error means the store could not be reached (as opposed to an answer).
[[nodiscard]] bool isLostConnection(const core::Error &error);

template <typename T>
QFuture<core::Result<T>> KeptReads::read(const QString &key,
    const std::function<QFuture<core::Result<T>>()> &fresh,
    std::function<QByteArray(const T &)> write,
    std::function<core::Result<T>(const QJsonObject &)> decode, std::function<void(T &)> overlay)
{
    if (!m_store)
        return fresh();
    QFuture<core::Result<T>> asked
        = m_workingOffline ? QtFuture::makeReadyFuture(core::Result<T>(notAsked())) : fresh();
    return asked
        .then(this,
            [this, key, write, decode, overlay](
                const core::Result<T> &answer) -> QFuture<core::Result<T>> {
                if (answer.ok()) {
                    m_copies.remove(key);
                    m_connectivity.contactMade();
                    // Kept for offline use; a failed write only costs the offline copy.
                    if (m_store)
                        static_cast<void>(m_store->keep(
                            key, write(answer.value()), m_connectivity.clock().nowUtc()));
                    T shown = answer.value();
                    if (overlay)
                        overlay(shown);
                    return QtFuture::makeReadyFuture(core::Result<T>(shown));
                }
                if (!isLostConnection(answer.error()) || !m_store)
                    return QtFuture::makeReadyFuture(answer);
                m_connectivity.contactLost();
                const core::Error lost = answer.error();
                return m_store->kept(key).then(this,
                    [this, key, lost, decode, overlay](
                        const core::Result<std::optional<CachedRead>> &kept) -> core::Result<T> {
                        if (!kept.ok() || !kept.value())
                            return lost; // nothing kept: the page says it cannot load
                        auto value = decode(QJsonDocument::fromJson(kept.value()->body).object());
                        if (!value.ok())
                            return lost;
                        if (overlay)
                            overlay(value.value());
                        m_copies.insert(key, kept.value()->savedAt);
                        return value;
                    });
            })
        .unwrap();
}

} // namespace mikro::client
