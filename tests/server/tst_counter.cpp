// SPDX-License-Identifier: Apache-2.0
// The hall's side of the day against the real server (and PostgreSQL as tst_counter.pg.*): kiosk
// check-in by code or QR plus a party's ID number, the registrar's list with masked IDs,
// no-show marking, and walk-ins in the same queue.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace wedreg::tests;

namespace {

std::string str(const Poco::JSON::Object::Ptr& o, const char* key)
{
    return o->getValue<std::string>(key);
}

}  // namespace

class TestCounter : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_people = 0;

    Person nextMan() { return {man("19900101", ++m_people), "王先生"}; }
    Person nextWoman() { return {woman("19920202", ++m_people), "赵女士"}; }

    Poco::JSON::Object::Ptr open()
    {
        const auto slot = openSlot(*m_http, "jn-lixia", "marriage");
        if (!slot)
            qFatal("no open slot at jn-lixia");
        return *slot;
    }

    std::string token(const std::string& role)
    {
        Poco::JSON::Object body;
        body.set("username", role);
        body.set("password", m_server->demoPasswords().value(QString::fromStdString(role)).toStdString());
        std::ostringstream out;
        body.stringify(out);
        return m_http->post("/api/v1/staff/sessions", out.str()).object()->getValue<std::string>("token");
    }


private slots:
    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
    }

    void cleanup()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void checkInNeedsTheCodeAndAPartysId()
    {
        const auto him = nextMan();
        const auto appointment = book(*m_http, bookingBody(str(open(), "id"), "marriage", {him, nextWoman()})).object();
        const auto code = str(appointment, "check_in_code");
        const auto checkIn = [&](const std::string& field, const std::string& value, const std::string& id) {
            Poco::JSON::Object body;
            body.set(field, value);
            body.set("id_number", id);
            std::ostringstream out;
            body.stringify(out);
            return m_http->post("/api/v1/appointments/check-in", out.str());
        };
        QCOMPARE(checkIn("check_in_code", code, him.idNumber).problemType(), std::string("not-today"));
        // Pretend the day has come.
        const auto today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
        m_server->scalar(QStringLiteral("UPDATE appointments SET day = '%1' WHERE id = '%2' RETURNING 1")
                             .arg(today, QString::fromStdString(str(appointment, "id"))));
        QCOMPARE(checkIn("check_in_code", code, nextMan().idNumber).status, 404);
        const auto byQr = checkIn("qr", str(appointment, "qr"), him.idNumber);
        QCOMPARE(byQr.status, 200);
        QCOMPARE(str(byQr.object(), "appointment_id"), str(appointment, "id"));
        QCOMPARE(byQr.object()->getValue<int>("queue_number"), 1);
        QCOMPARE(byQr.object()->getValue<int>("counter_hint"), 1);
        QCOMPARE(checkIn("check_in_code", code, him.idNumber).status, 404);
        QCOMPARE(checkIn("qr", "not a code", him.idNumber).status, 422);
    }

    void registrarSeesTheDayAndAddsWalkIns()
    {
        const auto slot = open();
        const auto day = str(slot, "start").substr(0, 10);
        const auto appointment = book(*m_http, bookingBody(str(slot, "id"), "marriage", {nextMan(), nextWoman()})).object();
        const auto registrar = token("registrar");
        const auto list = m_http->get("/api/v1/halls/jn-lixia/appointments?date=" + day, bearer(registrar));
        QCOMPARE(list.status, 200);
        const auto rows = list.json().extract<Poco::JSON::Array::Ptr>();
        QCOMPARE(rows->size(), std::size_t(1));
        const auto party = rows->getObject(0)->getArray("parties")->getObject(0);
        QVERIFY(str(party, "id_masked").find("**********") != std::string::npos);
        QCOMPARE(m_http->get("/api/v1/halls/jn-lixia/appointments?date=" + day, bearer(token("organiser"))).status, 403);
        // The registrar belongs to jn-lixia.
        QCOMPARE(m_http->get("/api/v1/halls/jn-huaiyin/appointments?date=" + day, bearer(registrar)).status, 403);
        QCOMPARE(m_http->get("/api/v1/halls/jn-lixia/appointments?date=" + day, bearer(token("admin"))).status, 200);

        // No-show only once the time has begun.
        const auto noShow = m_http->post("/api/v1/appointments/" + str(appointment, "id") + "/no-show", "", bearer(registrar));
        QCOMPARE(noShow.status, 409);
        QCOMPARE(noShow.problemType(), std::string("not-started"));

        const auto walkIn = [&](const std::vector<Person>& people) {
            auto body = bookingBody("", "marriage", people);
            return m_http->post("/api/v1/halls/jn-lixia/walk-ins", body, bearer(registrar));
        };
        const auto first = walkIn({nextMan(), nextWoman()});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.object()->getValue<int>("queue_number"), 1);
        const auto second = walkIn({nextMan(), nextWoman()});
        QCOMPARE(second.object()->getValue<int>("queue_number"), 2);
        QCOMPARE(second.object()->getValue<int>("counter_hint"), 2);
        QCOMPARE(walkIn({nextMan(), nextMan()}).problemType(), std::string("ineligible"));
    }
};

QTEST_GUILESS_MAIN(TestCounter)
#include "tst_counter.moc"
