// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/LotteryDay.h"

#include <Poco/Data/Session.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

// The booking lottery's days and applications (sql/0006_booking_lottery.sql). Every allocation
// runs in the caller's transaction; the conditional updates here (commit once, draw once, promote a
// still-waitlisted application) are what keeps two servers from doing the same thing twice.
class LotteryRepository {
public:
    explicit LotteryRepository(Database& db);

    // False when the hall already has a lottery for that service and day (the UNIQUE decides).
    bool insertDay(WriteTransaction& tx, const model::LotteryDay& day);
    std::optional<model::LotteryDay> findDay(const std::string& id);
    std::optional<model::LotteryDay> findDay(WriteTransaction& tx, const std::string& id);
    std::vector<model::LotteryDay> listHall(const std::string& hallId);
    // The lottery of (hall, service, day), if that day is one.
    std::optional<model::LotteryDay> findDayOf(const std::string& hallId, const std::string& service,
                                               const std::string& day);
    std::optional<model::LotteryDay> findDayOf(WriteTransaction& tx, const std::string& hallId,
                                               const std::string& service, const std::string& day);
    // Ids of the days whose window has opened without a commitment yet / whose draw time has come.
    std::vector<std::string> dueForCommitment(std::int64_t nowSeconds);
    std::vector<std::string> dueForDraw(std::int64_t nowSeconds);

    // Writes seed and commitment once: false when the day already has them (they never change).
    bool commit(WriteTransaction& tx, const std::string& id, const std::string& seedHex, const std::string& commitment,
                std::int64_t nowSeconds);
    // Claims the draw: false when it was already drawn. Taken first in the draw's transaction, so a
    // second server's draw waits on the row and then finds it drawn.
    bool markDrawn(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds);
    std::optional<std::string> seed(WriteTransaction& tx, const std::string& id);
    // An application's hold on the day: a no-op UPDATE that takes the day's row lock (PostgreSQL),
    // so it waits for a draw in progress and then finds the day drawn. False when drawn.
    bool holdUndrawn(WriteTransaction& tx, const std::string& id);

    // Inserts the application and its parties. False — and the caller must roll back — when a party
    // already applied for this lottery day (the UNIQUE (lottery_id, person_index) decides).
    bool insertApplication(WriteTransaction& tx, const model::LotteryApplication& application);
    std::optional<model::LotteryApplication> findApplication(const std::string& id);
    // In applied_at order (then id).
    std::vector<model::LotteryApplication> applications(const std::string& lotteryId);
    std::vector<model::LotteryApplication> applications(WriteTransaction& tx, const std::string& lotteryId);
    // The waitlisted applications in rank order.
    std::vector<model::LotteryApplication> waitlisted(WriteTransaction& tx, const std::string& lotteryId);
    // 1-based position among the waitlisted (by rank); 0 when not waitlisted.
    int waitlistPosition(const model::LotteryApplication& application);

    // The outcome of the draw for one application.
    void setOutcome(WriteTransaction& tx, const std::string& id, int drawRank, const std::string& outcome,
                    const std::optional<std::string>& appointmentId, std::int64_t nowSeconds);
    // waitlisted → won with this appointment; false when another transaction promoted it first.
    bool promote(WriteTransaction& tx, const std::string& id, const std::string& appointmentId, std::int64_t nowSeconds);

private:
    std::optional<model::LotteryDay> selectDay(Poco::Data::Session& session, const std::string& where,
                                               const std::vector<std::string>& args);
    std::vector<model::LotteryApplication> selectApplications(Poco::Data::Session& session, const std::string& where,
                                                              const std::vector<std::string>& args,
                                                              const std::string& order);

    Database& m_db;
};

}  // namespace wedreg::server::store
