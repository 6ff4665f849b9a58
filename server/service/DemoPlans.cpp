// SPDX-License-Identifier: Apache-2.0
#include "server/service/DemoPlans.h"

#include "core/Errors.h"
#include "server/service/BookingRules.h"
#include "server/service/SlotGenerator.h"
#include "server/store/PlanRepository.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>

namespace wedreg::server::service {
namespace {

using Periods = std::vector<std::pair<int, int>>;

int minuteOf(const std::string& hhmm, const std::string& file)
{
    if (hhmm.size() != 5 || hhmm[2] != ':')
        throw core::MalformedData(file, "periods", "not-a-time", hhmm);
    const int h = std::stoi(hhmm.substr(0, 2));
    const int m = std::stoi(hhmm.substr(3, 2));
    if (h > 24 || m > 59)
        throw core::MalformedData(file, "periods", "not-a-time", hhmm);
    return h * 60 + m;
}

Periods periodsOf(const Poco::JSON::Object::Ptr& o, const std::string& file)
{
    Periods out;
    const auto array = o->getArray("periods");
    if (!array)
        throw core::MalformedData(file, "periods", "missing-array");
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto pair = array->getArray(static_cast<unsigned>(i));
        if (!pair || pair->size() != 2)
            throw core::MalformedData(file, "periods", "not-a-pair");
        out.emplace_back(minuteOf(pair->getElement<std::string>(0), file), minuteOf(pair->getElement<std::string>(1), file));
    }
    return out;
}

std::vector<int> weekdaysOf(const Poco::JSON::Array::Ptr& array)
{
    std::vector<int> out;
    for (std::size_t i = 0; array && i < array->size(); ++i)
        out.push_back(array->getElement<int>(static_cast<unsigned>(i)));
    return out;
}

std::vector<std::string> bookableServices(const model::Hall& hall)
{
    std::vector<std::string> out;
    for (const auto& s : hall.services)
        if (BookingRules::isService(s))
            out.push_back(s);
    return out;
}

}  // namespace

model::WorkingPlans DemoPlans::read(const std::string& file, const std::vector<model::Hall>& halls)
{
    std::ifstream in(file);
    if (!in)
        throw core::MalformedData(file, "", "cannot-open");
    const auto root = Poco::JSON::Parser().parse(in).extract<Poco::JSON::Object::Ptr>();
    const int slotMinutes = root->optValue<int>("slot_minutes", 30);
    const int couples = root->optValue<int>("couples_per_slot", 1);
    const auto weekdays = weekdaysOf(root->getArray("weekdays"));
    const auto periods = periodsOf(root, file);

    model::WorkingPlans plans;
    const auto addPeriods = [&](const model::Hall& hall, const std::vector<int>& days, const Periods& ps) {
        for (const auto& service : bookableServices(hall))
            for (const int day : days)
                for (const auto& [from, to] : ps)
                    plans.periods.push_back({hall.id, service, day, from, to, slotMinutes, std::max(1, hall.counters), couples});
    };
    for (const auto& hall : halls)
        if (hall.kind != "ceremony_venue")
            addPeriods(hall, weekdays, periods);
    if (const auto weekend = root->getArray("weekend"))
        for (std::size_t i = 0; i < weekend->size(); ++i) {
            const auto o = weekend->getObject(static_cast<unsigned>(i));
            const auto id = o->getValue<std::string>("hall_id");
            for (const auto& hall : halls)
                if (hall.id == id)
                    addPeriods(hall, weekdaysOf(o->getArray("weekdays")), periodsOf(o, file));
        }
    if (const auto openings = root->getArray("special_openings"))
        for (std::size_t i = 0; i < openings->size(); ++i) {
            const auto o = openings->getObject(static_cast<unsigned>(i));
            const auto id = o->getValue<std::string>("hall_id");
            const auto hall = std::find_if(halls.begin(), halls.end(), [&](const model::Hall& h) { return h.id == id; });
            if (hall == halls.end())
                continue;
            for (const auto& [from, to] : periodsOf(o, file)) {
                model::SpecialOpening s;
                s.hallId = id;
                s.service = o->getValue<std::string>("service");
                s.day = o->getValue<std::string>("day");
                s.startMinute = from;
                s.endMinute = to;
                s.slotMinutes = o->optValue<int>("slot_minutes", slotMinutes);
                s.counters = std::max(1, hall->counters);
                s.couplesPerSlot = o->optValue<int>("couples_per_slot", couples);
                s.name = o->getValue<std::string>("name");
                plans.openings.push_back(std::move(s));
            }
        }
    if (const auto closures = root->getArray("closures"))
        for (std::size_t i = 0; i < closures->size(); ++i) {
            const auto o = closures->getObject(static_cast<unsigned>(i));
            plans.closures.push_back(
                {o->getValue<std::string>("hall_id"), o->getValue<std::string>("day"), o->getValue<std::string>("reason")});
        }
    return plans;
}

void DemoPlans::seed(store::PlanRepository& plans, const std::string& file, const std::vector<model::Hall>& halls)
{
    plans.insert(read(file, halls));
}

}  // namespace wedreg::server::service
