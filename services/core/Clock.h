#pragma once

#include <QDateTime>

namespace mikro::core {

/// The only source of "now" for services: programs pass a SystemClock, tests a TestClock they
/// advance by hand. Always UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

} // namespace mikro::core
