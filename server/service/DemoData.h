// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace wedreg::server::service {

class HallService;
class StaffAuthService;

struct DemoAccount {
    std::string username;
    std::string role;
    std::string password;  // generated now, printed once to the operator, never stored in clear
};

// Seeds an empty database with the Jinan demo halls (assets/demo/halls.json) and one staff
// account per role with freshly generated passwords. Refuses a non-empty database.
class DemoData {
public:
    DemoData(HallService& halls, StaffAuthService& auth);
    // Returns the accounts created, or an empty list when the database already had halls.
    std::vector<DemoAccount> seedIfEmpty(const std::string& hallsJsonPath);

private:
    HallService& m_halls;
    StaffAuthService& m_auth;
};

}  // namespace wedreg::server::service
