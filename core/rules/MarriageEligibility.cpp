// SPDX-License-Identifier: Apache-2.0
#include "core/rules/MarriageEligibility.h"

#include "core/Errors.h"

#include <algorithm>
#include <array>

namespace wedreg::core {

namespace {

using Failure = MarriageEligibility::Failure;

// Rules for one party, in the order the result promises; the caller interleaves them per rule.
void checkPartyAge(const ResidentId& id, std::size_t party, Date registrationDate, std::vector<Failure>& men,
                   std::vector<Failure>& women)
{
    const int age = MarriageEligibility::ageOn(id.birthDate(), registrationDate);
    if (id.sex() == Sex::Male && age < MarriageEligibility::kMinimumAgeMan) {
        men.push_back({std::string(MarriageEligibility::kRuleManUnder22), party, {}});
    }
    if (id.sex() == Sex::Female && age < MarriageEligibility::kMinimumAgeWoman) {
        women.push_back({std::string(MarriageEligibility::kRuleWomanUnder20), party, {}});
    }
}

MarriageEligibility::Result evaluate(const std::array<std::optional<ResidentId>, 2>& ids,
                                     const std::array<std::string, 2>& reasons, Date registrationDate,
                                     MarriageEligibility::OfficeLevel office)
{
    MarriageEligibility::Result result;
    auto& out = result.failures;

    for (std::size_t party = 0; party < ids.size(); ++party) {
        if (!ids[party]) {
            out.push_back({std::string(MarriageEligibility::kRuleIdInvalid), party, reasons[party]});
        }
    }

    if (ids[0] && ids[1]) {
        if (*ids[0] == *ids[1]) {
            out.push_back({std::string(MarriageEligibility::kRuleSamePerson), std::nullopt, {}});
        } else if (ids[0]->sex() == ids[1]->sex()) {
            // Same person implies same sex; reporting both would only add noise.
            out.push_back({std::string(MarriageEligibility::kRuleSameSex), std::nullopt, {}});
        }
    }

    std::vector<Failure> men;
    std::vector<Failure> women;
    std::vector<Failure> permits;
    for (std::size_t party = 0; party < ids.size(); ++party) {
        if (!ids[party]) {
            continue;
        }
        checkPartyAge(*ids[party], party, registrationDate, men, women);
        if (ids[party]->isResidencePermit() && office != MarriageEligibility::OfficeLevel::Provincial) {
            permits.push_back(
                {std::string(MarriageEligibility::kRuleResidencePermitNeedsProvincialOffice), party, {}});
        }
    }
    for (auto* group : {&men, &women, &permits}) {
        out.insert(out.end(), group->begin(), group->end());
    }
    return result;
}

} // namespace

std::vector<std::string> MarriageEligibility::Result::rules() const
{
    std::vector<std::string> codes;
    codes.reserve(failures.size());
    for (const auto& failure : failures) {
        codes.push_back(failure.rule);
    }
    return codes;
}

MarriageEligibility::Result MarriageEligibility::check(const ResidentId& first, const ResidentId& second,
                                                       Date registrationDate, OfficeLevel office)
{
    return evaluate({first, second}, {}, registrationDate, office);
}

MarriageEligibility::Result MarriageEligibility::check(std::string_view firstIdNumber,
                                                       std::string_view secondIdNumber, Date registrationDate,
                                                       OfficeLevel office, Date today)
{
    std::array<std::string, 2> reasons;
    const std::array<std::optional<ResidentId>, 2> ids{ResidentId::tryParse(firstIdNumber, today, &reasons[0]),
                                                       ResidentId::tryParse(secondIdNumber, today, &reasons[1])};
    return evaluate(ids, reasons, registrationDate, office);
}

void MarriageEligibility::require(const ResidentId& first, const ResidentId& second, Date registrationDate,
                                  OfficeLevel office)
{
    const auto result = check(first, second, registrationDate, office);
    if (result.eligible()) {
        return;
    }
    std::vector<std::string> codes;
    for (auto& code : result.rules()) {
        if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
            codes.push_back(std::move(code));
        }
    }
    throw Ineligible(std::move(codes));
}

int MarriageEligibility::ageOn(Date birthDate, Date date)
{
    int years = static_cast<int>(date.year()) - static_cast<int>(birthDate.year());
    // Comparing (month, day) pairs makes 02-29 "not yet" on 02-28 and "reached" on 03-01.
    const auto monthDay = [](Date d) {
        return static_cast<unsigned>(d.month()) * 100 + static_cast<unsigned>(d.day());
    };
    if (monthDay(date) < monthDay(birthDate)) {
        --years;
    }
    return years;
}

} // namespace wedreg::core
