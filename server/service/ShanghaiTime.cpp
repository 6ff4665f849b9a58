// SPDX-License-Identifier: Apache-2.0
#include "server/service/ShanghaiTime.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

namespace wedreg::server::service {

std::string shanghaiIso(std::int64_t unixSeconds)
{
    const Poco::Timestamp ts = Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(unixSeconds + 8 * 3600));
    return Poco::DateTimeFormatter::format(ts, "%Y-%m-%dT%H:%M:%S") + "+08:00";
}

std::string shanghaiClock(std::int64_t unixSeconds)
{
    return shanghaiIso(unixSeconds).substr(11, 5);
}

}  // namespace wedreg::server::service
