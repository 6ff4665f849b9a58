// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/HttpClient.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace wedreg::tests {

// Test identities: a valid 18-character resident ID number for a birth date and a sequence
// number (odd = man, even = woman), with its ISO 7064 MOD 11-2 check character.
std::string residentId(const std::string& region6, const std::string& birthYYYYMMDD, int sequence);
std::string man(const std::string& birthYYYYMMDD, int sequence);    // sequence made odd
std::string woman(const std::string& birthYYYYMMDD, int sequence);  // sequence made even

struct Person {
    std::string idNumber;
    std::string name;
    std::string phone = "13800000000";
};

std::string bookingBody(const std::string& slotId, const std::string& service, const std::vector<Person>& parties,
                        bool declarationAccepted = true);

// The slots of a hall for a service over the next `days` days.
std::vector<Poco::JSON::Object::Ptr> slotsOf(const HttpClient& http, const std::string& hallId,
                                            const std::string& service, int days = 30);
// The first slot open for booking now that starts at least a day from now, skipping `skip` of them.
std::optional<Poco::JSON::Object::Ptr> openSlot(const HttpClient& http, const std::string& hallId,
                                                const std::string& service, int skip = 0);
// A slot not released yet (opens_at in the future).
std::optional<Poco::JSON::Object::Ptr> unreleasedSlot(const HttpClient& http, const std::string& hallId,
                                                      const std::string& service);

HttpReply book(const HttpClient& http, const std::string& body, const std::string& idempotencyKey = {},
               const char* language = "zh-CN");

// The blind index the server stores for an ID number, from its key file (data.dir/pii.key), so a
// test can plant a marital record without the server's help.
std::string blindIndex(const QString& keyFile, const std::string& idNumber);

}  // namespace wedreg::tests
