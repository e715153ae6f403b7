#include "services/core/UnixSignalNotifier.h"

#include "services/core/CoreLog.h"

#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mikro::core {

namespace {
// A POSIX signal handler can reach nothing but async-signal-safe state: the write end of the
// pipe. NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
std::array<int, 2> s_pipe { -1, -1 };

void onPosixSignal(int number)
{
    const auto byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const auto written = ::write(s_pipe[1], &byte, 1);
}
} // namespace

UnixSignalNotifier::UnixSignalNotifier(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , m_signals(signalNumbers)
{
    Q_ASSERT(s_pipe[0] == -1);
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe.data()) != 0) {
        qCWarning(lcCore) << "cannot create the signal pipe; signals will end the process at once";
        return;
    }
    ::fcntl(s_pipe[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalNotifier::onReadable);
    for (const int number : m_signals) {
        struct sigaction action = {};
        action.sa_handler = onPosixSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(number, &action, nullptr);
    }
}

UnixSignalNotifier::~UnixSignalNotifier()
{
    for (const int number : m_signals)
        std::signal(number, SIG_DFL);
    if (s_pipe[0] != -1) {
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe = { -1, -1 };
    }
}

void UnixSignalNotifier::onReadable()
{
    unsigned char byte = 0;
    if (::read(s_pipe[0], &byte, 1) == 1)
        emit signalReceived(byte);
}

} // namespace mikro::core
