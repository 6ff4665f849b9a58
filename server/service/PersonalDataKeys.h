// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace wedreg::server::service {

// The server's secret for personal data: 32 random bytes in a file under data.dir, created 0600
// on first start. Every use takes its own HMAC-derived subkey, so a blind index can never be
// confused with a manage token. Servers sharing one database must share this file.
class PersonalDataKeys {
public:
    // Reads `path`, or creates it (0600) when missing. Throws Poco::Exception on a short or
    // unreadable file: a changed key would orphan every stored blind index.
    static PersonalDataKeys loadOrCreate(const std::string& path);
    // For unit tests.
    static PersonalDataKeys fromSecret(std::string secret);

    // HMAC-SHA-256 blind index of a normalised ID number: equal people, equal index; the number
    // itself cannot be recovered without the key.
    std::string blindIndex(std::string_view normalizedIdNumber) const;
    // The bearer secret that manages an appointment. Derived, not stored, so an idempotent replay
    // can return it again while the database holds only its hash.
    std::string manageToken(std::string_view appointmentId) const;
    // Keyed digest of a request body, to recognise an Idempotency-Key reused for another request.
    std::string requestDigest(std::string_view body) const;

private:
    explicit PersonalDataKeys(std::string secret);

    std::string m_indexKey;
    std::string m_tokenKey;
    std::string m_digestKey;
};

}  // namespace wedreg::server::service
