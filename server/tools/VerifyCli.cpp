// SPDX-License-Identifier: Apache-2.0
// wedreg-verify: check a marriage certificate QR code offline against a signed trust list pinned to a
// root, and optionally ask a server for its current status (DESIGN §7). Both answers are shown side by
// side with their age, because a signature made at registration cannot know about a later divorce.
//
//   wedreg-verify [--json] [--online URL] [--now EPOCH] [--held-seq N]
//                 --trust-list FILE --root FILE  (IMAGE.png | --text QR)
// Exit: 0 valid (offline, and online when asked and answered), 1 invalid, 2 usage or unreadable input.

#include "core/cert/CertificateVerifier.h"
#include "core/cert/StatusKey.h"
#include "core/cert/TrustListVerifier.h"
#include "core/crypto/CryptoError.h"
#include "core/crypto/Keys.h"
#include "core/qr/QrError.h"
#include "core/qr/QrReader.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

namespace wedreg::server::tools {

namespace {

using nlohmann::json;
using namespace wedreg::core;

constexpr int kValid = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

struct Options
{
    std::optional<std::string> imagePath;
    std::optional<std::string> text;
    std::string trustListPath;
    std::string rootPath;
    std::optional<std::string> onlineUrl;
    std::optional<std::int64_t> now;
    std::optional<std::uint64_t> heldSeq;
    bool json = false;
};

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

const char* const kUsageText =
    "usage: wedreg-verify [--json] [--online URL] [--now EPOCH] [--held-seq N]\n"
    "                     --trust-list FILE --root FILE (IMAGE.png | --text QR)\n"
    "  --trust-list FILE  signed trust list (COSE_Sign1 CBOR, GET /api/v1/trust-list)\n"
    "  --root FILE        pinned root certificate (PEM or DER) the trust list must chain to\n"
    "  --online URL       also ask URL/api/v1/certificates/status/{kid}/{hash}\n"
    "  --held-seq N       refuse a trust list older than seq N (the one you already hold)\n"
    "  --now EPOCH        verification time in seconds since the epoch (default: now)\n"
    "exit status: 0 valid, 1 invalid, 2 usage or unreadable input\n";

Options parseArguments(int argc, char** argv)
{
    Options options;
    const auto value = [&](int& i) -> std::string {
        if (i + 1 >= argc) {
            throw UsageError(std::string(argv[i]) + " needs a value");
        }
        return argv[++i];
    };
    const auto number = [](const std::string& text, const char* what) {
        try {
            std::size_t used = 0;
            const long long parsed = std::stoll(text, &used);
            if (used == text.size()) {
                return parsed;
            }
        } catch (const std::exception&) {
        }
        throw UsageError(std::string(what) + " must be a number");
    };
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json") {
            options.json = true;
        } else if (arg == "--text") {
            options.text = value(i);
        } else if (arg == "--trust-list") {
            options.trustListPath = value(i);
        } else if (arg == "--root") {
            options.rootPath = value(i);
        } else if (arg == "--online") {
            options.onlineUrl = value(i);
        } else if (arg == "--now") {
            options.now = number(value(i), "--now");
        } else if (arg == "--held-seq") {
            const long long seq = number(value(i), "--held-seq");
            if (seq < 0) {
                throw UsageError("--held-seq must not be negative");
            }
            options.heldSeq = static_cast<std::uint64_t>(seq);
        } else if (arg == "-h" || arg == "--help") {
            throw UsageError("");
        } else if (!arg.empty() && arg[0] == '-') {
            throw UsageError("unknown option " + arg);
        } else if (!options.imagePath) {
            options.imagePath = arg;
        } else {
            throw UsageError("more than one image given");
        }
    }
    if (options.imagePath.has_value() == options.text.has_value()) {
        throw UsageError("give exactly one of IMAGE.png or --text QR");
    }
    if (options.trustListPath.empty() || options.rootPath.empty()) {
        throw UsageError("--trust-list and --root are required (offline verification needs both)");
    }
    return options;
}

Bytes readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw UsageError("cannot read " + path);
    }
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

crypto::X509Ptr readRoot(const std::string& path)
{
    const Bytes bytes = readFile(path);
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    try {
        return text.find("-----BEGIN") != std::string_view::npos ? crypto::parseCertificatePem(text)
                                                                  : crypto::parseCertificateDer(bytes);
    } catch (const crypto::CryptoError&) {
        throw UsageError(path + " is not a certificate (PEM or DER)");
    }
}

std::string ageText(std::int64_t seconds)
{
    if (seconds < 0) {
        return "in the future";
    }
    if (seconds < 120) {
        return std::to_string(seconds) + " s";
    }
    if (seconds < 7200) {
        return std::to_string(seconds / 60) + " min";
    }
    if (seconds < 2 * 86400) {
        return std::to_string(seconds / 3600) + " h";
    }
    return std::to_string(seconds / 86400) + " d";
}

// GET URL/api/v1/certificates/status/{kid}/{hash}. Never throws: every failure is an "unavailable"
// status with the reason, because an offline verdict must still be shown when the network is gone.
// The server signs its answer with the trust-list key (DESIGN §7): base64 COSE_Sign1 over `payload`,
// the signer chained to the pinned root. Only a verified payload for the key we asked about counts.
std::optional<json> verifiedStatusPayload(const json& answer, const cert::TrustListVerifier& root,
                                          const std::string& kidHex, const std::string& hash, std::string& why)
{
    if (!answer.contains("signature") || !answer["signature"].is_string() || !answer.contains("payload") ||
        !answer["payload"].is_string()) {
        why = "unsigned status answer";
        return std::nullopt;
    }
    std::istringstream in(answer["signature"].get<std::string>());
    Poco::Base64Decoder decoder(in, Poco::BASE64_NO_PADDING);
    const std::string cose((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
    try {
        const auto signedPayload = root.verifySignedByRoot(asBytes(cose));
        if (std::string(signedPayload.begin(), signedPayload.end()) != answer["payload"].get<std::string>()) {
            why = "status signature does not cover the payload";
            return std::nullopt;
        }
    } catch (const cert::TrustListError& error) {
        why = "status signature: " + error.code();
        return std::nullopt;
    }
    auto payload = json::parse(answer["payload"].get<std::string>(), nullptr, false);
    if (!payload.is_object() || payload.value("kid", "") != kidHex || payload.value("hash", "") != hash ||
        !payload.contains("status") || !payload["status"].is_string()) {
        why = "status answer is for another certificate";
        return std::nullopt;
    }
    return payload;
}

// "2026-11-25T13:59:43+08:00" → seconds since the epoch.
std::optional<std::int64_t> epochOf(const std::string& iso)
{
    Poco::DateTime parsed;
    int zone = 0;
    if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FORMAT, iso, parsed, zone)) {
        return std::nullopt;
    }
    return parsed.timestamp().epochTime() - zone;
}

json onlineStatus(const std::string& baseUrl, const std::string& kidHex, const std::string& hash, std::int64_t now,
                  const cert::TrustListVerifier& root)
{
    json out{{"checked", false}, {"status", "unavailable"}};
    try {
        Poco::URI uri(baseUrl);
        std::string path = uri.getPath();
        while (!path.empty() && path.back() == '/') {
            path.pop_back();
        }
        path += "/api/v1/certificates/status/" + kidHex + "/" + hash;
        out["url"] = uri.getScheme() + "://" + uri.getAuthority() + path;
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (uri.getScheme() == "https") {
            // Verifies the server against the system's CA store, like any browser would.
            const Poco::Net::Context::Ptr context =
                new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_RELAXED, 9,
                                       true);
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
        } else if (uri.getScheme() == "http") {
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        } else {
            out["detail"] = "unsupported URL scheme";
            return out;
        }
        session->setTimeout(Poco::Timespan(5, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path, Poco::Net::HTTPMessage::HTTP_1_1);
        request.set("Accept", "application/json");
        session->sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::string body;
        Poco::StreamCopier::copyToString(session->receiveResponse(response), body);
        const json parsed = json::parse(body, nullptr, false);
        const int status = static_cast<int>(response.getStatus());
        // The router's 404 for an unknown path carries no "code"; a status endpoint's 404 for an
        // unknown certificate would name the entity. Tell the two apart instead of guessing.
        if ((status == 404 && !(parsed.is_object() && parsed.contains("code"))) || status == 405 || status == 501) {
            out["detail"] = "server has no status endpoint";
            return out;
        }
        if (status != 200 || !parsed.is_object() || !parsed.contains("status") || !parsed["status"].is_string()) {
            out["detail"] = "HTTP " + std::to_string(status);
            return out;
        }
        std::string why;
        const auto payload = verifiedStatusPayload(parsed, root, kidHex, hash, why);
        if (!payload) {
            out["detail"] = why;
            out["response_signature"] = "invalid";
            return out;
        }
        out["checked"] = true;
        out["response_signature"] = "valid";
        out["status"] = (*payload)["status"];
        if (payload->contains("checked_at") && (*payload)["checked_at"].is_string()) {
            out["checked_at"] = (*payload)["checked_at"];
            if (const auto at = epochOf((*payload)["checked_at"].get<std::string>())) {
                out["age_seconds"] = now - *at;
            }
        }
    } catch (const Poco::Exception& error) {
        out["detail"] = error.displayText();
    } catch (const std::exception& error) {
        out["detail"] = error.what();
    }
    return out;
}

json certificateJson(const cert::CwtClaims& claims)
{
    json out{{"issuer", claims.issuer}, {"issued_at", claims.issuedAt}, {"issued_at_utc", cert::isoUtc(claims.issuedAt)}};
    if (const auto& certificate = claims.certificate) {
        out["identifier"] = certificate->identifier;
        out["kind"] = std::string(cert::toString(certificate->kind));
        out["registration_date"] = toIsoString(certificate->registrationDate);
        out["office"] = certificate->officeCode;
        out["parties"] = json::array();
        for (const auto& party : certificate->parties) {
            out["parties"].push_back({{"name", party.name},
                                      {"latin_name", party.latinName},
                                      {"birth_date", toIsoString(party.birthDate)},
                                      {"nationality", party.nationality},
                                      {"masked_id", party.maskedId}});
        }
    }
    return out;
}

const char* kindZh(const std::string& kind)
{
    if (kind == "marriage") {
        return "结婚证";
    }
    if (kind == "divorce") {
        return "离婚证";
    }
    if (kind == "reissue") {
        return "补发证件";
    }
    return "婚姻登记记录证明";
}

const char* statusZh(const std::string& status)
{
    if (status == "valid") {
        return "有效";
    }
    if (status == "dissolved") {
        return "婚姻已解除";
    }
    if (status == "superseded") {
        return "已被新证替代";
    }
    if (status == "revoked") {
        return "已撤销";
    }
    return "无法查询";
}

void printHuman(const json& report)
{
    std::cout << "证书 Certificate\n";
    if (report.contains("certificate")) {
        const json& certificate = report["certificate"];
        if (certificate.contains("identifier")) {
            std::cout << "  编号 Identifier: " << certificate["identifier"].get<std::string>() << "\n"
                      << "  类别 Kind: " << kindZh(certificate["kind"]) << " " << certificate["kind"].get<std::string>()
                      << "\n  登记日期 Registered: " << certificate["registration_date"].get<std::string>()
                      << ", 登记机关 office " << certificate["office"].get<std::string>() << "\n";
            for (const auto& party : certificate["parties"]) {
                std::cout << "  当事人 Party: " << party["name"].get<std::string>() << " ("
                          << party["latin_name"].get<std::string>() << "), " << party["birth_date"].get<std::string>()
                          << ", " << party["nationality"].get<std::string>() << ", "
                          << party["masked_id"].get<std::string>() << "\n";
            }
        }
        std::cout << "  签发时间 Issued: " << certificate["issued_at_utc"].get<std::string>() << "\n";
    }
    const json& offline = report["offline"];
    const json& list = report["trust_list"];
    std::cout << "离线验签 Offline signature: "
              << (offline["valid"].get<bool>() ? "有效 valid" : "无效 INVALID (" + offline["reason"].get<std::string>()
                                                                  + (offline["detail"].get<std::string>().empty()
                                                                         ? std::string{}
                                                                         : " " + offline["detail"].get<std::string>())
                                                                  + ")");
    if (list.contains("seq")) {
        std::cout << " — 信任列表 trust list seq " << list["seq"].get<std::uint64_t>() << ", issued "
                  << list["issued_at_utc"].get<std::string>() << " (age "
                  << ageText(list["age_seconds"].get<std::int64_t>()) << ")";
        if (offline.contains("kid")) {
            std::cout << ", kid " << offline["kid"].get<std::string>();
        }
        if (offline.contains("office") && !offline["office"].get<std::string>().empty()) {
            std::cout << ", office " << offline["office"].get<std::string>();
        }
    }
    std::cout << "\n";
    if (list.value("stale", false)) {
        std::cout << "  警告 Warning: 信任列表已过期 trust list is past its next update ("
                  << list["next_update_utc"].get<std::string>() << "); still verifying offline\n";
    }
    if (report.contains("online")) {
        const json& online = report["online"];
        const std::string status = online["status"];
        std::cout << "在线状态 Online status: " << statusZh(status) << " " << status;
        if (online.contains("detail")) {
            std::cout << " (" << online["detail"].get<std::string>() << ")";
        }
        if (online.contains("age_seconds")) {
            std::cout << " — age " << ageText(online["age_seconds"].get<std::int64_t>());
        }
        std::cout << "\n";
    } else {
        std::cout << "在线状态 Online status: 未查询 not checked (use --online URL)\n";
    }
    std::cout << "结论 Verdict: " << (report["valid"].get<bool>() ? "有效 VALID" : "无效 INVALID") << "\n";
}

int run(const Options& options)
{
    const std::int64_t now = options.now.value_or(static_cast<std::int64_t>(std::time(nullptr)));
    json report{{"checked_at", now}, {"checked_at_utc", cert::isoUtc(now)}};
    const auto finish = [&](bool valid) {
        report["valid"] = valid;
        if (options.json) {
            std::cout << report.dump(2) << "\n";
        } else {
            printHuman(report);
        }
        return valid ? kValid : kInvalid;
    };
    report["offline"] = {{"valid", false}, {"reason", ""}, {"detail", ""}};
    report["trust_list"] = json::object();

    std::string qrText;
    if (options.text) {
        qrText = *options.text;
        report["input"] = "text";
    } else {
        report["input"] = "image";
        try {
            const auto read = qr::QrReader::readPng(readFile(*options.imagePath));
            if (!read) {
                report["offline"]["reason"] = "no-qr-code";
                return finish(false);
            }
            qrText = read->text;
        } catch (const qr::QrError& error) {
            report["offline"]["reason"] = "image";
            report["offline"]["detail"] = error.code();
            return finish(false);
        }
    }
    report["qr"] = qrText;

    const crypto::X509Ptr root = readRoot(options.rootPath);
    cert::VerifiedTrustList trusted;
    try {
        trusted = cert::TrustListVerifier::fromRootCertificate(root.get())
                      .verify(readFile(options.trustListPath), options.heldSeq, now);
    } catch (const cert::TrustListError& error) {
        report["offline"]["reason"] = "trust-list";
        report["offline"]["detail"] = error.code() + (error.detail().empty() ? "" : " " + error.detail());
        return finish(false);
    }
    report["trust_list"] = {{"seq", trusted.list.seq},
                            {"issued_at_utc", cert::isoUtc(trusted.list.issuedAt)},
                            {"next_update_utc", cert::isoUtc(trusted.list.nextUpdate)},
                            {"age_seconds", now - trusted.list.issuedAt},
                            {"stale", trusted.stale},
                            {"signer", trusted.signerSubject}};

    const cert::CertificateVerifier verifier(trusted.store, cert::CertificateVerifier::Options{.now = now});
    const cert::VerificationResult result = verifier.verify(qrText);
    report["offline"] = {{"valid", result.valid()},
                         {"signature_valid", result.signatureValid},
                         {"reason", result.reason},
                         {"detail", result.detail}};
    if (!result.kidHex.empty()) {
        report["offline"]["kid"] = result.kidHex;
        report["offline"]["office"] = result.office;
    }
    if (result.claims) {
        report["certificate"] = certificateJson(*result.claims);
        report["status_key"] = {{"kid", result.kidHex}, {"hash", cert::statusHash(result.claims->cti)}};
    }
    bool valid = result.valid();
    if (options.onlineUrl) {
        if (result.claims && !result.kidHex.empty()) {
            report["online"] = onlineStatus(*options.onlineUrl, result.kidHex, cert::statusHash(result.claims->cti), now,
                                            cert::TrustListVerifier::fromRootCertificate(root.get()));
            // An answered status other than "valid" (dissolved, superseded, revoked) makes the
            // certificate no longer good evidence of a current marriage; no answer leaves the offline verdict.
            if (report["online"]["checked"].get<bool>() && report["online"]["status"] != "valid") {
                valid = false;
            }
        } else {
            report["online"] = {{"checked", false}, {"status", "unavailable"}, {"detail", "no status key in an invalid certificate"}};
        }
    }
    return finish(valid);
}

} // namespace

} // namespace wedreg::server::tools

int main(int argc, char** argv)
{
    using namespace wedreg::server::tools;
    try {
        return run(parseArguments(argc, argv));
    } catch (const UsageError& error) {
        if (*error.what() != '\0') {
            std::cerr << "wedreg-verify: " << error.what() << "\n";
        }
        std::cerr << kUsageText;
        return kUsage;
    } catch (const std::exception& error) {
        std::cerr << "wedreg-verify: " << error.what() << "\n";
        return kUsage;
    }
}
