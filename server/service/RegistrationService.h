// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Hall.h"
#include "server/model/Registration.h"
#include "server/model/Staff.h"

#include <optional>
#include <string>
#include <vector>

namespace wedreg::core {
class WorkingCalendar;
}

namespace wedreg::server::store {
class AppointmentRepository;
class AuditLog;
class CertificateRepository;
class Database;
class RegistrationRepository;
class WriteTransaction;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class CertificateIssuer;
class Clock;
class HallService;
class IdCipher;
class PersonalDataKeys;

struct PartyDetails {
    std::string idNumber;
    std::string name;
    std::string nameLatin;
    std::string nationality = "CHN";
};

struct MarriageRequest {
    std::string appointmentId;
    std::vector<PartyDetails> parties;
    bool declarationAccepted = false;
    std::optional<std::string> hallId;  // an admin's choice; a registrar acts at their own hall
};

struct RegistrationOutcome {
    model::Registration registration;
    std::optional<model::IssuedCertificate> certificate;
};

// The legal acts a registrar completes (DESIGN §4): marriage, divorce application (and its
// withdrawal or lapse), divorce, reissue. Each act re-checks the rules on the day, runs in one
// transaction with its certificate and its audit row, and a refusal is recorded with its rule.
// The database settles races: one marriage per person (marital_records), one open application
// per marriage (partial unique index).
class RegistrationService {
public:
    struct Dependencies {
        store::Database& db;
        store::RegistrationRepository& registrations;
        store::CertificateRepository& certificates;
        store::AppointmentRepository& appointments;
        store::AuditLog& audit;
        HallService& halls;
        CertificateIssuer& issuer;
        const PersonalDataKeys& keys;
        const IdCipher& cipher;
        const core::WorkingCalendar& calendar;
        const Clock& clock;
    };
    explicit RegistrationService(Dependencies deps);

    // Both parties checked in on today's appointment at this hall. Throws InvalidField, NotFound
    // {"appointment"}, Conflict{"not-checked-in"}, Ineligible{rules...} (recorded as a refusal).
    RegistrationOutcome marry(const model::StaffPrincipal& staff, const MarriageRequest& request);
    // Starts the cooling-off period. Ineligible{"not-married-to-each-other"}; Conflict{"application-open"}.
    RegistrationOutcome applyForDivorce(const model::StaffPrincipal& staff, const std::vector<std::string>& idNumbers,
                                        const std::optional<std::string>& hallId);
    // Either party alone, during the cooling-off period. Conflict{"not-open"|"cooling-off-over"},
    // Ineligible{"not-a-party"}.
    RegistrationOutcome withdraw(const model::StaffPrincipal& staff, const std::string& applicationId,
                                 const std::string& idNumber);
    // Both parties, in the window, at the office that received the application.
    RegistrationOutcome divorce(const model::StaffPrincipal& staff, const std::string& applicationId,
                                const std::vector<std::string>& idNumbers, const std::optional<std::string>& hallId);
    // `of`: "marriage" | "divorce". Status unchanged → a new certificate, the old ones superseded;
    // changed → a registration-record certificate.
    RegistrationOutcome reissue(const model::StaffPrincipal& staff, const std::string& idNumber, const std::string& of,
                                bool byProxy, const std::optional<std::string>& hallId);

    // The daily job: applications whose window ended are deemed withdrawn on the next day.
    // Idempotent; returns how many lapsed now.
    int lapseDue();

    RegistrationOutcome get(const model::StaffPrincipal& staff, const std::string& id);
    // The A5 printable certificate (SVG). Throws NotFound{"certificate"}, Forbidden{"hall"}.
    std::string printable(const model::StaffPrincipal& staff, const std::string& certificateId);

private:
    model::Hall hallFor(const model::StaffPrincipal& staff, const std::optional<std::string>& requested,
                        const std::string& service) const;
    std::string today() const;
    [[noreturn]] void refuse(const std::string& kind, const model::Hall& hall, const model::StaffPrincipal& staff,
                             std::vector<std::string> rules);
    model::Registration newAct(const std::string& kind, const std::string& status, const model::Hall& hall,
                               const model::StaffPrincipal& staff) const;
    std::optional<model::Registration> marriageOfCouple(const std::vector<std::string>& indexes);
    void audit(store::WriteTransaction& tx, const model::StaffPrincipal& staff, const std::string& action,
               const model::Registration& act, const std::optional<model::IssuedCertificate>& certificate);

    Dependencies m_;
};

}  // namespace wedreg::server::service
