// SPDX-License-Identifier: Apache-2.0
#include "server/service/CertificateStatusService.h"

#include "core/Errors.h"
#include "core/cert/StatusKey.h"
#include "server/service/Base64.h"
#include "server/service/CertificateService.h"
#include "server/service/Clock.h"
#include "server/service/ShanghaiTime.h"
#include "server/store/CertificateRepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace wedreg::server::service {
namespace {

bool isLowerHex(const std::string& text, std::size_t length)
{
    return text.size() == length &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

CertificateStatusService::CertificateStatusService(store::CertificateRepository& certificates,
                                                   const CertificateService& keys, const Clock& clock)
    : m_certificates(certificates)
    , m_keys(keys)
    , m_clock(clock)
{
}

StatusAnswer CertificateStatusService::status(const std::string& kid, const std::string& hash) const
{
    if (!isLowerHex(kid, 16))
        throw core::InvalidField("kid", "format");
    if (!isLowerHex(hash, 2 * core::cert::kStatusHashBytes))
        throw core::InvalidField("hash", "format");
    StatusAnswer answer{kid, hash, "unknown", m_clock.nowSeconds(), {}, {}};
    if (const auto found = m_certificates.findByStatusKey(kid, hash))
        answer.status = found->status;
    // Sorted keys: the signed text is reproducible from the four values.
    answer.payload = nlohmann::json{{"kid", kid},
                                    {"hash", hash},
                                    {"status", answer.status},
                                    {"checked_at", shanghaiIso(answer.checkedAt)}}
                         .dump();
    const auto signature = m_keys.signByTrustListKey(core::asBytes(answer.payload));
    answer.signature = base64(signature.data(), signature.size());
    return answer;
}

model::IssuedCertificate CertificateStatusService::get(const std::string& id) const
{
    auto found = m_certificates.find(id);
    if (!found)
        throw core::NotFound("certificate");
    return std::move(*found);
}

}  // namespace wedreg::server::service
