#pragma once

#include "services/domain/policy/Caller.h"
#include "services/http/Request.h"
#include "services/http/Response.h"

#include <functional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::server {

/// API.md §1.8: a mutating action called with `Idempotency-Key: <uuid>` is applied once. The key
/// is recorded in `applied_operations` in the same transaction as the action's effects
/// (store::OperationScope); the first decided answer (2xx, 404, 409, 422) is stored, and the same
/// caller sending the same action and body again gets it back with `Idempotent-Replayed: true`.
/// Another caller, action or body → 409 `idempotency_conflict`; a key that is not a UUID → 400
/// `invalid_field`; a concurrent duplicate waits for the first and gets its answer.
class Idempotency
{
public:
    /// Whether `action` takes a key at all: every action but `fetch_*` and `calculate_budget`.
    [[nodiscard]] static bool appliesTo(const QString &action);
    /// Runs `run` (on a store pool thread) under the request's key, if it has one.
    [[nodiscard]] static http::Response run(store::Database &db, const core::Clock &clock,
        const QString &kind, const http::Request &request, const domain::Caller &caller,
        const std::function<http::Response()> &action);
};

} // namespace mikro::server
