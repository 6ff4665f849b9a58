// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes as a signed trust list. TrustListVerifier::verify must throw only
// TrustListError; and because mutations almost never keep the signature valid, the payload of any
// COSE_Sign1 is also fed to TrustList::decode directly so the schema parser itself gets fuzzed.
// A payload that decodes must re-encode and decode to the same bytes (deterministic CBOR).

#include "FuzzTrust.h"

#include "core/cert/CertificateError.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/TrustListError.h"
#include "core/cert/TrustListVerifier.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>

using namespace wedreg::core;
using namespace wedreg::core::cert;

namespace {

const TrustListVerifier& verifier()
{
    static const TrustListVerifier instance = [] {
        auto roots = wedreg::fuzz::trustedCertificates("root");
        if (!roots.empty()) {
            return TrustListVerifier::fromRootCertificate(roots.front().get());
        }
        return TrustListVerifier(crypto::share(crypto::generateKey(crypto::KeyType::EcP256)));
    }();
    return instance;
}

void decodePayload(ByteView payload)
{
    try {
        const TrustList list = TrustList::decode(payload);
        const Bytes encoded = list.encode();
        if (TrustList::decode(encoded).encode() != encoded) {
            std::abort();
        }
        (void)list.toJson().dump();
        (void)list.toTrustStore();
    } catch (const TrustListError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ByteView bytes(data, size);
    try {
        const VerifiedTrustList trusted = verifier().verify(bytes, 2, 1700000000);
        if (trusted.list.seq < 2 || !trusted.store) {
            std::abort();
        }
    } catch (const TrustListError&) {
    }
    try {
        decodePayload(CoseSign1::decode(bytes).payload());
    } catch (const CertificateError&) {
    }
    return 0;
}
