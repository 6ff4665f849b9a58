// SPDX-License-Identifier: Apache-2.0
#include "server/service/BookingEligibility.h"

#include "core/Errors.h"
#include "server/service/BookingRules.h"
#include "server/service/PersonalDataKeys.h"
#include "server/store/AppointmentRepository.h"
#include "server/store/RegistrationRepository.h"

#include <set>

namespace wedreg::server::service {
namespace {

void throwIfIneligible(std::vector<std::string> rules)
{
    if (!rules.empty())
        throw core::Ineligible(std::move(rules));
}

}  // namespace

BookingEligibility::BookingEligibility(const PersonalDataKeys& keys, store::AppointmentRepository& appointments,
                                       store::RegistrationRepository& registrations)
    : m_keys(keys)
    , m_appointments(appointments)
    , m_registrations(registrations)
{
}

CheckedParties BookingEligibility::checkParties(const std::string& service, const std::vector<PartyInput>& parties,
                                                bool declarationAccepted, core::Date today) const
{
    const auto [least, most] = BookingRules::partyCount(service);
    if (parties.size() < least || parties.size() > most)
        throw core::InvalidField("parties", "party-count");
    if (!declarationAccepted)
        throw core::InvalidField("declaration_accepted", "must-accept");
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < parties.size(); ++i) {
        AppointmentFactory::checkContact(parties[i], i);
        numbers.push_back(parties[i].idNumber);
    }
    CheckedParties checked;
    checked.ids = BookingRules::parseIds(numbers, today);
    for (const auto& id : checked.ids)
        checked.indexes.push_back(m_keys.blindIndex(id.normalized()));
    return checked;
}

void BookingEligibility::require(const std::string& service, const CheckedParties& parties, const model::Hall& hall,
                                 const std::string& day) const
{
    const auto married = m_appointments.married(parties.indexes);
    throwIfIneligible(BookingRules::failedRules(service, parties.ids, married, hall, core::parseIsoDate(day)));
    if (service == "divorce")
        throwIfIneligible(divorceRules(parties.indexes, hall.id, day));
}

std::vector<std::string> BookingEligibility::divorceRules(const std::vector<std::string>& indexes,
                                                          const std::string& hallId, const std::string& day) const
{
    const std::set<std::string> couple(indexes.begin(), indexes.end());
    for (const auto& application : m_registrations.findByPerson(indexes.front(), "divorce_application", "cooling_off")) {
        std::set<std::string> applicants;
        for (const auto& p : application.parties)
            applicants.insert(p.personIndex);
        if (applicants != couple)
            continue;
        if (hallId != application.hallId)
            return {"other-office"};
        if (day <= application.coolingOffEnds.value_or(""))  // ISO days compare as text
            return {"divorce-window-not-open"};
        if (day > application.windowEnds.value_or(""))
            return {"divorce-window-closed"};
        return {};
    }
    return {"no-open-divorce-application"};
}

}  // namespace wedreg::server::service
