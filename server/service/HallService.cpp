// SPDX-License-Identifier: Apache-2.0
#include "server/service/HallService.h"

#include "core/Errors.h"
#include "server/store/HallRepository.h"

#include <algorithm>

namespace wedreg::server::service {

HallService::HallService(store::HallRepository& halls)
    : m_halls(halls)
{
}

std::shared_ptr<const std::vector<model::Hall>> HallService::list()
{
    std::lock_guard lock(m_mutex);
    if (!m_cache)
        m_cache = std::make_shared<const std::vector<model::Hall>>(m_halls.list());
    return m_cache;
}

model::Hall HallService::get(const std::string& id)
{
    const auto all = list();
    const auto it = std::find_if(all->begin(), all->end(), [&](const model::Hall& h) { return h.id == id; });
    if (it == all->end())
        throw core::NotFound("hall");
    return *it;
}

void HallService::add(const model::Hall& hall)
{
    if (!model::isHallKind(hall.kind))
        throw core::InvalidField("kind", "unknown-kind");
    m_halls.insert(hall);
    std::lock_guard lock(m_mutex);
    m_cache.reset();
}

bool HallService::empty()
{
    return m_halls.count() == 0;
}

}  // namespace wedreg::server::service
