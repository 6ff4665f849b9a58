// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lottery/Draw.h"

#include <Poco/JSON/Object.h>

namespace wedreg::server::http {

// The published record of a lottery draw, one JSON shape for every lottery (ceremony seats, hot
// booking days) and for `wedreg-server --verify-draw`, which reads back exactly what is served:
//   {"commitment": hex, "committed_at": ISO 8601 +08:00, "seed": hex | null,
//    "applications": [{"id", "applied_at": Unix seconds}], "ranking": [id, ...]}
Poco::JSON::Object::Ptr drawRecordJson(const core::lottery::DrawRecord& record);

// The inverse, for a record read from a file. Throws core::InvalidField naming the member
// ("commitment", "applications[3].applied_at", ...) when it is missing or of the wrong type.
core::lottery::DrawRecord drawRecordFrom(const Poco::JSON::Object::Ptr& json);

}  // namespace wedreg::server::http
