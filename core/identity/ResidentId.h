// SPDX-License-Identifier: Apache-2.0
#pragma once

// A validated citizen identity number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth
// date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character. Holding a ResidentId means
// the number passed every check, so the rest of the domain never re-validates strings.
// Never log or put normalized() into an error message: use masked().

#include "core/calendar/Date.h"
#include "core/identity/ProvinceCode.h"
#include "core/identity/Sex.h"

#include <optional>
#include <string>
#include <string_view>

namespace wedreg::core {

class ResidentId
{
public:
    static constexpr std::size_t kLength = 18;
    static constexpr std::string_view kField = "id_number";

    // Reason codes of InvalidField{"id_number", reason}, in the order they are checked.
    static constexpr std::string_view kReasonRequired = "required";
    static constexpr std::string_view kReasonFifteenDigit = "fifteen-digit";
    static constexpr std::string_view kReasonLength = "length";
    static constexpr std::string_view kReasonCharacter = "character";
    static constexpr std::string_view kReasonProvince = "province";
    static constexpr std::string_view kReasonBirthDate = "birth-date";
    static constexpr std::string_view kReasonFutureBirthDate = "future-birth-date";
    static constexpr std::string_view kReasonChecksum = "checksum";

    // Surrounding ASCII whitespace is ignored and a trailing 'x' becomes 'X'. The birth date must not
    // be after `today` (pass todayInShanghai() in production; tests pin it).
    // Throws InvalidField{"id_number", reason}.
    static ResidentId parse(std::string_view text, Date today);

    // As parse(), without throwing; `reason` (if given) receives the reason code on failure.
    static std::optional<ResidentId> tryParse(std::string_view text, Date today, std::string* reason = nullptr);

    // The check character ('0'-'9' or 'X') for 17 leading digits; '\0' if they are not 17 digits.
    static char checkCharacter(std::string_view first17);

    const std::string& normalized() const noexcept { return m_normalized; }
    Date birthDate() const noexcept { return m_birthDate; }
    Sex sex() const noexcept { return m_sex; }
    ProvinceCode provinceCode() const noexcept { return m_province; }
    bool isResidencePermit() const noexcept { return m_province.isResidencePermit(); }

    // First 4 + 10 '*' + last 4, e.g. "1101**********002X": enough for a person to recognise their
    // number on a screen or certificate check, not enough to reuse it.
    std::string masked() const;

    friend bool operator==(const ResidentId& a, const ResidentId& b) noexcept
    {
        return a.m_normalized == b.m_normalized;
    }

private:
    ResidentId(std::string normalized, Date birthDate, Sex sex, ProvinceCode province);

    std::string m_normalized;
    Date m_birthDate;
    Sex m_sex;
    ProvinceCode m_province;
};

} // namespace wedreg::core
