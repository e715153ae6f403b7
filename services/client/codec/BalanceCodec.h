#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/money/Ledger.h"

#include <QJsonObject>

namespace mikro::client {

/// A person's figures as `transaction/fetch_user_payable` answers them (API.md §3's definitions,
/// computed once by `domain::Balance`); `can_request` is written from `Balance::canRequest()`.
/// `byKind` is not part of the answer and reads back empty.
void writeBalance(JsonWriter &envelope, const domain::Balance &balance);
[[nodiscard]] core::Result<domain::Balance> readBalance(const QJsonObject &answer);

} // namespace mikro::client
