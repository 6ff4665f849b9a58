// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/service/CeremonyService.h"

#include <string>

namespace wedreg::server::service {

// The printable running order of a ceremony day: an A4 SVG (Chinese first, set in Noto Sans CJK SC)
// and the same rows as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read the Chinese).
class ProgrammeRenderer {
public:
    static std::string svg(const Programme& programme);
    static std::string csv(const Programme& programme);
};

}  // namespace wedreg::server::service
