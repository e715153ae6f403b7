#pragma once

#include "services/core/Result.h"

#include <initializer_list>
#include <optional>

namespace mikro::server {

/// The error of a field read from a request body, or nullptr when it was read.
template <typename T>
const core::Error *errorOf(const core::Result<T> &result)
{
    return result.ok() ? nullptr : &result.error();
}

/// The first failed field of a request, in the order given, or nothing: every field is read
/// before the first one is reported, and before anything is written.
inline std::optional<core::Error> firstError(std::initializer_list<const core::Error *> errors)
{
    for (const core::Error *e : errors)
        if (e)
            return *e;
    return std::nullopt;
}

} // namespace mikro::server
