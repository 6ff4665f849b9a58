// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/identity/ResidentId.h"
#include "server/model/Appointment.h"

#include <string>
#include <vector>

namespace wedreg::server::service {

class PersonalDataKeys;

struct PartyInput {
    std::string idNumber;
    std::string name;
    std::string phone;
};

// Builds a new appointment record: random id and check-in code, derived manage token (only its
// hash is kept), parties with masked ID and blind index — never the number itself.
class AppointmentFactory {
public:
    explicit AppointmentFactory(const PersonalDataKeys& keys);

    model::Appointment make(const std::string& hallId, const std::string& service, const std::vector<PartyInput>& inputs,
                            const std::vector<core::ResidentId>& ids, std::int64_t nowSeconds) const;

    // The same for people already checked and stored (a lottery application's parties): only the
    // appointment's own id, check-in code and token are new.
    model::Appointment makeFromParties(const std::string& hallId, const std::string& service,
                                       std::vector<model::Party> parties, std::int64_t nowSeconds) const;

    std::string manageToken(const std::string& appointmentId) const;
    static std::string tokenHash(const std::string& token);
    // QR text of an appointment (upper case: the QR alphanumeric set) and its inverse.
    static std::string qrText(const model::Appointment& appointment);
    // {appointment id, check-in code}; throws InvalidField{"qr", "format"}.
    static std::pair<std::string, std::string> parseQr(const std::string& qr);
    // Throws InvalidField{field, "phone-format"} / {"…name", "empty"}.
    static void checkContact(const PartyInput& input, std::size_t position);

private:
    const PersonalDataKeys& m_keys;
};

}  // namespace wedreg::server::service
