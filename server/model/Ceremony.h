// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::model {

// One session of a collective ceremony: a time on the event's day and its seats.
struct CeremonySession {
    std::string id;
    std::string eventId;
    int position = 1;
    std::int64_t startAt = 0;
    std::int64_t endAt = 0;
    int capacity = 0;
    int seated = 0;
};

// A collective ceremony (集体颁证). status: draft → published → closed → held → archived.
// allocation: "first_come" | "lottery".
struct CeremonyEvent {
    std::string id;
    std::string title;
    std::string titleEn;
    std::string theme;
    std::string day;
    std::string venueId;
    int guestsPerCouple = 0;
    std::string notes;
    std::string notesEn;
    std::int64_t signupOpensAt = 0;
    std::string allocation = "first_come";
    std::string status = "draft";
    std::string createdBy;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::vector<CeremonySession> sessions;
    // Lottery events: published at opening (commitment) and at the draw (seed).
    std::optional<std::string> lotteryCommitment;
    std::optional<std::int64_t> lotteryCommittedAt;
    std::optional<std::string> lotterySeed;  // only once drawn
    std::optional<std::int64_t> lotteryDrawnAt;
};

// A couple's place in an event: a seat in a session, or a waitlist place. The couple is two
// blind indexes (never an ID number), the smaller first so a couple has one key whichever way it
// was entered; names are kept, in the order the couple gave them, for the programme and the ticket.
struct CeremonySignup {
    std::string id;
    std::string eventId;
    std::optional<std::string> sessionId;
    std::string personA;
    std::string personB;
    std::string nameA;
    std::string nameB;
    std::string phone;
    std::string language = "zh";
    std::string basis;   // "registered" | "booked"
    std::string status;  // "seated" | "waitlisted" | "cancelled" | "checked_in"
    int sequence = 0;
    std::string ticketId;
    std::string manageTokenHash;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::optional<std::int64_t> checkedInAt;
    std::optional<int> lotteryRank;

    std::string coupleKey() const { return personA + ":" + personB; }
};

// An honoured guest (先模人物) who hands couples their certificates.
struct Presenter {
    std::string id;
    std::string name;
    std::string nameEn;
    std::string honour;
    std::string honourEn;
    std::string organisation;
    bool photoConsent = false;
    bool contactConsent = false;
    std::string contact;
    std::vector<std::string> availableDays;
};

// A presenter's turn in a session's running order.
struct SessionPresenter {
    std::string sessionId;
    std::string presenterId;
    int position = 1;
};

// A notification waiting in the outbox (SMS-length text in both languages + an .ics).
struct OutboxMessage {
    std::string id;
    std::string kind;
    std::string objectId;
    std::string recipient;
    std::string language;
    std::string textZh;
    std::string textEn;
    std::string ics;
    std::string status = "pending";
    int attempts = 0;
    std::int64_t createdAt = 0;
};

}  // namespace wedreg::server::model
