// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Ceremony.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

// Seats and waitlist places of a session, by status.
struct SessionCounts {
    int seated = 0;
    int checkedIn = 0;
    int waitlisted = 0;
    int cancelled = 0;
};

// Events, sessions and sign-ups of collective ceremonies (sql/0005_ceremonies.sql). Seats are taken
// only by takeSeat()'s conditional UPDATE; one sign-up per couple per event is the partial unique
// index; the waitlist order is the per-event sequence that nextSequence() takes in the caller's
// transaction. Nothing here checks-then-inserts.
class CeremonyRepository {
public:
    explicit CeremonyRepository(Database& db);

    void insertEvent(WriteTransaction& tx, const model::CeremonyEvent& event);
    std::optional<model::CeremonyEvent> findEvent(const std::string& id);
    std::vector<model::CeremonyEvent> listEvents(bool includeDrafts);
    bool changeStatus(WriteTransaction& tx, const std::string& id, const std::string& from, const std::string& to,
                      std::int64_t nowSeconds);

    // Takes the event's next sign-up number, only while it is published; nothing when it is not.
    // The row lock this takes serialises the event's sign-ups and cancellations (PostgreSQL).
    std::optional<int> nextSequence(WriteTransaction& tx, const std::string& eventId, std::int64_t nowSeconds);
    // Demo seeding: the next number whatever the status.
    int nextSequenceAnyStatus(WriteTransaction& tx, const std::string& eventId);
    // The same row lock without a number (cancellation, check-in).
    bool lockEvent(WriteTransaction& tx, const std::string& eventId, std::int64_t nowSeconds);

    // Lottery: the commitment at publication, the seed's reveal at the draw.
    void commitLottery(WriteTransaction& tx, const std::string& eventId, const std::string& seedHex,
                       const std::string& commitment, std::int64_t nowSeconds);
    void markDrawn(WriteTransaction& tx, const std::string& eventId, std::int64_t nowSeconds);
    std::optional<std::string> lotterySeed(WriteTransaction& tx, const std::string& eventId);
    void setLotteryRank(WriteTransaction& tx, const std::string& signupId, int rank);
    // The waitlisted sign-ups of an event in sequence order, inside the transaction.
    std::vector<model::CeremonySignup> waitlisted(WriteTransaction& tx, const std::string& eventId);

    bool takeSeat(WriteTransaction& tx, const std::string& sessionId);
    void releaseSeat(WriteTransaction& tx, const std::string& sessionId);

    // False when the couple already holds a place in the event (the partial unique index).
    bool insertSignup(WriteTransaction& tx, const model::CeremonySignup& signup);
    std::optional<model::CeremonySignup> findSignup(const std::string& id);
    std::optional<model::CeremonySignup> findSignup(WriteTransaction& tx, const std::string& id);
    std::optional<model::CeremonySignup> findByTicket(WriteTransaction& tx, const std::string& ticketId);
    // Every sign-up of an event in sequence order.
    std::vector<model::CeremonySignup> listSignups(const std::string& eventId);
    // The waitlisted couple with the lowest sequence that accepts `sessionId` (its wish or any).
    std::optional<model::CeremonySignup> firstWaitlisted(WriteTransaction& tx, const std::string& eventId,
                                                         const std::string& sessionId);
    bool moveSignup(WriteTransaction& tx, const std::string& id, const std::string& from, const std::string& to,
                    const std::optional<std::string>& sessionId, std::int64_t nowSeconds);
    bool checkIn(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds);
    // Waitlist position (1-based) of a waitlisted sign-up: by lottery rank when drawn, else sequence.
    int waitlistPosition(const std::string& eventId, const model::CeremonySignup& signup);
    std::map<std::string, SessionCounts> counts(const std::string& eventId);
    std::map<std::string, SessionCounts> counts(WriteTransaction& tx, const std::string& eventId);

    // Eligibility (DESIGN §4: a couple in a group ceremony is registered, or registers that day).
    bool isRegisteredCouple(const std::string& personA, const std::string& personB);
    bool isBookedToRegister(const std::string& personA, const std::string& personB, const std::string& day);
    // Marriage appointments (booked or checked in) per registration hall on a day.
    std::map<std::string, int> bookedCouplesByHall(const std::string& day);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
