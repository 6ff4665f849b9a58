// SPDX-License-Identifier: Apache-2.0
#include "server/http/Routes.h"

#include "server/http/ApiServices.h"
#include "server/http/handlers/AppointmentsHandler.h"
#include "server/http/handlers/CertificatesHandler.h"
#include "server/http/handlers/CounterHandler.h"
#include "server/http/handlers/HallsHandler.h"
#include "server/http/handlers/HealthHandler.h"
#include "server/http/handlers/MetricsHandler.h"
#include "server/http/handlers/OpenApiHandler.h"
#include "server/http/handlers/SlotsHandler.h"
#include "server/http/handlers/StaffSessionsHandler.h"

namespace wedreg::server::http {

std::vector<Route> makeRoutes(ApiServices& s)
{
    using model::Role;
    const std::vector<Role> anyStaff{Role::Registrar, Role::Organiser, Role::Admin};
    const std::vector<Role> counterStaff{Role::Registrar, Role::Admin};
    return {
        {"GET", "/healthz", {}, handlers::health(s)},
        {"GET", "/metrics", {}, handlers::metrics(s)},
        {"GET", "/api/v1/openapi.json", {}, handlers::openApi(s)},
        {"GET", "/api/v1/halls", {}, handlers::listHalls(s)},
        {"GET", "/api/v1/halls/{id}", {}, handlers::getHall(s)},
        {"GET", "/api/v1/halls/{id}/slots", {}, handlers::listSlots(s)},
        {"GET", "/api/v1/halls/{id}/appointments", counterStaff, handlers::listHallDay(s)},
        {"POST", "/api/v1/halls/{id}/walk-ins", counterStaff, handlers::addWalkIn(s)},
        // kKioskRoute: what a kiosk certificate alone may do besides public reads (Router.h).
        // Cancel and reschedule take the manage token or a staff token as Bearer: checked by the service.
        {"POST", "/api/v1/appointments", {}, handlers::bookAppointment(s), kKioskRoute},
        {"POST", "/api/v1/appointments/check-in", {}, handlers::checkIn(s), kKioskRoute},
        {"POST", "/api/v1/appointments/{id}/cancel", {}, handlers::cancelAppointment(s)},
        {"POST", "/api/v1/appointments/{id}/reschedule", {}, handlers::rescheduleAppointment(s)},
        {"POST", "/api/v1/appointments/{id}/no-show", counterStaff, handlers::markNoShow(s)},
        {"POST", "/api/v1/staff/sessions", {}, handlers::createStaffSession(s), kKioskRoute},
        {"GET", "/api/v1/staff/sessions/current", anyStaff, handlers::currentStaffSession(s)},
        {"DELETE", "/api/v1/staff/sessions/current", anyStaff, handlers::deleteStaffSession(s)},
        {"GET", "/api/v1/trust-list", {}, handlers::trustList(s)},
        {"POST", "/api/v1/certificates/verify", {}, handlers::verifyCertificate(s), kKioskRoute},
    };
}

}  // namespace wedreg::server::http
