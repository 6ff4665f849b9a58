// SPDX-License-Identifier: Apache-2.0
#pragma once

// CBOR -> JSON for people and for comparing foreign payloads (DCC test vectors) with their JSON form.
// Integer map keys become decimal strings, byte strings JSON binary values, tags are dropped.

#include "core/cert/CborItem.h"

#include <nlohmann/json.hpp>

namespace wedreg::core::cert {

// Throws CertificateError{"cbor", "depth"} past maxDepth nested containers and {"cbor", "type"} for
// items JSON has no form for (e.g. map keys that are maps).
nlohmann::json cborToJson(const CborItem& item, int maxDepth = 32);

} // namespace wedreg::core::cert
