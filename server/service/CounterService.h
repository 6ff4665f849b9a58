// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Appointment.h"
#include "server/model/Staff.h"
#include "server/service/AppointmentFactory.h"

#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {
class AppointmentRepository;
class AuditLog;
class Database;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class HallService;
class PersonalDataKeys;
class SlotService;

struct CheckInResult {
    std::string appointmentId;
    int queueNumber = 0;
    int counterHint = 1;  // the window to go to: queue numbers are dealt round the hall's counters
};

// The hall's side of the day: kiosk check-in, the registrar's list, no-shows and walk-ins.
class CounterService {
public:
    CounterService(store::Database& db, store::AppointmentRepository& appointments, SlotService& slots,
                   HallService& halls, const PersonalDataKeys& keys, store::AuditLog& audit);

    // By the check-in code or the QR text, plus the ID number of one of the parties (a code alone
    // is guessable). Only on the appointment's day. Throws NotFound{"appointment"},
    // Conflict{"not-today"|"not-active"}, InvalidField. From a kiosk (`kioskHall` set: the hall its
    // certificate binds it to), only that hall's appointments: Forbidden{"kiosk-hall"} otherwise.
    CheckInResult checkIn(const std::string& checkInCode, const std::string& qr, const std::string& idNumber,
                          const std::optional<std::string>& kioskHall = std::nullopt);

    // A registrar sees their own hall; an admin any. Throws Forbidden{"hall"}.
    std::vector<model::Appointment> listDay(const model::StaffPrincipal& staff, const std::string& hallId,
                                            const std::string& day);
    // Booked → no_show once its time has begun; frees the people for a new booking.
    void markNoShow(const model::StaffPrincipal& staff, const std::string& appointmentId);
    // Calls the next waiting couple of today's queue (checked in, not called yet, lowest queue
    // number) to `counter` (1–16 letters or digits): atomic in the database, so counters racing for
    // the next couple each get a different one. Throws InvalidField{"counter"}, Forbidden{"hall"},
    // Conflict{"nobody-waiting"}.
    model::Appointment callNext(const model::StaffPrincipal& staff, const std::string& hallId,
                                const std::string& counter);
    // Adds a couple in person to today's queue, with the same rules as a booking.
    CheckInResult walkIn(const model::StaffPrincipal& staff, const std::string& hallId, const std::string& service,
                         const std::vector<PartyInput>& parties, bool declarationAccepted);

private:
    void requireHall(const model::StaffPrincipal& staff, const std::string& hallId) const;
    int counterHint(const std::string& hallId, int queueNumber);

    store::Database& m_db;
    store::AppointmentRepository& m_appointments;
    SlotService& m_slots;
    HallService& m_halls;
    const PersonalDataKeys& m_keys;
    AppointmentFactory m_factory;
    store::AuditLog& m_audit;
};

}  // namespace wedreg::server::service
