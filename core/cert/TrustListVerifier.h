// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks a signed trust list against a pinned root: the signer certificate in the protected header
// must be signed by the root, the COSE signature must verify under that certificate's key, the payload
// must match the schema (TrustList::decode), and seq must not go back. Anything else throws
// TrustListError; a list past next_update is returned with `stale` set.
//
// The root is pinned as a certificate or as a bare public key (kiosks may carry only the key).

#include "core/cert/CoseSign1.h"
#include "core/cert/TrustListError.h"
#include "core/cert/VerifiedTrustList.h"
#include "core/crypto/OpenSslHandles.h"

#include <cstdint>
#include <optional>

namespace wedreg::core::cert {

class TrustListVerifier
{
public:
    explicit TrustListVerifier(crypto::SharedPkey pinnedRootKey);
    static TrustListVerifier fromRootCertificate(const X509* root);

    // `heldSeq`: the seq of the list the caller already trusts (a lower one is a replay: "rollback").
    // `now`: seconds since the epoch, for the staleness flag only.
    VerifiedTrustList verify(ByteView signedList, std::optional<std::uint64_t> heldSeq, std::int64_t now) const;
    // Any COSE_Sign1 whose signer certificate (x5chain, protected) the pinned root issued and whose
    // signature verifies under it — the trust list itself, or a server's signed status answer.
    // Returns the payload; throws TrustListError (format, signer, signature).
    Bytes verifySignedByRoot(ByteView cose) const;

private:
    CoseSign1 checkSigned(ByteView cose) const;

    crypto::SharedPkey m_root;
};

} // namespace wedreg::core::cert
