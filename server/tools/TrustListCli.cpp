// SPDX-License-Identifier: Apache-2.0
// wedreg-trust-list: make or show a signed trust list (DESIGN §7) from the files
// certs/make-dev-signing-keys writes, so the CLI, kiosks and tests can be handed a real list.
//
//   wedreg-trust-list make --signer-key FILE --signer-cert FILE --seq N [--valid-days D] [--now EPOCH]
//                          [--revoke KID_HEX@EPOCH]... OFFICE=CERT.pem...   > list.cbor
//   wedreg-trust-list show --root FILE LIST.cbor                            (JSON, after verifying)
// Exit: 0 done, 1 the list did not verify (show), 2 usage or unreadable input.

#include "core/cert/TrustList.h"
#include "core/cert/TrustListVerifier.h"
#include "core/crypto/CryptoError.h"
#include "core/crypto/Keys.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>

namespace wedreg::server::tools {

namespace {

using namespace wedreg::core;

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

const char* const kUsageText =
    "usage: wedreg-trust-list make --signer-key FILE --signer-cert FILE --seq N [--valid-days D]\n"
    "                              [--now EPOCH] [--revoke KID_HEX@EPOCH]... OFFICE=CERT.pem... > list.cbor\n"
    "       wedreg-trust-list show --root FILE LIST.cbor\n";

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw UsageError("cannot read " + path);
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

crypto::X509Ptr readCertificate(const std::string& path)
{
    const std::string text = readText(path);
    return text.find("-----BEGIN") != std::string::npos ? crypto::parseCertificatePem(text)
                                                         : crypto::parseCertificateDer(asBytes(text));
}

std::int64_t number(const std::string& text)
{
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size()) {
        throw UsageError("not a number: " + text);
    }
    return value;
}

int make(const std::vector<std::string>& args)
{
    std::string keyPath;
    std::string certificatePath;
    std::optional<std::int64_t> seq;
    std::int64_t validDays = 7;
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    std::map<std::string, std::int64_t> revocations; // kid hex -> revoked_at
    std::vector<std::pair<std::string, std::string>> offices; // office, certificate path
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) {
                throw UsageError(args[i] + " needs a value");
            }
            return args[++i];
        };
        const std::string& arg = args[i];
        if (arg == "--signer-key") {
            keyPath = value();
        } else if (arg == "--signer-cert") {
            certificatePath = value();
        } else if (arg == "--seq") {
            seq = number(value());
        } else if (arg == "--valid-days") {
            validDays = number(value());
        } else if (arg == "--now") {
            now = number(value());
        } else if (arg == "--revoke") {
            const std::string& spec = value();
            const auto at = spec.find('@');
            if (at == std::string::npos) {
                throw UsageError("--revoke wants KID_HEX@EPOCH");
            }
            revocations[spec.substr(0, at)] = number(spec.substr(at + 1));
        } else if (const auto equals = arg.find('='); equals != std::string::npos && arg[0] != '-') {
            offices.emplace_back(arg.substr(0, equals), arg.substr(equals + 1));
        } else {
            throw UsageError("unexpected argument " + arg);
        }
    }
    if (keyPath.empty() || certificatePath.empty() || !seq || *seq < 0 || offices.empty()) {
        throw UsageError("make needs --signer-key, --signer-cert, --seq >= 0 and at least one OFFICE=CERT");
    }
    cert::TrustList list;
    list.seq = static_cast<std::uint64_t>(*seq);
    list.issuedAt = now;
    list.nextUpdate = now + validDays * 86400;
    for (const auto& [office, path] : offices) {
        const crypto::X509Ptr certificate = readCertificate(path);
        auto entry = cert::TrustListEntry::fromCertificate(certificate.get(), office);
        if (const auto it = revocations.find(toHex(entry.kid)); it != revocations.end()) {
            entry.revokedAt = it->second;
            revocations.erase(it);
        }
        list.entries.push_back(std::move(entry));
    }
    if (!revocations.empty()) {
        throw UsageError("--revoke names a kid that is not in the list: " + revocations.begin()->first);
    }
    const crypto::X509Ptr signerCertificate = readCertificate(certificatePath);
    const cert::CoseSigner signer(crypto::parsePrivateKeyPem(readText(keyPath)), signerCertificate.get());
    const Bytes bytes = list.sign(signer, signerCertificate.get());
    std::cout.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return 0;
}

int show(const std::vector<std::string>& args)
{
    if (args.size() != 3 || args[0] != "--root") {
        throw UsageError("show needs --root FILE LIST.cbor");
    }
    const crypto::X509Ptr root = readCertificate(args[1]);
    const std::string bytes = readText(args[2]);
    try {
        const auto trusted = cert::TrustListVerifier::fromRootCertificate(root.get())
                                 .verify(asBytes(bytes), std::nullopt, static_cast<std::int64_t>(std::time(nullptr)));
        nlohmann::json out = trusted.list.toJson();
        out["stale"] = trusted.stale;
        out["signer"] = trusted.signerSubject;
        std::cout << out.dump(2) << "\n";
        return 0;
    } catch (const cert::TrustListError& error) {
        std::cerr << "wedreg-trust-list: refused: " << error.what() << "\n";
        return 1;
    }
}

} // namespace

} // namespace wedreg::server::tools

int main(int argc, char** argv)
{
    using namespace wedreg::server::tools;
    const std::vector<std::string> args(argv + std::min(argc, 2), argv + argc);
    const std::string command = argc > 1 ? argv[1] : "";
    try {
        if (command == "make") {
            return make(args);
        }
        if (command == "show") {
            return show(args);
        }
        throw UsageError(command.empty() ? "" : "unknown command " + command);
    } catch (const UsageError& error) {
        if (*error.what() != '\0') {
            std::cerr << "wedreg-trust-list: " << error.what() << "\n";
        }
        std::cerr << kUsageText;
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "wedreg-trust-list: " << error.what() << "\n";
        return 2;
    }
}
