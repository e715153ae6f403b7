#pragma once

#include <QUrl>

#include <functional>

namespace mikro::core {
class Clock;
}
namespace mikro::client {
class Backend;
class Session;
} // namespace mikro::client

namespace mikro::ui {

/// What every page is built with: the one connection, who is signed in, and the clock (pages
/// never read the system time themselves, so tests can move it).
struct PageContext
{
    client::Backend &backend;
    client::Session &session;
    const core::Clock &clock;
    /// Opens a web address in the system browser (the Tasking Manager, training material); the
    /// platform's by default, a recorder in tests.
    std::function<bool(const QUrl &)> openUrl {};
};

} // namespace mikro::ui
