#pragma once

#include <QByteArray>
#include <QDebug>

namespace mikro::core {

/// A token, password, verifier or code. It prints as `Secret(***)` so that it cannot reach a log by
/// accident; the value is read only where it is used.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray value)
        : m_value(std::move(value))
    {
    }
    [[nodiscard]] const QByteArray &reveal() const { return m_value; }
    [[nodiscard]] bool isEmpty() const { return m_value.isEmpty(); }
    friend bool operator==(const Secret &, const Secret &) = default;

private:
    QByteArray m_value;
};

} // namespace mikro::core

inline QDebug operator<<(QDebug debug, const mikro::core::Secret &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(***)";
    return debug;
}
