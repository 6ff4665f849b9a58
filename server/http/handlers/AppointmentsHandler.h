// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"
#include "server/service/AppointmentFactory.h"

#include <Poco/JSON/Object.h>

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

}  // namespace wedreg::server::http::handlers
