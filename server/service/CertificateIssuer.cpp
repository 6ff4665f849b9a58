// SPDX-License-Identifier: Apache-2.0
#include "server/service/CertificateIssuer.h"

#include "core/calendar/Date.h"
#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateIdentifier.h"
#include "core/cert/CertificateKind.h"
#include "core/cert/CwtClaims.h"
#include "core/cert/StatusKey.h"
#include "core/crypto/Digest.h"
#include "server/service/CertificateService.h"
#include "server/service/RowId.h"
#include "server/store/CertificateRepository.h"

#include <cstdio>

namespace wedreg::server::service {
namespace {

// The {type} part of the identifier, one code per certificate kind.
std::string typeCode(core::cert::CertificateKind kind)
{
    return std::to_string(10 + static_cast<int>(kind));  // 11 marriage, 12 divorce, 13 reissue, 14 record
}

std::string padded(int value, int width)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    return buffer;
}

}  // namespace

CertificateIssuer::CertificateIssuer(store::CertificateRepository& certificates, const CertificateService& keys)
    : m_certificates(certificates)
    , m_keys(keys)
{
}

std::string CertificateIssuer::numberFor(const std::string& kind, const std::string& officeCode, int year, int serial)
{
    const char* prefix = kind == "marriage" ? "J" : kind == "divorce" ? "L" : kind == "reissue" ? "BJ" : "JL";
    return prefix + officeCode + "-" + std::to_string(year) + "-" + padded(serial, 6);
}

model::IssuedCertificate CertificateIssuer::issue(store::WriteTransaction& tx, const std::string& kind,
                                                  const model::Registration& act, const std::string& registrationDay,
                                                  std::int64_t now)
{
    const auto certificateKind = core::cert::certificateKindFromString(kind).value();
    const auto& signer = m_keys.signerFor(act.officeCode);  // before the serial: no key, no gap
    const auto actDay = core::parseIsoDate(act.day);
    const int year = static_cast<int>(actDay.year());
    const int serial = m_certificates.nextSerial(tx, act.officeCode, year);

    core::cert::MarriageCertificate certificate;
    certificate.identifier = core::cert::CertificateIdentifier::make(typeCode(certificateKind), act.officeCode,
                                                                    std::to_string(year) + padded(serial, 6), "1")
                                 .text();
    certificate.registrationDate = core::parseIsoDate(registrationDay);
    certificate.officeCode = act.officeCode;
    certificate.kind = certificateKind;
    for (const auto& p : act.parties)
        certificate.parties.push_back(
            {p.name, p.nameLatin, core::parseIsoDate(p.birthDate), p.nationality, p.idMasked});

    core::cert::CwtClaims claims;
    claims.issuer = "CN-" + act.officeCode;
    claims.issuedAt = now;
    claims.cti = core::cert::CwtClaims::newCti();
    claims.certificate = certificate;

    model::IssuedCertificate issued;
    issued.id = newRowId();
    issued.registrationId = act.id;
    issued.kind = kind;
    issued.identifier = certificate.identifier;
    issued.number = numberFor(kind, act.officeCode, year, serial);
    issued.kid = core::toHex(signer.kid());
    issued.statusHash = core::cert::statusHash(claims.cti);
    issued.status = "valid";
    issued.qr = core::cert::CertificateCodec::issue(claims, signer);
    issued.issuedAt = now;
    m_certificates.insert(tx, issued);
    return issued;
}

}  // namespace wedreg::server::service
