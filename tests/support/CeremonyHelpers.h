// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace wedreg::tests {

class ServerProcess;

using Couple = std::pair<Person, Person>;
using SessionSpec = std::tuple<std::string, std::string, int>;  // start "HH:MM", end, capacity

// `{parties: [...], session_id?}` for POST /api/v1/ceremonies/{id}/registrations.
std::string ceremonySignupBody(const Person& a, const Person& b, const std::string& sessionId = {});

// Test set-up, clearly not the product: the registration endpoints are built elsewhere, so a
// "registered" couple is made by writing its in-force marriage rows directly (blind indexes from
// the server's own key file). `serial` keeps the row ids unique within a test.
void registerMarriages(const ServerProcess& server, const std::vector<Couple>& couples, int& serial);

// Creates a ceremony as the organiser (`token`) and, when `publish`, publishes it; fails the
// process with the server's answer otherwise (set-up, not the thing under test).
Poco::JSON::Object::Ptr createCeremony(const HttpClient& http, const std::string& token, const std::string& day,
                                       const std::string& venue, const std::vector<SessionSpec>& sessions,
                                       bool publish = true, const std::string& title = "真爱与国同庆",
                                       const std::string& allocation = "first_come");

// The id of the ceremony's `index`-th session.
std::string ceremonySession(const Poco::JSON::Object::Ptr& ceremony, unsigned index);

}  // namespace wedreg::tests
