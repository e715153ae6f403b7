#pragma once

#include "services/domain/projects/Tm4ProjectSource.h"

#include <atomic>

namespace mikro::client {

/// The Tasking Manager the in-process backend reads project summaries from, once the
/// composition gives it one; until then, reading a project says that none is configured
/// (UpstreamUnavailable `tm4_not_configured`). The source outlives its use here.
class Tm4Slot : public domain::Tm4ProjectSource
{
public:
    void set(domain::Tm4ProjectSource *source) { m_source.store(source); }
    [[nodiscard]] QFuture<core::Result<domain::Tm4ProjectSummary>> projectSummary(
        qint64 projectId) override;

private:
    std::atomic<domain::Tm4ProjectSource *> m_source { nullptr };
};

} // namespace mikro::client
