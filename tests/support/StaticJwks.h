#pragma once

#include "services/auth/JwksSource.h"

#include <QByteArray>

namespace mikro::testing {

/// A JWKS source that answers with a fixed document at once (benchmarks and fuzzers, where the
/// keys never change and no network is wanted).
class StaticJwks final : public auth::JwksSource
{
public:
    QByteArray document;
    void fetchJwks(Callback done) override { done(document); }
};

} // namespace mikro::testing
