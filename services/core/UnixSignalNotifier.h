#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace mikro::core {

/// Turns SIGTERM/SIGINT into a Qt signal on the event loop (the self-pipe pattern), so that a
/// program can shut down gracefully. One instance per program, made in the composition root.
class UnixSignalNotifier : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalNotifier(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalNotifier() override;

signals:
    void signalReceived(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace mikro::core
