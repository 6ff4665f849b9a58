// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::model {

// A person named in a legal act. The ID number only sealed (IdCipher) and as a blind index.
struct RegistrationParty {
    int position = 0;
    std::string personIndex;
    std::string idCipher;
    std::string idMasked;
    std::string name;
    std::string nameLatin;
    std::string birthDate;  // ISO
    std::string sex;        // "male" | "female"
    std::string nationality;  // ISO 3166-1 alpha-3
};

// A legal act a registrar completed (server/store/sql/0004_registrations.sql for kinds and states).
struct Registration {
    std::string id;
    std::string kind;    // marriage | divorce_application | divorce | reissue
    std::string status;  // in_force | dissolved | cooling_off | withdrawn | lapsed | completed | done
    std::string hallId;
    std::string officeCode;
    std::string registrar;
    std::string day;  // ISO, Asia/Shanghai
    std::int64_t at = 0;
    std::optional<std::string> appointmentId;
    std::optional<std::string> subjectId;
    std::optional<std::string> applicationId;
    std::optional<std::string> coolingOffEnds;
    std::optional<std::string> windowEnds;
    std::optional<std::int64_t> closedAt;
    std::optional<std::string> closedDay;
    bool byProxy = false;
    std::vector<RegistrationParty> parties;
};

// An electronic certificate as issued (DESIGN §7): the QR text and the public status key.
struct IssuedCertificate {
    std::string id;
    std::string registrationId;
    std::string kind;  // marriage | divorce | reissue | record
    std::string identifier;
    std::string number;
    std::string kid;         // hex
    std::string statusHash;  // hex
    std::string status;      // valid | dissolved | superseded | revoked
    std::string qr;
    std::int64_t issuedAt = 0;
    std::optional<std::string> supersededBy;
};

}  // namespace wedreg::server::model
