// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Hall.h"
#include "server/model/WorkingPlan.h"

#include <string>
#include <vector>

namespace wedreg::server::store {
class PlanRepository;
}

namespace wedreg::server::service {

// Working plans for the demo halls from assets/demo/plans.json: one weekday template applied to
// every registration service of every hall that is not ceremony-only, plus weekend mornings,
// special openings and closures named per hall.
class DemoPlans {
public:
    // Throws core::MalformedData naming the file and field.
    static model::WorkingPlans read(const std::string& plansJsonPath, const std::vector<model::Hall>& halls);
    static void seed(store::PlanRepository& plans, const std::string& plansJsonPath, const std::vector<model::Hall>& halls);
};

}  // namespace wedreg::server::service
