// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any text as a scanned QR code → CertificateVerifier::verify, which must never
// throw or crash. "HC1:" inputs go through the DCC profile (the conformance seeds), "MC1:" through
// ours. Any other input is taken as the COSE bytes themselves and wrapped (zlib, Base45, "MC1:")
// first: mutating Base45 text almost never yields a valid deflate stream, so without this the CBOR,
// COSE, CWT and certificate-claim parsers would rarely see a mutated input.
// A result that claims validity must carry claims and a known kid; a refusal must carry a reason.

#include "FuzzTrust.h"

#include "core/cert/CertificateVerifier.h"
#include "core/cert/TrustEntry.h"

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace wedreg::core;
using namespace wedreg::core::cert;

namespace {

std::shared_ptr<TrustStore> makeStore()
{
    auto store = std::make_shared<TrustStore>();
    for (const auto& certificate : wedreg::fuzz::trustedCertificates("")) {
        store->add(TrustEntry::fromCertificate(certificate.get()));
    }
    if (store->size() == 0) {
        const auto key = crypto::generateKey(crypto::KeyType::EcP256);
        const auto certificate = crypto::makeSelfSignedCertificate(key.get(), "fuzz");
        store->add(TrustEntry::fromCertificate(certificate.get()));
    }
    return store;
}

struct Verifiers
{
    std::shared_ptr<TrustStore> store = makeStore();
    CertificateVerifier ours{store};
    CertificateVerifier dcc{store, CertificateVerifier::Options{.prefix = std::string(CertificateCodec::kDccPrefix),
                                                               .requireCertificateClaim = false,
                                                               .now = 1700000000,
                                                               .clockSkewSeconds = 0}};
};

const Verifiers& verifiers()
{
    static const Verifiers instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const bool dcc = text.starts_with(CertificateCodec::kDccPrefix);
    const bool ours = text.starts_with(CertificateCodec::kPrefix);
    const VerificationResult result = dcc    ? verifiers().dcc.verify(text)
                                      : ours ? verifiers().ours.verify(text)
                                             : verifiers().ours.verify(CertificateCodec::wrap(ByteView(data, size)));
    if (result.valid() && (!result.claims || result.kidHex.empty())) {
        std::abort();
    }
    if (!result.valid() && result.reason.empty()) {
        std::abort(); // a refusal without a reason would show as "valid" in some UIs
    }
    return 0;
}
