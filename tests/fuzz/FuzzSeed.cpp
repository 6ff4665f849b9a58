// SPDX-License-Identifier: Apache-2.0
// Writes the seed corpora and trust anchors for the fuzz targets (tests/fuzz/run-fuzzers calls it):
//   fuzz_seed OUT_DIR DCC_RAW_DIR
//   OUT_DIR/trust/       root.der, office-*.der, dcc-*.der  (certificates only: keys stay in memory)
//   OUT_DIR/corpus/<target>/  certificates (MC1 for ES256, EdDSA, SM2; the DCC HC1 strings), signed
//                             trust lists, resident ID numbers, JSON bodies
// Not a fuzz target itself: a plain program built with the same sanitizers.

#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateIdentifier.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/CwtClaims.h"
#include "core/cert/TrustList.h"
#include "core/crypto/Keys.h"
#include "core/identity/ResidentId.h"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <iostream>

using namespace wedreg::core;
using namespace wedreg::core::cert;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, ByteView bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                 static_cast<std::streamsize>(bytes.size()));
}

void write(const fs::path& path, std::string_view text)
{
    write(path, asBytes(text));
}

Bytes fromBase64(const std::string& text)
{
    Bytes out(3 * (text.size() / 4) + 3);
    const int length = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                       static_cast<int>(text.size()));
    if (length < 0) {
        return {};
    }
    std::size_t padding = 0;
    for (auto it = text.rbegin(); it != text.rend() && *it == '='; ++it) {
        ++padding;
    }
    out.resize(static_cast<std::size_t>(length) - padding);
    return out;
}

Bytes fromHex(const std::string& text)
{
    Bytes out;
    for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
        out.push_back(static_cast<std::uint8_t>(std::stoi(text.substr(i, 2), nullptr, 16)));
    }
    return out;
}

Date ymd(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

CwtClaims claims(std::int64_t issuedAt, CertificateKind kind)
{
    CwtClaims out;
    out.issuer = "CN-110105";
    out.issuedAt = issuedAt;
    out.cti = CwtClaims::newCti();
    MarriageCertificate certificate;
    certificate.identifier = CertificateIdentifier::make("11", "110105", "2025000123", "1").text();
    certificate.registrationDate = ymd(2025, 5, 20);
    certificate.officeCode = "110105";
    certificate.kind = kind;
    certificate.parties = {
        {"欧阳晓明", "OUYANG XIAOMING", ymd(1995, 3, 14), "CHN", "1101**********0017"},
        {"司马小红", "SIMA XIAOHONG", ymd(1997, 11, 2), "CHN", "3701**********002X"},
    };
    out.certificate = certificate;
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: fuzz_seed OUT_DIR DCC_RAW_DIR\n";
        return 2;
    }
    const fs::path out = argv[1];
    const fs::path trust = out / "trust";
    const fs::path corpus = out / "corpus";
    fs::remove_all(trust);

    const auto rootKey = crypto::generateKey(crypto::KeyType::EcP256);
    const auto root = crypto::makeSelfSignedCertificate(rootKey.get(), "wedreg fuzz root", 3650);
    write(trust / "root.der", crypto::certificateDer(root.get()));
    auto listKey = crypto::generateKey(crypto::KeyType::EcP256);
    const auto listCertificate =
        crypto::makeIssuedCertificate(listKey.get(), "wedreg fuzz trust-list signer", root.get(), rootKey.get());
    const CoseSigner listSigner(std::move(listKey), listCertificate.get());

    // Office keys of every algorithm we sign with; certificates of every kind.
    TrustList list;
    list.seq = 3;
    list.issuedAt = 1764547200;
    list.nextUpdate = list.issuedAt + 7 * 86400;
    const std::pair<crypto::KeyType, const char*> algorithms[] = {
        {crypto::KeyType::EcP256, "es256"}, {crypto::KeyType::Ed25519, "eddsa"}, {crypto::KeyType::Sm2, "sm2"}};
    for (const auto& [type, name] : algorithms) {
        auto key = crypto::generateKey(type);
        const auto certificate = crypto::makeIssuedCertificate(key.get(), std::string("wedreg fuzz office ") + name,
                                                               root.get(), rootKey.get());
        write(trust / (std::string("office-") + name + ".der"), crypto::certificateDer(certificate.get()));
        list.entries.push_back(TrustListEntry::fromCertificate(certificate.get(), "110105"));
        const CoseSigner signer(std::move(key), certificate.get());
        int kind = 1;
        for (const auto certificateKind : {CertificateKind::Marriage, CertificateKind::Divorce,
                                           CertificateKind::Reissue, CertificateKind::Record}) {
            const CwtClaims seedClaims = claims(1747699200, certificateKind);
            const std::string suffix = std::string(name) + "-" + std::to_string(kind++);
            write(corpus / "fuzz_certificate" / ("mc1-" + suffix), CertificateCodec::issue(seedClaims, signer));
            // The raw COSE bytes too: the target wraps non-prefixed input itself (see FuzzCertificate.cpp).
            write(corpus / "fuzz_certificate" / ("cose-" + suffix), CoseSign1::sign(seedClaims.encode(), signer));
        }
    }
    write(corpus / "fuzz_trust_list" / "list-active", list.sign(listSigner, listCertificate.get()));
    list.seq = 4;
    list.entries.front().revokedAt = list.issuedAt;
    write(corpus / "fuzz_trust_list" / "list-revoked", list.sign(listSigner, listCertificate.get()));
    write(corpus / "fuzz_trust_list" / "payload-only", list.encode());

    // The DCC conformance strings, with their signing certificates as trust anchors.
    int dccCases = 0;
    for (const auto& file : fs::directory_iterator(argv[2])) {
        if (file.path().extension() != ".json") {
            continue;
        }
        std::ifstream in(file.path());
        const auto testCase = nlohmann::json::parse(in, nullptr, false);
        if (!testCase.is_object() || !testCase.contains("PREFIX")) {
            continue;
        }
        const std::string stem = file.path().stem().string();
        write(corpus / "fuzz_certificate" / ("dcc-" + stem), testCase["PREFIX"].get<std::string>());
        if (testCase.contains("COSE") && testCase["COSE"].is_string()) {
            write(corpus / "fuzz_certificate" / ("cose-dcc-" + stem), fromHex(testCase["COSE"].get<std::string>()));
        }
        const auto certificate = testCase.value("TESTCTX", nlohmann::json::object()).value("CERTIFICATE", "");
        if (!certificate.empty()) {
            write(trust / ("dcc-" + stem + ".der"), fromBase64(certificate));
        }
        ++dccCases;
    }

    // Resident ID numbers: valid (with computed check characters), a residence permit, and near misses.
    const char* first17[] = {"11010519491231002", "44030419990101001", "81000019900101001", "11010520250601001"};
    int n = 0;
    for (const char* digits : first17) {
        write(corpus / "fuzz_resident_id" / ("id-" + std::to_string(n++)),
              std::string(digits) + ResidentId::checkCharacter(digits));
    }
    for (const char* text : {"110105194912310021", " 11010519491231002x ", "110105491231002", "", "99010519491231002X"}) {
        write(corpus / "fuzz_resident_id" / ("id-" + std::to_string(n++)), text);
    }

    // JSON bodies shaped like the API's.
    n = 0;
    for (const char* body :
         {"{\"username\":\"registrar1\",\"password\":\"secret\"}", "{\"qr\":\"MC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDE\"}",
          "{\"a\":[1,2.5e10,-0,true,false,null,{\"b\":\"\\u00e9\\ud83d\\ude00\"}]}", "{\"a\":1,\"a\":2}", "[[[[[[[[]]]]]]]]",
          "{\"id_number\":\"11010519491231002X\",\"hall_id\":1,\"date\":\"2025-06-01\"}"}) {
        write(corpus / "fuzz_json_body" / ("body-" + std::to_string(n++)), std::string(body));
    }
    std::cout << "seeds in " << corpus << ", " << dccCases << " DCC cases; trust anchors in " << trust << "\n";
    return 0;
}
