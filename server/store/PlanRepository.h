// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/WorkingPlan.h"

namespace wedreg::server::store {

class Database;

// Working plans, closures and special openings of every hall.
class PlanRepository {
public:
    explicit PlanRepository(Database& db);

    model::WorkingPlans loadAll();
    // Inserts all of them in one transaction.
    void insert(const model::WorkingPlans& plans);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
