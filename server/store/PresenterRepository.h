// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Ceremony.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

// The 先模人物 roster, their available days and their turns in ceremony sessions. An assignment
// is checked under the presenter's row lock (lock()), so two organisers cannot both place one
// presenter in overlapping sessions.
class PresenterRepository {
public:
    explicit PresenterRepository(Database& db);

    void insert(WriteTransaction& tx, const model::Presenter& presenter, std::int64_t nowSeconds);
    std::vector<model::Presenter> list();
    std::optional<model::Presenter> find(const std::string& id);
    bool lock(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds);
    bool availableOn(WriteTransaction& tx, const std::string& id, const std::string& day);
    // Sessions (other than `sessionId`) of this presenter whose time overlaps [start, end).
    std::int64_t overlapping(WriteTransaction& tx, const std::string& id, const std::string& sessionId,
                             std::int64_t start, std::int64_t end);
    // False when the presenter already has that session or the position is taken.
    bool assign(WriteTransaction& tx, const model::SessionPresenter& assignment);
    bool unassign(WriteTransaction& tx, const std::string& sessionId, const std::string& presenterId);
    // The assignments of an event's sessions, in session then position order.
    std::vector<model::SessionPresenter> forEvent(const std::string& eventId);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
