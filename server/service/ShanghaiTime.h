// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>

namespace wedreg::server::service {

// ISO 8601 in Asia/Shanghai (UTC+8 all year, no DST): "2026-12-01T09:00:00+08:00".
std::string shanghaiIso(std::int64_t unixSeconds);
// The wall-clock time of day in Asia/Shanghai: "09:00".
std::string shanghaiClock(std::int64_t unixSeconds);

}  // namespace wedreg::server::service
