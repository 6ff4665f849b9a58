// SPDX-License-Identifier: Apache-2.0
// In-process certificate throughput for bench/run-verify (figures in docs/PERFORMANCE.md):
//   wedreg-bench-verify verify ALG SECONDS        full offline verification of one QR string
//                                                   (unprefix, Base45, inflate, COSE, kid lookup,
//                                                   signature, CWT + certificate claim), ALG = es256|eddsa|sm2
//   wedreg-bench-verify signature ALG SECONDS     the signature check alone, through the trust entry's
//                                                   prepared verifier (as CertificateVerifier uses it)
//   wedreg-bench-verify issue-render ALG SECONDS  claims → CBOR → COSE sign → zlib → Base45 → QR → PNG
// Prints "<mode> <alg> <operations/s> <operations> <cpu seconds>". One thread, and like `openssl speed`
// (without -elapsed) the rate is per second of user CPU time: the run lasts SECONDS of wall time, but
// time taken by other processes on a shared machine does not count against either side.
// Keys are generated at start; nothing is read from disk.

#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateIdentifier.h"
#include "core/cert/CertificateVerifier.h"
#include "core/cert/CoseSign1.h"
#include "core/crypto/Keys.h"
#include "core/qr/QrEncoder.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>

#include <sys/resource.h>

using namespace wedreg::core;
using namespace wedreg::core::cert;

namespace {

Date ymd(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

// The certificate the QR budget was sized for: two parties with 4-character Chinese names.
CwtClaims sampleClaims()
{
    CwtClaims claims;
    claims.issuer = "CN-110105";
    claims.issuedAt = 1747699200;
    claims.cti = CwtClaims::newCti();
    MarriageCertificate certificate;
    certificate.identifier = CertificateIdentifier::make("11", "110105", "2025000123", "1").text();
    certificate.registrationDate = ymd(2025, 5, 20);
    certificate.officeCode = "110105";
    certificate.parties = {
        {"欧阳晓明", "OUYANG XIAOMING", ymd(1995, 3, 14), "CHN", "1101**********0017"},
        {"司马小红", "SIMA XIAOHONG", ymd(1997, 11, 2), "CHN", "3701**********002X"},
    };
    claims.certificate = certificate;
    return claims;
}

double userCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6;
}

// Runs `operation` until `seconds` of wall time have passed (checking every 16 calls); returns the
// count and the user CPU seconds it took.
std::pair<long, double> timed(double seconds, const std::function<bool()>& operation)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const double cpuStart = userCpuSeconds();
    long count = 0;
    double elapsed = 0;
    do {
        for (int i = 0; i < 16; ++i) {
            if (!operation()) {
                std::cerr << "operation failed\n";
                std::exit(1);
            }
        }
        count += 16;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < seconds);
    return {count, userCpuSeconds() - cpuStart};
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::cerr << "usage: wedreg-bench-verify verify|signature|issue-render es256|eddsa|sm2 SECONDS\n";
        return 2;
    }
    const std::string mode = argv[1];
    const std::string alg = argv[2];
    const double seconds = std::atof(argv[3]);
    const crypto::KeyType type = alg == "eddsa" ? crypto::KeyType::Ed25519
                                 : alg == "sm2" ? crypto::KeyType::Sm2
                                                : crypto::KeyType::EcP256;
    crypto::EvpPkeyPtr key = crypto::generateKey(type);
    const crypto::X509Ptr certificate = crypto::makeSelfSignedCertificate(key.get(), "wedreg bench");
    auto store = std::make_shared<TrustStore>();
    store->add(TrustEntry::fromCertificate(certificate.get(), "110105"));
    const CoseSigner signer(std::move(key), certificate.get());
    const CwtClaims claims = sampleClaims();

    std::pair<long, double> result;
    if (mode == "verify") {
        const CertificateVerifier verifier(store);
        const std::string qr = CertificateCodec::issue(claims, signer);
        result = timed(seconds, [&] { return verifier.verify(qr).valid(); });
    } else if (mode == "signature") {
        const CoseSign1 sign1 = CoseSign1::decode(CoseSign1::sign(claims.encode(), signer));
        const auto* entry = store->find(signer.kid());
        result = timed(seconds, [&] { return sign1.verify(*entry->verifier); });
    } else if (mode == "issue-render") {
        result = timed(seconds, [&] {
            CwtClaims fresh = claims;
            fresh.cti = CwtClaims::newCti();
            const std::string qr = CertificateCodec::issue(fresh, signer);
            return !qr::QrEncoder::encode(qr).toPng().empty();
        });
    } else {
        std::cerr << "unknown mode " << mode << "\n";
        return 2;
    }
    std::printf("%s %s %.1f %ld %.2f\n", mode.c_str(), alg.c_str(), static_cast<double>(result.first) / result.second,
                result.first, result.second);
    return 0;
}
