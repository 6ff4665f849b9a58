// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Appointment.h"
#include "server/model/Slot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

class AppointmentRepository {
public:
    explicit AppointmentRepository(Database& db);

    // Inserts the appointment and its parties. False — and the caller must roll back — when a party
    // already holds an active appointment for the service: the partial unique index decides, so two
    // racing requests for one person cannot both pass.
    bool insert(WriteTransaction& tx, const model::Appointment& appointment);

    std::optional<model::Appointment> find(const std::string& id);
    // Booked appointments carrying this check-in code (codes are short, so several may share one).
    std::vector<model::Appointment> findByCheckInCode(const std::string& code);
    std::vector<model::Appointment> listDay(const std::string& hallId, const std::string& day);

    // For each of these blind indexes, whether the registry records that person as married: one
    // query for all of them (a booking asks for both parties).
    std::vector<bool> married(const std::vector<std::string>& personIndexes);
    // True when any of them is married.
    bool anyMarried(const std::vector<std::string>& personIndexes);

    // Moves an active appointment to `to`; ends it (parties no longer active) for cancelled/no_show.
    // False when the appointment was not in `from` any more (someone else changed it first).
    // Retention: blanks the name, phone, masked ID and blind index of the parties of appointments
    // cancelled or marked no-show before `beforeSeconds`; the appointment rows (hall, service,
    // day, status) and the parties' birth date and sex stay for statistics. Returns the parties
    // blanked now (already blank ones are not counted again).
    std::size_t purgePersonalData(WriteTransaction& tx, std::int64_t beforeSeconds);
    bool changeStatus(WriteTransaction& tx, const std::string& id, const std::string& from, const std::string& to,
                      std::int64_t nowSeconds);
    // Points a booked appointment at another slot of the same hall and service.
    bool moveToSlot(WriteTransaction& tx, const std::string& id, const model::Slot& slot, std::int64_t nowSeconds);
    // Booked → checked_in with the given queue number.
    bool checkIn(WriteTransaction& tx, const std::string& id, int queueNumber, std::int64_t nowSeconds);
    // The next number of the hall's queue that day (1, 2, …), counted in the database so that
    // several servers hand out distinct numbers.
    int nextQueueNumber(WriteTransaction& tx, const std::string& hallId, const std::string& day);
    // Calls the checked-in, uncalled appointment with the lowest queue number of the hall's day to
    // `counter`: its id, or nothing when nobody waits. A conditional UPDATE (called_at IS NULL) takes
    // it, so a concurrent caller that took the same row first (PostgreSQL, READ COMMITTED) makes
    // this one pick again rather than call the couple twice.
    std::optional<std::string> callNext(WriteTransaction& tx, const std::string& hallId, const std::string& day,
                                        const std::string& counter, const std::string& calledBy,
                                        std::int64_t nowSeconds);

private:
    std::vector<model::Appointment> select(const std::string& where, const std::vector<std::string>& args);

    Database& m_db;
};

}  // namespace wedreg::server::store
