// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Problem.h"

#include <exception>

namespace wedreg::server::http {

// The one place that knows which failure becomes which HTTP status. `serverFault` is set when the
// failure is ours (a bug or an outage), so the caller logs it; user mistakes are not logged as errors.
Problem problemFor(std::exception_ptr error, bool& serverFault);

}  // namespace wedreg::server::http
