// SPDX-License-Identifier: Apache-2.0
#pragma once

// Who may register a marriage on a given day (Civil Code art. 1047, 1048; 婚姻登记条例 2025):
// man at least 22 and woman at least 20 on the REGISTRATION date (a booking made earlier may be for a
// day after the birthday), two different persons of opposite sex (same-sex registration is not
// available under current law), and holders of Hong Kong/Macao/Taiwan residence permits only at a
// provincial-level office. "Not currently married" needs the registry and is checked by the server.
//
// Pure functions: the caller supplies the date and the office level, so the rules are testable
// without a clock or a database.

#include "core/calendar/Date.h"
#include "core/identity/ResidentId.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wedreg::core {

class MarriageEligibility
{
public:
    static constexpr int kMinimumAgeMan = 22;
    static constexpr int kMinimumAgeWoman = 20;

    // Rule codes (Ineligible{rule}); the HTTP layer maps them to zh-CN/en text.
    static constexpr std::string_view kRuleIdInvalid = "id-invalid";
    static constexpr std::string_view kRuleSamePerson = "same-person";
    static constexpr std::string_view kRuleSameSex = "same-sex";
    static constexpr std::string_view kRuleManUnder22 = "man-under-22";
    static constexpr std::string_view kRuleWomanUnder20 = "woman-under-20";
    static constexpr std::string_view kRuleResidencePermitNeedsProvincialOffice =
        "residence-permit-needs-provincial-office";

    enum class OfficeLevel {
        Local,      // county/district office
        Provincial, // may register foreigners, HK/Macao/Taiwan residents, overseas Chinese
    };

    struct Failure
    {
        std::string rule;
        // 0 or 1 for a rule about one party, nullopt for a rule about the couple.
        std::optional<std::size_t> party;
        // For "id-invalid": the ResidentId reason code (e.g. "checksum"); otherwise empty.
        std::string reason;

        friend bool operator==(const Failure&, const Failure&) = default;
    };

    struct Result
    {
        // Stable order: id-invalid, same-person, same-sex, man-under-22, woman-under-20,
        // residence-permit-needs-provincial-office; within a rule, party 0 before party 1.
        std::vector<Failure> failures;

        bool eligible() const noexcept { return failures.empty(); }
        std::vector<std::string> rules() const; // the codes alone, same order, may repeat per party
    };

    // Both numbers already validated.
    static Result check(const ResidentId& first, const ResidentId& second, Date registrationDate,
                        OfficeLevel office);

    // From raw numbers: an invalid number becomes an "id-invalid" failure for that party (with the
    // reason) and the rules that need it are skipped. `today` bounds birth dates in the numbers.
    static Result check(std::string_view firstIdNumber, std::string_view secondIdNumber, Date registrationDate,
                        OfficeLevel office, Date today);

    // Throws Ineligible with every failed rule (deduplicated, stable order) unless eligible.
    static void require(const ResidentId& first, const ResidentId& second, Date registrationDate,
                        OfficeLevel office);

    // Completed years of age on `date`; a birthday counts as reached on the day itself, and a
    // 29 February birthday is reached on 1 March in common years. Negative before birth.
    static int ageOn(Date birthDate, Date date);
};

} // namespace wedreg::core
