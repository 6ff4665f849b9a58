// SPDX-License-Identifier: Apache-2.0
#include "core/identity/ResidentId.h"

#include "core/Errors.h"

#include <array>
#include <utility>

namespace wedreg::core {

namespace {

// ISO 7064 MOD 11-2 weights 2^(17-i) mod 11, as printed in GB 11643-1999.
constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kCheckCharacters = "10X98765432";
constexpr std::size_t kLegacyLength = 15;
constexpr std::size_t kMaskedHead = 4;
constexpr std::size_t kMaskedTail = 4;
// GB 11643 numbers were issued from 1999 to living people; a birth year before this is a typo, not a
// centenarian (the oldest documented holders were born in the 1880s).
constexpr int kEarliestBirthYear = 1800;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    for (const char c : text) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

int digitsToInt(std::string_view digits)
{
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string_view trimmed(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r\n";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(kSpace);
    return text.substr(first, last - first + 1);
}

} // namespace

ResidentId::ResidentId(std::string normalized, Date birthDate, Sex sex, ProvinceCode province)
    : m_normalized(std::move(normalized))
    , m_birthDate(birthDate)
    , m_sex(sex)
    , m_province(province)
{
}

char ResidentId::checkCharacter(std::string_view first17)
{
    if (first17.size() != kWeights.size() || !allDigits(first17)) {
        return '\0';
    }
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += (first17[i] - '0') * kWeights[i];
    }
    return kCheckCharacters[static_cast<std::size_t>(sum % 11)];
}

std::optional<ResidentId> ResidentId::tryParse(std::string_view text, Date today, std::string* reason)
{
    const auto fail = [reason](std::string_view why) -> std::optional<ResidentId> {
        if (reason != nullptr) {
            *reason = why;
        }
        return std::nullopt;
    };

    const std::string_view input = trimmed(text);
    if (input.empty()) {
        return fail(kReasonRequired);
    }
    // First-generation 15-digit numbers expired in 2013; say so specifically so staff can explain.
    if (input.size() == kLegacyLength && allDigits(input)) {
        return fail(kReasonFifteenDigit);
    }
    if (input.size() != kLength) {
        return fail(kReasonLength);
    }

    std::string normalized(input);
    if (normalized.back() == 'x') {
        normalized.back() = 'X';
    }
    const std::string_view body = std::string_view(normalized).substr(0, kLength - 1);
    const char check = normalized.back();
    if (!allDigits(body) || !(isDigit(check) || check == 'X')) {
        return fail(kReasonCharacter);
    }

    const auto province = ProvinceCode::fromCode(digitsToInt(body.substr(0, 2)));
    if (!province) {
        return fail(kReasonProvince);
    }

    // Characters 7-14 are the birth date as YYYYMMDD.
    const auto birthDate = makeDate(digitsToInt(body.substr(6, 4)),
                                    static_cast<unsigned>(digitsToInt(body.substr(10, 2))),
                                    static_cast<unsigned>(digitsToInt(body.substr(12, 2))));
    if (!birthDate || static_cast<int>(birthDate->year()) < kEarliestBirthYear) {
        return fail(kReasonBirthDate);
    }
    if (*birthDate > today) {
        return fail(kReasonFutureBirthDate);
    }

    if (checkCharacter(body) != check) {
        return fail(kReasonChecksum);
    }

    const Sex sex = (body[16] - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    return ResidentId(std::move(normalized), *birthDate, sex, *province);
}

ResidentId ResidentId::parse(std::string_view text, Date today)
{
    std::string reason;
    auto id = tryParse(text, today, &reason);
    if (!id) {
        throw InvalidField(std::string(kField), reason);
    }
    return std::move(*id);
}

std::string ResidentId::masked() const
{
    return m_normalized.substr(0, kMaskedHead) + std::string(kLength - kMaskedHead - kMaskedTail, '*')
        + m_normalized.substr(kLength - kMaskedTail);
}

} // namespace wedreg::core
