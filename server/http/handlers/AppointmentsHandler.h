// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"
#include "server/service/AppointmentFactory.h"
#include "server/service/BookingService.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// POST /api/v1/appointments (Idempotency-Key), /{id}/cancel, /{id}/reschedule (DESIGN.md §5a).
Handler bookAppointment(ApiServices& services);
Handler cancelAppointment(ApiServices& services);
Handler rescheduleAppointment(ApiServices& services);

// `parties: [{id_number, name, phone}]`, each field named in its 422 ("parties[1].phone").
std::vector<service::PartyInput> partiesFrom(const Poco::JSON::Object::Ptr& body);
// The Idempotency-Key header, if any (printable ASCII, at most 128); InvalidField otherwise.
std::optional<std::string> idempotencyKey(RequestContext& ctx);
// An answer that is already JSON (a receipt replayed byte for byte), never cached.
void sendAnswer(RequestContext& ctx, const service::JsonAnswer& answer);

}  // namespace wedreg::server::http::handlers
