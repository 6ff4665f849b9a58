// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Registration.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

struct Refusal {
    std::string id;
    std::string kind;
    std::string hallId;
    std::string registrar;
    std::string day;
    std::int64_t at = 0;
    std::string reason;
};

// Registrations, their parties, refusals and the registry's marital records (0004). The database
// decides the races: marital_records' primary key (one marriage per person) and the partial unique
// index on open divorce applications.
class RegistrationRepository {
public:
    explicit RegistrationRepository(Database& db);

    void insert(WriteTransaction& tx, const model::Registration& registration);
    std::optional<model::Registration> find(const std::string& id);
    // Acts of `kind` in `status` naming this person, newest first.
    std::vector<model::Registration> findByPerson(const std::string& personIndex, const std::string& kind,
                                                  const std::string& status);
    // Ids of the reissues whose subject is this act (their certificates share its fate).
    std::vector<std::string> reissuesOf(const std::string& subjectId);
    // Divorce applications still cooling off or in their window whose window ended before `day`.
    std::vector<model::Registration> applicationsLapsingBefore(const std::string& day);

    // Moves an act from one status to another; false when it was no longer in `from`.
    bool changeStatus(WriteTransaction& tx, const std::string& id, const std::string& from, const std::string& to,
                      std::int64_t closedAt, const std::string& closedDay);
    // False when the open-application index refused it (the marriage already has an open application).
    bool insertApplication(WriteTransaction& tx, const model::Registration& application);

    void insertRefusal(WriteTransaction& tx, const Refusal& refusal);

    // False when the person is already recorded as married (primary key: one marriage per person).
    bool markMarried(WriteTransaction& tx, const std::string& personIndex, const std::string& sinceDay);
    void clearMarried(WriteTransaction& tx, const std::string& personIndex);

private:
    std::size_t insertRow(WriteTransaction& tx, const model::Registration& registration, const std::string& sql);
    void insertParties(WriteTransaction& tx, const model::Registration& registration);
    std::vector<model::Registration> select(const std::string& where, const std::vector<std::string>& args);

    Database& m_db;
};

}  // namespace wedreg::server::store
