// SPDX-License-Identifier: Apache-2.0
#pragma once

// The trust list (DESIGN §7): which keys may sign certificates, published by the server and carried
// offline by kiosks and the CLI. Payload, deterministic CBOR with text keys (size does not matter here,
// readability does):
//   {"seq": uint, "issued_at": int, "next_update": int,
//    "entries": [{"kid": bstr, "office": tstr, "alg": int, "certificate": bstr (DER),
//                 "status": "active" | "revoked", ? "revoked_at": int}]}
// signed as a tagged COSE_Sign1 whose protected header carries the signer's certificate (x5chain, 33).
// Unknown keys are refused: a verifier must not act on a list it only half understands.

#include "core/cert/CoseSigner.h"
#include "core/cert/TrustListEntry.h"
#include "core/cert/TrustStore.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace wedreg::core::cert {

class TrustList
{
public:
    static constexpr std::size_t kMaxEntries = 10000;

    std::uint64_t seq = 0;
    std::int64_t issuedAt = 0; // seconds since the epoch
    std::int64_t nextUpdate = 0; // verifiers warn (and keep working) after this
    std::vector<TrustListEntry> entries;

    // The payload alone; decode() throws TrustListError{"format", detail}.
    Bytes encode() const;
    static TrustList decode(ByteView payload);

    // COSE_Sign1 over encode(), signer certificate in the protected header.
    Bytes sign(const CoseSigner& signer, const X509* signerCertificate) const;

    // What a CertificateVerifier needs: one TrustEntry per entry, revocation times carried over.
    std::shared_ptr<TrustStore> toTrustStore() const;

    // For people (GET /api/v1/trust-list?format=json, wedreg-verify --json): hex kids, algorithm
    // names, ISO-8601 UTC times next to the epoch seconds, certificates as base64 DER.
    nlohmann::json toJson() const;
};

// "2025-05-20T00:00:00Z" for seconds since the epoch (shared by the JSON renderings and the CLI).
std::string isoUtc(std::int64_t epochSeconds);

} // namespace wedreg::core::cert
