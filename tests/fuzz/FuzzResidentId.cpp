// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes as a resident ID number. tryParse must never throw or crash, and a
// number it accepts must parse again to the same value (masked form included).

#include "core/identity/ResidentId.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace wedreg::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const Date today{std::chrono::year{2025}, std::chrono::month{6}, std::chrono::day{1}};
    std::string reason;
    const auto id = ResidentId::tryParse(text, today, &reason);
    if (id) {
        const auto again = ResidentId::tryParse(id->normalized(), today);
        if (!again || *again != *id || again->masked() != id->masked() || again->birthDate() != id->birthDate()) {
            std::abort(); // accepted once, refused or changed the second time
        }
    } else if (reason.empty()) {
        std::abort(); // every refusal must say why
    }
    return 0;
}
