// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Hall.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {
class HallRepository;
}

namespace wedreg::server::service {

// Halls change a few times a year and are read on every kiosk screen: served from memory,
// loaded on first use and dropped whenever this process writes one.
class HallService {
public:
    explicit HallService(store::HallRepository& halls);

    std::shared_ptr<const std::vector<model::Hall>> list();
    // Throws core::NotFound{"hall"}.
    model::Hall get(const std::string& id);
    void add(const model::Hall& hall);
    bool empty();

private:
    store::HallRepository& m_halls;
    std::mutex m_mutex;
    std::shared_ptr<const std::vector<model::Hall>> m_cache;
};

}  // namespace wedreg::server::service
