// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace wedreg::server::model {

// A place where couples are served: a registration office, a themed registration spot, or a
// ceremony-only venue (which never performs a legal act, DESIGN.md §4).
struct Hall {
    std::string id;
    std::string name;
    std::string nameEn;
    std::string kind;  // "office" | "themed" | "ceremony_venue"
    std::string provinceCode;
    std::string city;
    std::string cityEn;
    std::string address;
    std::string addressEn;
    std::string officeCode;  // issuing authority (GB/T 2260 division code), e.g. "370102"
    bool provincialLevel = false;  // may register foreigners and HK/Macau/Taiwan residents
    int counters = 1;
    int sortOrder = 0;
    std::vector<std::string> services;
};

inline bool isHallKind(const std::string& kind)
{
    return kind == "office" || kind == "themed" || kind == "ceremony_venue";
}

}  // namespace wedreg::server::model
