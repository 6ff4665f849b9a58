// SPDX-License-Identifier: Apache-2.0
#pragma once

// The columns every party table of a booking shares (appointment_parties, lottery_application_parties):
// one reader, so both stay in step with model::Party.

#include "server/model/Appointment.h"

#include <Poco/Data/RecordSet.h>

namespace wedreg::server::store {

// The current row of `rs` (position, person_index, id_masked, name, phone, birth_date, sex).
model::Party readParty(Poco::Data::RecordSet& rs);

}  // namespace wedreg::server::store
