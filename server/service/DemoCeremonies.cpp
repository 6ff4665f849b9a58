// SPDX-License-Identifier: Apache-2.0
#include "server/service/DemoCeremonies.h"

#include "core/Errors.h"
#include "server/service/CeremonyService.h"
#include "server/store/CeremonyRepository.h"

#include <Poco/DateTimeParser.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace wedreg::server::service {
namespace {

using Object = Poco::JSON::Object::Ptr;

std::string text(const Object& o, const std::string& key, const std::string& file)
{
    if (!o->has(key) || !o->get(key).isString())
        throw core::MalformedData(file, key, "missing-string");
    return o->getValue<std::string>(key);
}

std::vector<std::string> strings(const Object& o, const std::string& key)
{
    std::vector<std::string> out;
    if (const auto a = o->getArray(key))
        for (std::size_t i = 0; i < a->size(); ++i)
            out.push_back(a->getElement<std::string>(static_cast<unsigned>(i)));
    return out;
}

}  // namespace

std::size_t seedDemoCeremonies(CeremonyService& ceremonies, store::CeremonyRepository& repository,
                               const std::string& file)
{
    if (!repository.listEvents(true).empty())
        return 0;
    std::ifstream in(file);
    if (!in)
        throw core::MalformedData(file, "", "unreadable");
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto root = Poco::JSON::Parser().parse(buffer.str()).extract<Object>();
    Actor system;
    system.system = true;

    std::map<std::string, std::string> presenterIds;  // key in the file → id
    const auto presenters = root->getArray("presenters");
    for (std::size_t i = 0; presenters && i < presenters->size(); ++i) {
        const auto o = presenters->getObject(static_cast<unsigned>(i));
        model::Presenter p;
        p.name = text(o, "name", file);
        p.nameEn = o->optValue<std::string>("name_en", "");
        p.honour = text(o, "honour", file);
        p.honourEn = o->optValue<std::string>("honour_en", "");
        p.organisation = o->optValue<std::string>("organisation", "");
        p.photoConsent = o->optValue<bool>("photo_consent", false);
        p.contactConsent = o->optValue<bool>("contact_consent", false);
        p.contact = o->optValue<std::string>("contact", "");
        p.availableDays = strings(o, "available_days");
        presenterIds[text(o, "key", file)] = ceremonies.addPresenter(p, system).id;
    }

    const auto surnames = strings(root, "demo_surnames");
    const auto given = strings(root, "demo_given_names");
    std::size_t nameCounter = 0;
    const auto nextName = [&]() {
        const auto n = nameCounter++;
        return surnames[n % surnames.size()] + given[(n * 7 + n / surnames.size()) % given.size()];
    };

    std::size_t seeded = 0;
    const auto events = root->getArray("ceremonies");
    for (std::size_t i = 0; events && i < events->size(); ++i) {
        const auto o = events->getObject(static_cast<unsigned>(i));
        EventInput input;
        input.title = text(o, "title", file);
        input.titleEn = text(o, "title_en", file);
        input.theme = o->optValue<std::string>("theme", "");
        input.day = text(o, "day", file);
        input.venueId = text(o, "venue_id", file);
        input.guestsPerCouple = o->optValue<int>("guests_per_couple", 0);
        input.notes = o->optValue<std::string>("notes", "");
        input.notesEn = o->optValue<std::string>("notes_en", "");
        input.allocation = o->optValue<std::string>("allocation", "first_come");
        Poco::DateTime opens;
        int tz = 0;
        if (Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FORMAT,
                                           o->optValue<std::string>("signup_opens_at", ""), opens, tz))
            input.signupOpensAt = opens.timestamp().epochTime() - tz;
        const auto sessions = o->getArray("sessions");
        std::vector<std::vector<std::string>> sessionPresenters;
        std::vector<std::pair<int, int>> sessionCouples;  // seated, checked in
        for (std::size_t j = 0; sessions && j < sessions->size(); ++j) {
            const auto so = sessions->getObject(static_cast<unsigned>(j));
            input.sessions.push_back({text(so, "start", file), text(so, "end", file), so->getValue<int>("capacity")});
            sessionPresenters.push_back(strings(so, "presenters"));
            sessionCouples.emplace_back(so->optValue<int>("demo_couples", 0), so->optValue<int>("demo_checked_in", 0));
        }
        auto event = ceremonies.create(input, system);
        for (std::size_t j = 0; j < event.sessions.size(); ++j) {
            int position = 1;
            for (const auto& key : sessionPresenters[j]) {
                const auto id = presenterIds.find(key);
                if (id == presenterIds.end())
                    throw core::MalformedData(file, "presenters", "unknown-key", key);
                ceremonies.assignPresenter(event.id, event.sessions[j].id, id->second, position++, system);
            }
            std::vector<CeremonyService::DemoCouple> couples;
            for (int c = 0; c < sessionCouples[j].first; ++c) {
                auto a = nextName();
                couples.push_back({std::move(a), nextName()});
            }
            ceremonies.seedSeated(event, event.sessions[j], couples,
                                  static_cast<std::size_t>(std::max(sessionCouples[j].second, 0)));
        }
        const auto target = o->optValue<std::string>("status", "published");
        for (const auto* step : {"published", "closed", "held", "archived"}) {
            if (event.status == target)
                break;
            event = ceremonies.changeStatus(event.id, step, system);
        }
        ++seeded;
    }
    return seeded;
}

}  // namespace wedreg::server::service
