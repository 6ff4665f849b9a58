// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::model {

// A person on an appointment, as stored: never the raw ID number.
struct Party {
    int position = 0;
    std::string personIndex;  // HMAC-SHA-256 blind index of the normalised ID number
    std::string idMasked;
    std::string name;
    std::string phone;
    std::string birthDate;  // ISO date, for re-checking ages on a reschedule
    std::string sex;        // "male" | "female"
};

struct Appointment {
    std::string id;
    std::optional<std::string> slotId;  // empty for a walk-in
    std::string hallId;
    std::string service;
    std::string day;
    std::int64_t startAt = 0;
    std::string status;  // "booked" | "checked_in" | "cancelled" | "no_show"
    std::string checkInCode;
    std::string manageTokenHash;
    std::optional<int> queueNumber;
    bool walkIn = false;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    // Set once by a registrar's "call next" (CounterService::callNext); empty while waiting.
    std::optional<std::int64_t> calledAt;
    std::string calledCounter;
    std::string calledBy;  // staff username
    std::vector<Party> parties;

    bool active() const { return status == "booked" || status == "checked_in"; }
};

}  // namespace wedreg::server::model
