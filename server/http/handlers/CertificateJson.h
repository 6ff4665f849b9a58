// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Registration.h"

#include <nlohmann/json.hpp>

namespace wedreg::server::http::handlers {

// An issued certificate as the API shows it (registrations and certificates routes).
nlohmann::json certificateJson(const model::IssuedCertificate& certificate);

}  // namespace wedreg::server::http::handlers
