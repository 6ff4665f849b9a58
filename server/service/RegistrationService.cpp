// SPDX-License-Identifier: Apache-2.0
#include "server/service/RegistrationService.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"
#include "core/calendar/DivorceTimeline.h"
#include "core/crypto/Digest.h"
#include "core/identity/ResidentId.h"
#include "core/rules/MarriageEligibility.h"
#include "server/service/AuthErrors.h"
#include "server/service/CertificateDocument.h"
#include "server/service/CertificateIssuer.h"
#include "server/service/Clock.h"
#include "server/service/HallService.h"
#include "server/service/IdCipher.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/RowId.h"
#include "server/store/AppointmentRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/CertificateRepository.h"
#include "server/store/RegistrationRepository.h"
#include "server/store/WriteTransaction.h"

#include <nlohmann/json.hpp>

#include <Poco/String.h>

#include <algorithm>
#include <set>

namespace wedreg::server::service {
namespace {

constexpr std::size_t kMaxName = 64;
constexpr std::size_t kMaxLatin = 96;


std::string field(std::size_t position, const char* name)
{
    return "parties[" + std::to_string(position) + "]." + name;
}

bool isRegistrationHall(const model::Hall& hall)
{
    return hall.kind == "office" || hall.kind == "themed";
}

std::string sexName(core::Sex sex)
{
    return sex == core::Sex::Male ? "male" : "female";
}

std::set<std::string> indexSet(const model::Registration& act)
{
    std::set<std::string> out;
    for (const auto& p : act.parties)
        out.insert(p.personIndex);
    return out;
}

}  // namespace

RegistrationService::RegistrationService(Dependencies deps)
    : m_(deps)
{
}

std::string RegistrationService::today() const
{
    return core::toIsoString(core::dateInShanghai(
        std::chrono::system_clock::time_point(std::chrono::seconds(m_.clock.nowSeconds()))));
}

model::Hall RegistrationService::hallFor(const model::StaffPrincipal& staff, const std::optional<std::string>& requested,
                                         const std::string& service) const
{
    std::string hallId;
    if (staff.role == model::Role::Registrar && staff.hallId) {
        if (requested && *requested != *staff.hallId)
            throw Forbidden("hall");
        hallId = *staff.hallId;
    } else if (requested) {
        hallId = *requested;
    } else {
        throw core::InvalidField("hall_id", "missing");
    }
    model::Hall hall;
    try {
        hall = m_.halls.get(hallId);
    } catch (const core::NotFound&) {
        throw core::InvalidField("hall_id", "unknown");
    }
    // A ceremony-only venue never produces a legal act (DESIGN §4).
    if (!isRegistrationHall(hall))
        throw core::InvalidField("hall_id", "not-a-registration-hall");
    if (std::find(hall.services.begin(), hall.services.end(), service) == hall.services.end())
        throw core::InvalidField("hall_id", "not-offered");
    return hall;
}

model::Registration RegistrationService::newAct(const std::string& kind, const std::string& status,
                                                const model::Hall& hall, const model::StaffPrincipal& staff) const
{
    model::Registration act;
    act.id = newRowId();
    act.kind = kind;
    act.status = status;
    act.hallId = hall.id;
    act.officeCode = hall.officeCode;
    act.registrar = staff.username;
    act.day = today();
    act.at = m_.clock.nowSeconds();
    return act;
}

void RegistrationService::refuse(const std::string& kind, const model::Hall& hall, const model::StaffPrincipal& staff,
                                 std::vector<std::string> rules)
{
    std::string reasons;
    for (const auto& rule : rules)
        reasons += (reasons.empty() ? "" : ",") + rule;
    const store::Refusal refusal{newRowId(), kind, hall.id, staff.username, today(), m_.clock.nowSeconds(), reasons};
    store::WriteTransaction tx(m_.db);
    m_.registrations.insertRefusal(tx, refusal);
    m_.audit.append(tx,
                    {"staff:" + staff.username, "registration.refuse", "refusal:" + refusal.id,
                     nlohmann::json{{"kind", kind}, {"hall", hall.id}, {"rules", rules}}.dump()},
                    refusal.at);
    tx.commit();
    throw core::Ineligible(std::move(rules));
}

void RegistrationService::audit(store::WriteTransaction& tx, const model::StaffPrincipal& staff,
                                const std::string& action, const model::Registration& act,
                                const std::optional<model::IssuedCertificate>& certificate)
{
    nlohmann::json detail{{"kind", act.kind}, {"status", act.status}, {"hall", act.hallId}, {"day", act.day}};
    if (act.subjectId)
        detail["subject"] = *act.subjectId;
    if (certificate)
        detail["certificate"] = certificate->id;
    m_.audit.append(tx, {"staff:" + staff.username, action, "registration:" + act.id, detail.dump()},
                    m_.clock.nowSeconds());
}

std::optional<model::Registration> RegistrationService::marriageOfCouple(const std::vector<std::string>& indexes)
{
    const std::set<std::string> couple(indexes.begin(), indexes.end());
    for (auto& marriage : m_.registrations.findByPerson(indexes.front(), "marriage", "in_force"))
        if (indexSet(marriage) == couple)
            return std::move(marriage);
    return std::nullopt;
}

RegistrationOutcome RegistrationService::marry(const model::StaffPrincipal& staff, const MarriageRequest& request)
{
    if (request.appointmentId.empty())
        throw core::InvalidField("appointment_id", "missing");
    if (request.parties.size() != 2)
        throw core::InvalidField("parties", "party-count");
    if (!request.declarationAccepted)
        throw core::InvalidField("declaration_accepted", "must-accept");
    const auto hall = hallFor(staff, request.hallId, "marriage");
    const auto day = core::parseIsoDate(today());

    std::vector<core::ResidentId> ids;
    std::vector<std::string> indexes;
    for (std::size_t i = 0; i < request.parties.size(); ++i) {
        const auto& party = request.parties[i];
        std::string reason;
        auto id = core::ResidentId::tryParse(party.idNumber, day, &reason);
        if (!id)
            throw core::InvalidField(field(i, "id_number"), reason);
        const auto name = Poco::trim(party.name);
        if (name.empty())
            throw core::InvalidField(field(i, "name"), "empty");
        if (name.size() > kMaxName)
            throw core::InvalidField(field(i, "name"), "too-long");
        if (party.nameLatin.size() > kMaxLatin)
            throw core::InvalidField(field(i, "name_latin"), "too-long");
        const auto& n = party.nationality;
        if (n.size() != 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            throw core::InvalidField(field(i, "nationality"), "format");
        indexes.push_back(m_.keys.blindIndex(id->normalized()));
        ids.push_back(std::move(*id));
    }

    // The appointment proves both were checked in here today.
    const auto appointment = m_.appointments.find(request.appointmentId);
    if (!appointment || appointment->hallId != hall.id || appointment->service != "marriage")
        throw core::NotFound("appointment");
    if (appointment->status != "checked_in" || appointment->day != core::toIsoString(day))
        throw core::Conflict("not-checked-in");
    std::set<std::string> booked;
    for (const auto& p : appointment->parties)
        booked.insert(p.personIndex);
    if (booked != std::set<std::string>(indexes.begin(), indexes.end()))
        refuse("marriage", hall, staff, {"not-the-booked-couple"});

    // The rules again, on the registration day itself (DESIGN §4).
    const auto level = hall.provincialLevel ? core::MarriageEligibility::OfficeLevel::Provincial
                                            : core::MarriageEligibility::OfficeLevel::Local;
    std::vector<std::string> rules;
    for (auto& rule : core::MarriageEligibility::check(ids[0], ids[1], day, level).rules())
        if (std::find(rules.begin(), rules.end(), rule) == rules.end())
            rules.push_back(std::move(rule));
    if (m_.appointments.anyMarried(indexes))
        rules.emplace_back("already-married");
    if (!rules.empty())
        refuse("marriage", hall, staff, std::move(rules));

    auto act = newAct("marriage", "in_force", hall, staff);
    act.appointmentId = appointment->id;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto& in = request.parties[i];
        act.parties.push_back({static_cast<int>(i), indexes[i], m_.cipher.seal(ids[i].normalized()), ids[i].masked(),
                               Poco::trim(in.name), Poco::trim(in.nameLatin), core::toIsoString(ids[i].birthDate()),
                               sexName(ids[i].sex()), in.nationality});
    }
    bool raced = false;
    RegistrationOutcome outcome;
    {
        store::WriteTransaction tx(m_.db);
        m_.registrations.insert(tx, act);
        // One marriage per person, decided by marital_records' primary key even when two
        // registrars race for the same person.
        for (const auto& index : indexes)
            if (!m_.registrations.markMarried(tx, index, act.day))
                raced = true;
        if (raced) {
            tx.rollback();
        } else {
            auto certificate = m_.issuer.issue(tx, "marriage", act, act.day, act.at);
            audit(tx, staff, "registration.marriage", act, certificate);
            tx.commit();
            outcome = {act, certificate};
        }
    }
    if (raced)
        refuse("marriage", hall, staff, {"already-married"});
    return outcome;
}

RegistrationOutcome RegistrationService::applyForDivorce(const model::StaffPrincipal& staff,
                                                         const std::vector<std::string>& idNumbers,
                                                         const std::optional<std::string>& hallId)
{
    if (idNumbers.size() != 2)
        throw core::InvalidField("parties", "party-count");
    const auto hall = hallFor(staff, hallId, "divorce_application");
    const auto day = core::parseIsoDate(today());
    std::vector<std::string> indexes;
    for (std::size_t i = 0; i < idNumbers.size(); ++i) {
        std::string reason;
        const auto id = core::ResidentId::tryParse(idNumbers[i], day, &reason);
        if (!id)
            throw core::InvalidField(field(i, "id_number"), reason);
        indexes.push_back(m_.keys.blindIndex(id->normalized()));
    }
    if (indexes[0] == indexes[1])
        refuse("divorce_application", hall, staff, {"same-person"});
    const auto marriage = marriageOfCouple(indexes);
    if (!marriage)
        refuse("divorce_application", hall, staff, {"not-married-to-each-other"});
    // Residence-permit holders divorce, as they marry, at provincial-level offices (the masked form
    // keeps the first four digits, so the 81/82/83 region code is still there).
    if (!hall.provincialLevel)
        for (const auto& p : marriage->parties)
            if (p.idMasked.starts_with("81") || p.idMasked.starts_with("82") || p.idMasked.starts_with("83"))
                refuse("divorce_application", hall, staff, {"residence-permit-needs-provincial-office"});

    const core::DivorceTimeline timeline(day, m_.calendar);
    auto act = newAct("divorce_application", "cooling_off", hall, staff);
    act.subjectId = marriage->id;
    act.coolingOffEnds = core::toIsoString(timeline.coolingOffEnd());
    act.windowEnds = core::toIsoString(timeline.windowEnd());
    act.parties = marriage->parties;
    store::WriteTransaction tx(m_.db);
    if (!m_.registrations.insertApplication(tx, act)) {
        tx.rollback();
        throw core::Conflict("application-open");
    }
    audit(tx, staff, "registration.divorce_application", act, std::nullopt);
    tx.commit();
    return {act, std::nullopt};
}

RegistrationOutcome RegistrationService::withdraw(const model::StaffPrincipal& staff, const std::string& applicationId,
                                                  const std::string& idNumber)
{
    auto application = m_.registrations.find(applicationId);
    if (!application || application->kind != "divorce_application")
        throw core::NotFound("registration");
    if (staff.role == model::Role::Registrar && staff.hallId && *staff.hallId != application->hallId)
        throw Forbidden("hall");
    const auto day = core::parseIsoDate(today());
    std::string reason;
    const auto id = core::ResidentId::tryParse(idNumber, day, &reason);
    if (!id)
        throw core::InvalidField("id_number", reason);
    if (application->status != "cooling_off")
        throw core::Conflict("application-closed");
    if (!indexSet(*application).contains(m_.keys.blindIndex(id->normalized())))
        refuse("withdrawal", m_.halls.get(application->hallId), staff, {"not-a-party"});
    if (day > core::parseIsoDate(*application->coolingOffEnds))
        throw core::Conflict("cooling-off-over");

    store::WriteTransaction tx(m_.db);
    const auto now = m_.clock.nowSeconds();
    if (!m_.registrations.changeStatus(tx, application->id, "cooling_off", "withdrawn", now, today())) {
        tx.rollback();
        throw core::Conflict("application-closed");
    }
    application->status = "withdrawn";
    application->closedAt = now;
    application->closedDay = today();
    audit(tx, staff, "registration.withdraw", *application, std::nullopt);
    tx.commit();
    return {*application, std::nullopt};
}

RegistrationOutcome RegistrationService::divorce(const model::StaffPrincipal& staff, const std::string& applicationId,
                                                 const std::vector<std::string>& idNumbers,
                                                 const std::optional<std::string>& hallId)
{
    if (idNumbers.size() != 2)
        throw core::InvalidField("parties", "party-count");
    const auto hall = hallFor(staff, hallId, "divorce");
    const auto application = m_.registrations.find(applicationId);
    if (!application || application->kind != "divorce_application")
        throw core::NotFound("registration");
    const auto day = core::parseIsoDate(today());
    std::set<std::string> indexes;
    for (std::size_t i = 0; i < idNumbers.size(); ++i) {
        std::string reason;
        const auto id = core::ResidentId::tryParse(idNumbers[i], day, &reason);
        if (!id)
            throw core::InvalidField(field(i, "id_number"), reason);
        indexes.insert(m_.keys.blindIndex(id->normalized()));
    }
    if (application->status != "cooling_off")
        refuse("divorce", hall, staff, {"application-" + application->status});
    if (indexes != indexSet(*application))
        refuse("divorce", hall, staff, {"not-the-applicants"});
    // Both return to the office that received the application (民发〔2020〕116号).
    if (application->hallId != hall.id)
        refuse("divorce", hall, staff, {"other-office"});
    const core::DivorceTimeline timeline(core::parseIsoDate(application->day), m_.calendar);
    switch (timeline.phaseOn(day)) {
    case core::DivorceTimeline::Phase::BeforeReceipt:
    case core::DivorceTimeline::Phase::CoolingOff:
        refuse("divorce", hall, staff, {"still-cooling-off"});
    case core::DivorceTimeline::Phase::Lapsed:
        refuse("divorce", hall, staff, {"application-lapsed"});
    case core::DivorceTimeline::Phase::Window:
        break;
    }
    const auto marriage = m_.registrations.find(*application->subjectId);
    if (!marriage || marriage->status != "in_force")
        refuse("divorce", hall, staff, {"not-married-to-each-other"});

    auto act = newAct("divorce", "done", hall, staff);
    act.subjectId = marriage->id;
    act.applicationId = application->id;
    act.parties = marriage->parties;
    auto certificateHolders = m_.registrations.reissuesOf(marriage->id);
    certificateHolders.push_back(marriage->id);
    store::WriteTransaction tx(m_.db);
    if (!m_.registrations.changeStatus(tx, application->id, "cooling_off", "completed", act.at, act.day) ||
        !m_.registrations.changeStatus(tx, marriage->id, "in_force", "dissolved", act.at, act.day)) {
        tx.rollback();
        throw core::Conflict("application-closed");
    }
    m_.registrations.insert(tx, act);
    for (const auto& p : marriage->parties)
        m_.registrations.clearMarried(tx, p.personIndex);
    m_.certificates.changeStatus(tx, certificateHolders, "valid", "dissolved");
    auto certificate = m_.issuer.issue(tx, "divorce", act, act.day, act.at);
    audit(tx, staff, "registration.divorce", act, certificate);
    tx.commit();
    return {act, certificate};
}

RegistrationOutcome RegistrationService::reissue(const model::StaffPrincipal& staff, const std::string& idNumber,
                                                 const std::string& of, bool byProxy,
                                                 const std::optional<std::string>& hallId)
{
    if (of != "marriage" && of != "divorce")
        throw core::InvalidField("of", "unknown");
    const auto hall = hallFor(staff, hallId, "reissue");
    const auto day = core::parseIsoDate(today());
    std::string reason;
    const auto id = core::ResidentId::tryParse(idNumber, day, &reason);
    if (!id)
        throw core::InvalidField("parties[0].id_number", reason);
    const auto index = m_.keys.blindIndex(id->normalized());

    // The act whose certificate is asked for, and whether the person's status has changed since.
    std::optional<model::Registration> subject;
    bool changed = false;
    if (of == "marriage") {
        auto inForce = m_.registrations.findByPerson(index, "marriage", "in_force");
        if (!inForce.empty()) {
            subject = std::move(inForce.front());
        } else if (auto dissolved = m_.registrations.findByPerson(index, "marriage", "dissolved"); !dissolved.empty()) {
            subject = std::move(dissolved.front());
            changed = true;
        }
    } else if (auto divorces = m_.registrations.findByPerson(index, "divorce", "done"); !divorces.empty()) {
        subject = std::move(divorces.front());
        changed = m_.appointments.anyMarried({index});  // remarried since
    }
    if (!subject)
        refuse("reissue", hall, staff, {"no-record"});

    auto act = newAct("reissue", "done", hall, staff);
    act.subjectId = subject->id;
    act.byProxy = byProxy;
    act.parties = subject->parties;
    auto holders = m_.registrations.reissuesOf(subject->id);
    holders.push_back(subject->id);
    store::WriteTransaction tx(m_.db);
    m_.registrations.insert(tx, act);
    auto certificate = m_.issuer.issue(tx, changed ? "record" : "reissue", act, subject->day, act.at);
    if (!changed)
        m_.certificates.changeStatus(tx, holders, "valid", "superseded", certificate.id);
    audit(tx, staff, byProxy ? "registration.reissue_by_proxy" : "registration.reissue", act, certificate);
    tx.commit();
    return {act, certificate};
}

int RegistrationService::lapseDue()
{
    int lapsed = 0;
    const model::StaffPrincipal system{"system", model::Role::Admin, std::nullopt, 0};
    for (auto& application : m_.registrations.applicationsLapsingBefore(today())) {
        // Deemed withdrawn on the day after the window, whenever the job runs.
        const auto on = core::toIsoString(core::addDays(core::parseIsoDate(*application.windowEnds), 1));
        store::WriteTransaction tx(m_.db);
        if (!m_.registrations.changeStatus(tx, application.id, "cooling_off", "lapsed", m_.clock.nowSeconds(), on)) {
            tx.rollback();
            continue;  // another server's job got there first
        }
        application.status = "lapsed";
        m_.audit.append(tx,
                        {"system", "registration.lapse", "registration:" + application.id,
                         nlohmann::json{{"kind", application.kind}, {"status", "lapsed"}, {"day", on}}.dump()},
                        m_.clock.nowSeconds());
        tx.commit();
        ++lapsed;
    }
    return lapsed;
}

RegistrationOutcome RegistrationService::get(const model::StaffPrincipal& staff, const std::string& id)
{
    auto act = m_.registrations.find(id);
    if (!act)
        throw core::NotFound("registration");
    if (staff.role == model::Role::Registrar && staff.hallId && *staff.hallId != act->hallId)
        throw Forbidden("hall");
    const auto certificates = m_.certificates.findByRegistrations({act->id});
    RegistrationOutcome outcome{*act, std::nullopt};
    if (!certificates.empty())
        outcome.certificate = certificates.back();
    return outcome;
}

std::string RegistrationService::printable(const model::StaffPrincipal& staff, const std::string& certificateId)
{
    const auto certificate = m_.certificates.find(certificateId);
    if (!certificate)
        throw core::NotFound("certificate");
    const auto outcome = get(staff, certificate->registrationId);
    const auto& act = outcome.registration;
    std::string day = act.day;
    std::string subjectKind = act.kind;
    if (act.kind == "reissue" && act.subjectId) {
        if (const auto subject = m_.registrations.find(*act.subjectId)) {
            day = subject->day;
            subjectKind = subject->kind;
        }
    }
    return printableCertificateSvg(*certificate, act, day, subjectKind, m_.halls.get(act.hallId));
}

}  // namespace wedreg::server::service
