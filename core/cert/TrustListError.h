// SPDX-License-Identifier: Apache-2.0
#pragma once

// A signed trust list was refused. code() says why, so a kiosk or the CLI can tell "someone tampered
// with the file" from "this is an older list than the one I hold" (a replay) from "not ours at all":
//   format      not a COSE_Sign1 trust list, or its payload breaks the schema (detail says where)
//   signer      no signer certificate, or it does not chain to the pinned root
//   signature   the COSE signature does not verify under the signer certificate
//   rollback    a valid list, but its seq is lower than the one the verifier already holds

#include "core/Errors.h"

#include <string>

namespace wedreg::core::cert {

class TrustListError : public DomainError
{
public:
    TrustListError(std::string code, std::string detail)
        : DomainError(code, "trust list: " + code + (detail.empty() ? std::string{} : " (" + detail + ")"))
        , m_detail(std::move(detail))
    {
    }

    const std::string& detail() const noexcept { return m_detail; }

private:
    std::string m_detail;
};

namespace trust_list_error {
inline constexpr std::string_view kFormat = "format";
inline constexpr std::string_view kSigner = "signer";
inline constexpr std::string_view kSignature = "signature";
inline constexpr std::string_view kRollback = "rollback";
} // namespace trust_list_error

} // namespace wedreg::core::cert
