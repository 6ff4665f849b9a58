// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace wedreg::server::http {

// server/openapi/openapi.json as compiled into the binary.
std::string_view openApiDocument();

}  // namespace wedreg::server::http
