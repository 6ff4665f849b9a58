// SPDX-License-Identifier: Apache-2.0
#pragma once

// The two leading digits of a resident ID (GB/T 2260 province-level division), including the codes
// used on residence permits for Hong Kong, Macao and Taiwan residents (81/82/83), who may only
// register at provincial-level offices.

#include <optional>
#include <span>
#include <string_view>

namespace wedreg::core {

class ProvinceCode
{
public:
    struct Entry
    {
        int code;
        std::string_view nameZh;
        std::string_view nameEn;
        bool residencePermit;
    };

    // nullopt for a code that is not a province-level division we accept.
    static std::optional<ProvinceCode> fromCode(int code);
    static bool isValid(int code);

    // Every accepted code, ascending; e.g. for a province picker or statistics.
    static std::span<const Entry> all();

    int code() const noexcept { return m_entry->code; }
    std::string_view nameZh() const noexcept { return m_entry->nameZh; }
    std::string_view nameEn() const noexcept { return m_entry->nameEn; }
    bool isResidencePermit() const noexcept { return m_entry->residencePermit; }

    friend bool operator==(const ProvinceCode& a, const ProvinceCode& b) noexcept
    {
        return a.m_entry->code == b.m_entry->code;
    }

private:
    explicit ProvinceCode(const Entry* entry)
        : m_entry(entry)
    {
    }

    // Points into the static table, so copies are cheap and names never dangle.
    const Entry* m_entry;
};

} // namespace wedreg::core
