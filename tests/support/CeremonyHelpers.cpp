// SPDX-License-Identifier: Apache-2.0
#include "support/CeremonyHelpers.h"

#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>

#include <QString>
#include <QStringList>

#include <sstream>

namespace wedreg::tests {
namespace {

std::string json(const Poco::JSON::Object::Ptr& o)
{
    std::ostringstream out;
    o->stringify(out);
    return out.str();
}

}  // namespace

std::string ceremonySignupBody(const Person& a, const Person& b, const std::string& sessionId)
{
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr parties = new Poco::JSON::Array;
    for (const auto* p : {&a, &b}) {
        Poco::JSON::Object::Ptr party = new Poco::JSON::Object;
        party->set("id_number", p->idNumber);
        party->set("name", p->name);
        party->set("phone", p->phone);
        parties->add(party);
    }
    body->set("parties", parties);
    if (!sessionId.empty())
        body->set("session_id", sessionId);
    return json(body);
}

void registerMarriages(const ServerProcess& server, const std::vector<Couple>& couples, int& serial)
{
    const auto key = server.dataDir() + QStringLiteral("/pii.key");
    QStringList sql;
    for (const auto& [a, b] : couples) {
        const auto id = QStringLiteral("test-reg-%1").arg(++serial);
        sql << QStringLiteral("INSERT INTO registrations (id, kind, status, hall_id, office_code, registrar, day, at)"
                              " VALUES ('%1', 'marriage', 'in_force', 'jn-lixia', '370102', 'test', '2026-05-20', 0)")
                   .arg(id);
        int position = 0;
        for (const auto* p : {&a, &b}) {
            sql << QStringLiteral("INSERT INTO registration_parties (registration_id, position, person_index, id_cipher,"
                                  " id_masked, name, name_latin, birth_date, sex, nationality)"
                                  " VALUES ('%1', %2, '%3', 'x', 'masked', 'name', 'NAME', '1990-01-01', '%4', 'CHN')")
                       .arg(id)
                       .arg(position)
                       .arg(QString::fromStdString(blindIndex(key, p->idNumber)))
                       .arg(position == 0 ? QStringLiteral("male") : QStringLiteral("female"));
            ++position;
        }
    }
    server.execute(sql);
}

Poco::JSON::Object::Ptr createCeremony(const HttpClient& http, const std::string& token, const std::string& day,
                                       const std::string& venue, const std::vector<SessionSpec>& sessions, bool publish,
                                       const std::string& title, const std::string& allocation)
{
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("title", title);
    body->set("title_en", std::string("True love, celebrating with the nation"));
    body->set("theme", std::string("真爱与国同庆"));
    body->set("day", day);
    body->set("venue_id", venue);
    body->set("guests_per_couple", 2);
    body->set("allocation", allocation);
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& [start, end, capacity] : sessions) {
        Poco::JSON::Object::Ptr s = new Poco::JSON::Object;
        s->set("start", start);
        s->set("end", end);
        s->set("capacity", capacity);
        list->add(s);
    }
    body->set("sessions", list);
    const auto created = http.post("/api/v1/ceremonies", json(body), bearer(token));
    if (created.status != 201)
        qFatal("create ceremony: %d %s", created.status, created.body.c_str());
    auto ceremony = created.object();
    if (publish) {
        Poco::JSON::Object::Ptr status = new Poco::JSON::Object;
        status->set("status", std::string("published"));
        const auto published =
            http.post("/api/v1/ceremonies/" + ceremony->getValue<std::string>("id") + "/status", json(status), bearer(token));
        if (published.status != 200)
            qFatal("publish ceremony: %d %s", published.status, published.body.c_str());
        ceremony = published.object();
    }
    return ceremony;
}

std::string ceremonySession(const Poco::JSON::Object::Ptr& ceremony, unsigned index)
{
    return ceremony->getArray("sessions")->getObject(index)->getValue<std::string>("id");
}

}  // namespace wedreg::tests
