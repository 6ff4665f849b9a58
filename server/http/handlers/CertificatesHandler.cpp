// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/CertificatesHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "server/service/CertificateService.h"

#include <nlohmann/json.hpp>

#include <ctime>

namespace wedreg::server::http::handlers {

namespace {

// A QR code holds at most a few thousand characters; ours stay under 450 (DESIGN §7).
constexpr std::size_t kMaxQrLength = 4096;

std::int64_t nowSeconds()
{
    return static_cast<std::int64_t>(std::time(nullptr));
}

}  // namespace

Handler trustList(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        ctx.response.set("Cache-Control", "public, max-age=300");
        const auto format = ctx.query.find("format");
        if (format != ctx.query.end() && format->second == "json") {
            const auto& trusted = s.certificates.trustList();
            auto body = trusted.list.toJson();
            body["signer"] = trusted.signerSubject;
            sendText(ctx, body.dump(), "application/json");
            return;
        }
        const auto& bytes = s.certificates.signedTrustList();
        sendText(ctx, std::string(bytes.begin(), bytes.end()), "application/cbor");
    };
}

Handler verifyCertificate(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto qr = requireString(body, "qr", kMaxQrLength);
        const auto result = s.certificates.verify(qr, nowSeconds());
        nlohmann::json out{{"valid", result.valid()},
                           {"signature_valid", result.signatureValid},
                           {"reason", result.reason},
                           {"detail", result.detail},
                           {"trust_list_seq", s.certificates.trustList().list.seq}};
        if (!result.kidHex.empty()) {
            out["kid"] = result.kidHex;
            out["office"] = result.office;
        }
        if (result.claims && result.claims->certificate) {
            const auto& certificate = *result.claims->certificate;
            nlohmann::json parties = nlohmann::json::array();
            for (const auto& party : certificate.parties) {
                parties.push_back({{"name", party.name},
                                   {"latin_name", party.latinName},
                                   {"birth_date", core::toIsoString(party.birthDate)},
                                   {"nationality", party.nationality},
                                   {"masked_id", party.maskedId}});
            }
            out["certificate"] = {{"identifier", certificate.identifier},
                                  {"kind", std::string(core::cert::toString(certificate.kind))},
                                  {"registration_date", core::toIsoString(certificate.registrationDate)},
                                  {"office", certificate.officeCode},
                                  {"issued_at", result.claims->issuedAt},
                                  {"parties", parties}};
        }
        ctx.response.set("Cache-Control", "no-store");
        sendText(ctx, out.dump(), "application/json");
    };
}

}  // namespace wedreg::server::http::handlers
