// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/calendar/Date.h"
#include "core/identity/ResidentId.h"
#include "server/model/Hall.h"

#include <string>
#include <string_view>
#include <vector>

namespace wedreg::server::service {

// The booking-time pre-checks of DESIGN §4, as pure functions of the request, the hall and the
// day of the appointment (ages count on the slot's date, not today's).
class BookingRules {
public:
    static constexpr std::string_view kRuleAlreadyMarried = "already-married";

    static bool isService(const std::string& service);
    // How many parties the service takes: {min, max}. Marriage and divorce need both people.
    static std::pair<std::size_t, std::size_t> partyCount(const std::string& service);

    // Parses each ID number; throws InvalidField{"parties[i].id_number", reason}.
    static std::vector<core::ResidentId> parseIds(const std::vector<std::string>& idNumbers, core::Date today);

    // Every failed rule for this service at this hall on `day`, in a stable order; `married` says
    // which parties the registry records as married. Empty when eligible.
    static std::vector<std::string> failedRules(const std::string& service, const std::vector<core::ResidentId>& ids,
                                                const std::vector<bool>& married, const model::Hall& hall,
                                                core::Date day);

    // The age rules again from what an appointment stores (birth date, sex), for a reschedule.
    static std::vector<std::string> ageRules(const std::string& service,
                                             const std::vector<std::pair<core::Date, std::string>>& birthAndSex,
                                             core::Date day);
};

}  // namespace wedreg::server::service
