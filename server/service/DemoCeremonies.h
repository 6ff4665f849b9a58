// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>

namespace wedreg::server::store {
class CeremonyRepository;
}

namespace wedreg::server::service {

class CeremonyService;

// --demo: the presenters' roster and the ceremonies of assets/demo/ceremonies.json (upcoming 5·20,
// 七夕 and National Day events, and a held one in the archive with its check-ins), seeded once into
// a database that has no ceremonies yet. Every name in it is invented. Returns the events seeded.
std::size_t seedDemoCeremonies(CeremonyService& ceremonies, store::CeremonyRepository& repository,
                               const std::string& jsonPath);

}  // namespace wedreg::server::service
