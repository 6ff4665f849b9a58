// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wedreg::core {

// Legal sex as recorded in the resident ID (17th digit); the marriage age and same-sex rules use it.
enum class Sex {
    Male,
    Female,
};

} // namespace wedreg::core
