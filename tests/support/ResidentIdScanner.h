// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace wedreg::tests {

// Finds 18-character resident ID numbers (GB 11643-1999) in free text, for the log-hygiene scan:
// a token of exactly 17 digits and a digit or X, bounded by non-alphanumeric characters, whose
// ISO 7064 MOD 11-2 check character is right and whose characters 7–14 look like a birth date
// (1800–2099). Masked forms (3701**********123X) and longer digit runs are not IDs.
inline bool gb11643CheckOk(std::string_view id)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (id[static_cast<std::size_t>(i)] - '0') * kWeights[i];
    const char last = static_cast<char>(std::toupper(static_cast<unsigned char>(id[17])));
    return kCheck[sum % 11] == last;
}

inline bool looksLikeResidentId(std::string_view t)
{
    if (t.size() != 18)
        return false;
    for (std::size_t i = 0; i < 17; ++i)
        if (!std::isdigit(static_cast<unsigned char>(t[i])))
            return false;
    if (!std::isdigit(static_cast<unsigned char>(t[17])) && t[17] != 'X' && t[17] != 'x')
        return false;
    const auto number = [&](std::size_t from, std::size_t n) { return std::stoi(std::string(t.substr(from, n))); };
    const int year = number(6, 4), month = number(10, 2), day = number(12, 2);
    if (year < 1800 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    return gb11643CheckOk(t);
}

// Every resident ID in `text`, in order.
inline std::vector<std::string> findResidentIds(std::string_view text)
{
    std::vector<std::string> found;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end])))
            ++end;
        const auto token = text.substr(i, end - i);
        if (looksLikeResidentId(token))
            found.emplace_back(token);
        i = end;
    }
    return found;
}

// For reports: never print a found ID whole.
inline std::string maskResidentId(std::string_view id)
{
    return std::string(id.substr(0, 4)) + std::string(10, '*') + std::string(id.substr(14));
}

}  // namespace wedreg::tests
