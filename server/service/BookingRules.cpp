// SPDX-License-Identifier: Apache-2.0
#include "server/service/BookingRules.h"

#include "core/Errors.h"
#include "core/rules/MarriageEligibility.h"

#include <algorithm>

namespace wedreg::server::service {
namespace {

using core::MarriageEligibility;

void addOnce(std::vector<std::string>& rules, std::string_view rule)
{
    if (std::find(rules.begin(), rules.end(), rule) == rules.end())
        rules.emplace_back(rule);
}

bool takesCouple(const std::string& service)
{
    return service == "marriage" || service == "divorce_application" || service == "divorce";
}

}  // namespace

bool BookingRules::isService(const std::string& service)
{
    return takesCouple(service) || service == "reissue" || service == "counselling";
}

std::pair<std::size_t, std::size_t> BookingRules::partyCount(const std::string& service)
{
    if (takesCouple(service))
        return {2, 2};
    if (service == "counselling")
        return {1, 2};
    return {1, 1};
}

std::vector<core::ResidentId> BookingRules::parseIds(const std::vector<std::string>& idNumbers, core::Date today)
{
    std::vector<core::ResidentId> ids;
    for (std::size_t i = 0; i < idNumbers.size(); ++i) {
        std::string reason;
        auto id = core::ResidentId::tryParse(idNumbers[i], today, &reason);
        if (!id)
            throw core::InvalidField("parties[" + std::to_string(i) + "].id_number", reason);
        ids.push_back(std::move(*id));
    }
    return ids;
}

std::vector<std::string> BookingRules::failedRules(const std::string& service, const std::vector<core::ResidentId>& ids,
                                                   const std::vector<bool>& married, const model::Hall& hall,
                                                   core::Date day)
{
    std::vector<std::string> rules;
    const auto level =
        hall.provincialLevel ? MarriageEligibility::OfficeLevel::Provincial : MarriageEligibility::OfficeLevel::Local;
    if (service == "marriage" && ids.size() == 2) {
        for (const auto& rule : MarriageEligibility::check(ids[0], ids[1], day, level).rules())
            addOnce(rules, rule);
        if (std::find(married.begin(), married.end(), true) != married.end())
            addOnce(rules, kRuleAlreadyMarried);
        return rules;
    }
    if (takesCouple(service) && ids.size() == 2 && ids[0] == ids[1])
        addOnce(rules, MarriageEligibility::kRuleSamePerson);
    // Divorces of HK/Macao/Taiwan residents, like their marriages, go to provincial-level offices.
    if (takesCouple(service) && !hall.provincialLevel)
        for (const auto& id : ids)
            if (id.isResidencePermit())
                addOnce(rules, MarriageEligibility::kRuleResidencePermitNeedsProvincialOffice);
    return rules;
}

std::vector<std::string> BookingRules::ageRules(const std::string& service,
                                                const std::vector<std::pair<core::Date, std::string>>& birthAndSex,
                                                core::Date day)
{
    std::vector<std::string> rules;
    if (service != "marriage")
        return rules;
    for (const auto& [birth, sex] : birthAndSex) {
        const int age = MarriageEligibility::ageOn(birth, day);
        if (sex == "male" && age < MarriageEligibility::kMinimumAgeMan)
            addOnce(rules, MarriageEligibility::kRuleManUnder22);
        if (sex == "female" && age < MarriageEligibility::kMinimumAgeWoman)
            addOnce(rules, MarriageEligibility::kRuleWomanUnder20);
    }
    return rules;
}

}  // namespace wedreg::server::service
