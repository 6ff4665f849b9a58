// SPDX-License-Identifier: Apache-2.0
#include "server/service/AppointmentFactory.h"

#include "core/Errors.h"
#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/RowId.h"

#include <Poco/String.h>

#include <algorithm>

namespace wedreg::server::service {
namespace {

constexpr std::string_view kQrPrefix = "WRA1:";

std::string randomDigits(std::size_t count)
{
    // Rejection sampling keeps every digit uniform.
    std::string out;
    while (out.size() < count) {
        for (const auto byte : core::crypto::randomBytes(count * 2))
            if (byte < 250 && out.size() < count)
                out += static_cast<char>('0' + byte % 10);
    }
    return out;
}

std::string upper(std::string text)
{
    return Poco::toUpper(text);
}

}  // namespace

AppointmentFactory::AppointmentFactory(const PersonalDataKeys& keys)
    : m_keys(keys)
{
}

model::Appointment AppointmentFactory::make(const std::string& hallId, const std::string& service,
                                            const std::vector<PartyInput>& inputs,
                                            const std::vector<core::ResidentId>& ids, std::int64_t nowSeconds) const
{
    std::vector<model::Party> parties;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        model::Party p;
        p.position = static_cast<int>(i);
        p.personIndex = m_keys.blindIndex(ids[i].normalized());
        p.idMasked = ids[i].masked();
        p.name = inputs[i].name;
        p.phone = inputs[i].phone;
        p.birthDate = core::toIsoString(ids[i].birthDate());
        p.sex = ids[i].sex() == core::Sex::Male ? "male" : "female";
        parties.push_back(std::move(p));
    }
    return makeFromParties(hallId, service, std::move(parties), nowSeconds);
}

model::Appointment AppointmentFactory::makeFromParties(const std::string& hallId, const std::string& service,
                                                       std::vector<model::Party> parties, std::int64_t nowSeconds) const
{
    model::Appointment a;
    a.id = newRowId();
    a.hallId = hallId;
    a.service = service;
    a.status = "booked";
    a.checkInCode = randomDigits(8);
    a.manageTokenHash = tokenHash(manageToken(a.id));
    a.createdAt = nowSeconds;
    a.updatedAt = nowSeconds;
    a.parties = std::move(parties);
    return a;
}

std::string AppointmentFactory::manageToken(const std::string& appointmentId) const
{
    return m_keys.manageToken(appointmentId);
}

std::string AppointmentFactory::tokenHash(const std::string& token)
{
    return core::toHex(core::crypto::sha256(core::asBytes(token)));
}

std::string AppointmentFactory::qrText(const model::Appointment& appointment)
{
    return std::string(kQrPrefix) + upper(appointment.id) + ":" + appointment.checkInCode;
}

std::pair<std::string, std::string> AppointmentFactory::parseQr(const std::string& qr)
{
    const auto text = upper(Poco::trim(qr));
    const auto colon = text.find(':', kQrPrefix.size());
    if (!text.starts_with(kQrPrefix) || colon == std::string::npos)
        throw core::InvalidField("qr", "format");
    const auto id = Poco::toLower(text.substr(kQrPrefix.size(), colon - kQrPrefix.size()));
    const auto code = text.substr(colon + 1);
    const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (id.size() != 32 || !std::all_of(id.begin(), id.end(), hex) || code.size() != 8 ||
        !std::all_of(code.begin(), code.end(), digit))
        throw core::InvalidField("qr", "format");
    return {id, code};
}

void AppointmentFactory::checkContact(const PartyInput& input, std::size_t position)
{
    const auto prefix = "parties[" + std::to_string(position) + "].";
    if (Poco::trim(input.name).empty())
        throw core::InvalidField(prefix + "name", "empty");
    // Mainland mobiles and international numbers: digits with an optional leading '+', 6–20 long.
    const auto& phone = input.phone;
    const auto body = phone.starts_with('+') ? phone.substr(1) : phone;
    const bool digits = !body.empty() && std::all_of(body.begin(), body.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || body.size() < 6 || body.size() > 20)
        throw core::InvalidField(prefix + "phone", "phone-format");
}

}  // namespace wedreg::server::service
