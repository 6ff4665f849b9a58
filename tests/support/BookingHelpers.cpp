// SPDX-License-Identifier: Apache-2.0
#include "support/BookingHelpers.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QDateTime>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <sstream>

namespace wedreg::tests {

std::string residentId(const std::string& region6, const std::string& birth, int sequence)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    char seq[8];
    std::snprintf(seq, sizeof seq, "%03d", sequence % 1000);
    const std::string first17 = region6 + birth + seq;
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[static_cast<std::size_t>(i)] - '0') * weights[i];
    return first17 + "10X98765432"[sum % 11];
}

std::string man(const std::string& birth, int sequence)
{
    return residentId("370102", birth, (sequence % 500) * 2 + 1);
}

std::string woman(const std::string& birth, int sequence)
{
    return residentId("370103", birth, (sequence % 500) * 2);
}

std::string bookingBody(const std::string& slotId, const std::string& service, const std::vector<Person>& parties,
                        bool declarationAccepted)
{
    Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
    body.set("slot_id", slotId);
    body.set("service", service);
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& p : parties) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("id_number", p.idNumber);
        o->set("name", p.name.empty() ? std::string("测试") : p.name);
        o->set("phone", p.phone);
        array->add(o);
    }
    body.set("parties", array);
    body.set("declaration_accepted", declarationAccepted);
    std::ostringstream out;
    body.stringify(out);
    return out.str();
}

std::vector<Poco::JSON::Object::Ptr> slotsOf(const HttpClient& http, const std::string& hallId,
                                            const std::string& service, int days)
{
    const auto today = QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).date();
    const auto path = "/api/v1/halls/" + hallId + "/slots?service=" + service + "&from=" +
                      today.toString(Qt::ISODate).toStdString() + "&to=" +
                      today.addDays(days).toString(Qt::ISODate).toStdString();
    std::vector<Poco::JSON::Object::Ptr> out;
    const auto reply = http.get(path);
    if (reply.status != 200)
        return out;
    const auto array = reply.json().extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i)
        out.push_back(array->getObject(static_cast<unsigned>(i)));
    return out;
}

namespace {

QDateTime instant(const Poco::JSON::Object::Ptr& slot, const char* key)
{
    return QDateTime::fromString(QString::fromStdString(slot->getValue<std::string>(key)), Qt::ISODate);
}

}  // namespace

std::optional<Poco::JSON::Object::Ptr> openSlot(const HttpClient& http, const std::string& hallId,
                                                const std::string& service, int skip)
{
    const auto now = QDateTime::currentDateTimeUtc();
    for (const auto& s : slotsOf(http, hallId, service)) {
        if (instant(s, "opens_at") <= now && instant(s, "start") > now.addDays(1) && skip-- <= 0)
            return s;
    }
    return std::nullopt;
}

std::optional<Poco::JSON::Object::Ptr> unreleasedSlot(const HttpClient& http, const std::string& hallId,
                                                      const std::string& service)
{
    const auto now = QDateTime::currentDateTimeUtc();
    for (const auto& s : slotsOf(http, hallId, service))
        if (instant(s, "opens_at") > now)
            return s;
    return std::nullopt;
}

HttpReply book(const HttpClient& http, const std::string& body, const std::string& idempotencyKey, const char* language)
{
    Poco::Net::NameValueCollection headers;
    headers.set("Accept-Language", language);
    if (!idempotencyKey.empty())
        headers.set("Idempotency-Key", idempotencyKey);
    return http.post("/api/v1/appointments", body, headers);
}

std::string blindIndex(const QString& keyFile, const std::string& idNumber)
{
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto secret = file.readAll();
    const auto subkey = QMessageAuthenticationCode::hash("wedreg blind index v1", secret, QCryptographicHash::Sha256);
    return QMessageAuthenticationCode::hash(QByteArray::fromStdString(idNumber), subkey, QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

}  // namespace wedreg::tests
