// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/CertificatesHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "core/cert/CertificateCodec.h"
#include "core/cert/StatusKey.h"
#include "core/qr/QrEncoder.h"
#include "server/http/handlers/CertificateJson.h"
#include "server/service/CertificateService.h"
#include "server/service/CertificateStatusService.h"
#include "server/service/RegistrationService.h"
#include "server/service/ShanghaiTime.h"

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

nlohmann::json certificateJson(const model::IssuedCertificate& c)
{
    return {{"id", c.id},
            {"registration_id", c.registrationId},
            {"kind", c.kind},
            {"identifier", c.identifier},
            {"number", c.number},
            {"status", c.status},
            {"kid", c.kid},
            {"status_hash", c.statusHash},
            {"qr", c.qr},
            {"issued_at", service::shanghaiIso(c.issuedAt)},
            {"superseded_by", c.supersededBy ? nlohmann::json(*c.supersededBy) : nlohmann::json(nullptr)}};
}

Handler verifyCertificate(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto qr = requireString(body, "qr", kMaxQrLength);
        const auto now = nowSeconds();
        const auto result = s.certificates.verify(qr, now);
        nlohmann::json out{{"signature", result.valid() ? "valid" : "invalid"},
                           {"valid", result.valid()},
                           {"signature_valid", result.signatureValid},
                           {"reason", result.reason},
                           {"detail", result.detail},
                           {"trust_list_seq", s.certificates.trustList().list.seq},
                           {"status", "unknown"},
                           {"checked_at", service::shanghaiIso(now)}};
        if (!result.kidHex.empty()) {
            out["kid"] = result.kidHex;
            out["office"] = result.office;
        }
        // The online half: what the registry says now, asked by the status key as any verifier would.
        if (result.claims && !result.kidHex.empty() && result.claims->cti.size() == core::cert::CwtClaims::kCtiLength)
            out["status"] = s.certificateStatus.status(result.kidHex, core::cert::statusHash(result.claims->cti)).status;
        if (result.claims && result.claims->certificate) {
            const auto& certificate = *result.claims->certificate;
            nlohmann::json parties = nlohmann::json::array();
            for (const auto& party : certificate.parties) {
                parties.push_back({{"name", party.name},
                                   {"latin_name", party.latinName},
                                   {"birth_date", core::toIsoString(party.birthDate)},
                                   {"nationality", party.nationality},
                                   {"id_masked", party.maskedId},
                                   {"masked_id", party.maskedId}});
            }
            out["kind"] = std::string(core::cert::toString(certificate.kind));
            out["identifier"] = certificate.identifier;
            out["registration_date"] = core::toIsoString(certificate.registrationDate);
            out["office"] = certificate.officeCode;
            out["parties"] = parties;
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

Handler certificateStatus(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto answer = s.certificateStatus.status(ctx.param("kid"), ctx.param("hash"));
        const nlohmann::json out{{"kid", answer.kid},
                                 {"hash", answer.hash},
                                 {"status", answer.status},
                                 {"checked_at", service::shanghaiIso(answer.checkedAt)},
                                 {"payload", answer.payload},
                                 {"signature", answer.signature}};
        ctx.response.set("Cache-Control", "no-store");
        sendText(ctx, out.dump(), "application/json");
    };
}

Handler getCertificate(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto certificate = s.certificateStatus.get(ctx.param("id"));
        s.registrations.get(*ctx.principal, certificate.registrationId);  // a registrar sees their hall's only
        ctx.response.set("Cache-Control", "no-store");
        sendText(ctx, certificateJson(certificate).dump(), "application/json; charset=utf-8");
    };
}

Handler certificateQrPng(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto certificate = s.certificateStatus.get(ctx.param("id"));
        s.registrations.get(*ctx.principal, certificate.registrationId);
        const auto png = core::qr::QrEncoder::encode(certificate.qr).toPng(8);
        ctx.response.set("Cache-Control", "no-store");
        sendText(ctx, std::string(png.begin(), png.end()), "image/png");
    };
}

Handler printableCertificate(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto svg = s.registrations.printable(*ctx.principal, ctx.param("id"));
        ctx.response.set("Cache-Control", "no-store");
        ctx.response.set("Content-Disposition", "inline; filename=\"certificate-" + ctx.param("id") + ".svg\"");
        sendText(ctx, svg, "image/svg+xml; charset=utf-8");
    };
}

}  // namespace wedreg::server::http::handlers
