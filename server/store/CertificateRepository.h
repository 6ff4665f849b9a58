// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Registration.h"

#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

// Issued electronic certificates and the per-office, per-year serial counters (0004).
class CertificateRepository {
public:
    explicit CertificateRepository(Database& db);

    // The office's next serial that year (1, 2, …), counted in the database for several servers.
    int nextSerial(WriteTransaction& tx, const std::string& officeCode, int year);
    void insert(WriteTransaction& tx, const model::IssuedCertificate& certificate);
    std::optional<model::IssuedCertificate> find(const std::string& id);
    std::optional<model::IssuedCertificate> findByStatusKey(const std::string& kid, const std::string& statusHash);
    // Certificates issued for these registrations, in issue order.
    std::vector<model::IssuedCertificate> findByRegistrations(const std::vector<std::string>& registrationIds);
    // Every certificate of the given registrations still `from` becomes `to`; returns how many.
    int changeStatus(WriteTransaction& tx, const std::vector<std::string>& registrationIds, const std::string& from,
                     const std::string& to, const std::optional<std::string>& supersededBy = std::nullopt);

private:
    std::vector<model::IssuedCertificate> select(const std::string& where, const std::vector<std::string>& args);

    Database& m_db;
};

}  // namespace wedreg::server::store
