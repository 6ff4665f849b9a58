// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/calendar/Date.h"
#include "core/identity/ResidentId.h"
#include "server/model/Hall.h"
#include "server/service/AppointmentFactory.h"

#include <string>
#include <vector>

namespace wedreg::server::store {
class AppointmentRepository;
class RegistrationRepository;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class PersonalDataKeys;

// The people of a request, checked: parsed ID numbers and their blind indexes, position by position.
struct CheckedParties {
    std::vector<core::ResidentId> ids;
    std::vector<std::string> indexes;
};

// The booking-time checks of DESIGN §4 that do not depend on how a seat is allocated: shared by
// first-come booking (BookingService) and the lottery of a hot day (BookingLotteryService), so an
// application is held to exactly the rules a booking of that day would be.
class BookingEligibility {
public:
    BookingEligibility(const PersonalDataKeys& keys, store::AppointmentRepository& appointments,
                       store::RegistrationRepository& registrations);

    // The request's shape: party count for the service, the declaration, names and phones, the ID
    // numbers. Throws InvalidField naming the field.
    CheckedParties checkParties(const std::string& service, const std::vector<PartyInput>& parties,
                                bool declarationAccepted, core::Date today) const;

    // Every failed rule for these people and this service at `hall` on `day` (ISO): ages on that
    // day, same sex, residence permits, already married, the divorce window. Throws Ineligible.
    void require(const std::string& service, const CheckedParties& parties, const model::Hall& hall,
                 const std::string& day) const;

private:
    // A divorce certificate is booked by a couple holding an open divorce application, on a day in
    // its window, at the office that received it (DESIGN §4). The failed rule, or empty.
    std::vector<std::string> divorceRules(const std::vector<std::string>& indexes, const std::string& hallId,
                                          const std::string& day) const;

    const PersonalDataKeys& m_keys;
    store::AppointmentRepository& m_appointments;
    store::RegistrationRepository& m_registrations;
};

}  // namespace wedreg::server::service
