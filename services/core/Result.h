#pragma once

#include "services/core/Error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace mikro::core {

/// A value or an Error: the answer of every service call that can fail (our stand-in for
/// C++23's std::expected). value() on an error and error() on a value are programming errors.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts to a successful Result
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }
    /// Anything a T is made from converts as a T would (a JsonWriter to a Result<Answer>).
    template <typename U>
    requires(
        std::is_constructible_v<T,
            U &&> && !std::is_same_v<std::remove_cvref_t<U>, T> && !std::is_same_v<std::remove_cvref_t<U>, Error> && !std::is_same_v<std::remove_cvref_t<U>, Result>)
        Result(
            U &&value) // NOLINT(google-explicit-constructor,bugprone-forwarding-reference-overload)
        : m_data(std::in_place_index<0>, std::forward<U>(value))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    [[nodiscard]] const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    [[nodiscard]] const Error &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const Error &error() const
    {
        Q_ASSERT(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace mikro::core
