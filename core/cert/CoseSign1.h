// SPDX-License-Identifier: Apache-2.0
#pragma once

// COSE_Sign1 (RFC 9052 §4.2): [protected: bstr .cbor header_map, unprotected: header_map,
// payload: bstr, signature: bstr], normally tagged 18. We sign with protected {1: alg, 4: kid} and an
// empty unprotected map. Decoding accepts what DCC issuers produce: the kid in either header (the
// protected one wins when both are present, since only it is signed), an extra CWT tag 61 around the
// COSE tag, and an untagged array.

#include "core/cert/CborItem.h"
#include "core/cert/CoseAlgorithm.h"
#include "core/cert/CoseSigner.h"
#include "core/crypto/Bytes.h"

#include <openssl/evp.h>

#include <optional>

namespace wedreg::core::cert {

class CoseSign1
{
public:
    static constexpr std::uint64_t kTag = 18;
    static constexpr std::uint64_t kCwtTag = 61;
    static constexpr std::int64_t kHeaderAlg = 1;
    static constexpr std::int64_t kHeaderKid = 4;
    // x5chain (RFC 9360): the signer's certificate, so a verifier that pins only a root can chain it.
    static constexpr std::int64_t kHeaderX5Chain = 33;

    // Throws CertificateError{"cbor", ...} when the bytes are not CBOR and {"cose", detail} when they
    // are CBOR but not a COSE_Sign1 (details: "not-array", "wrong-tag", "protected-header",
    // "unprotected-header", "payload", "signature", "duplicate-header").
    static CoseSign1 decode(ByteView data);

    // Tagged COSE_Sign1 over `payload`. A non-empty `signerCertificateDer` goes into the protected
    // header as x5chain (trust lists carry their signer's certificate; QR certificates do not, for size).
    static Bytes sign(ByteView payload, const CoseSigner& signer, ByteView signerCertificateDer = {});

    const Bytes& protectedHeader() const noexcept { return m_protected; }
    const Bytes& payload() const noexcept { return m_payload; }
    const Bytes& signature() const noexcept { return m_signature; }
    // The alg label, as found (protected header first). Unknown numbers are kept for error reports.
    std::optional<std::int64_t> algorithmId() const noexcept { return m_algorithmId; }
    // Protected kid if present, else the unprotected one.
    const std::optional<Bytes>& kid() const noexcept { return m_kid; }
    bool kidIsProtected() const noexcept { return m_kidProtected; }

    // Sig_structure = ["Signature1", body_protected, external_aad = h'', payload] (RFC 9052 §4.4).
    static Bytes sigStructure(ByteView protectedHeader, ByteView payload);
    Bytes sigStructure() const;

    // Cryptographic check only; false for any mismatch (wrong key type included), never throws.
    bool verify(EVP_PKEY* key, CoseAlgorithm algorithm) const;
    bool verify(const crypto::PreparedVerifier& verifier) const;

private:
    Bytes m_protected;
    Bytes m_payload;
    Bytes m_signature;
    std::optional<std::int64_t> m_algorithmId;
    std::optional<Bytes> m_kid;
    bool m_kidProtected = false;
};

} // namespace wedreg::core::cert
