// SPDX-License-Identifier: Apache-2.0
// Booking against the real server (SQLite, and PostgreSQL as tst_booking.pg.*): the §5a contract,
// every booking-time rule of DESIGN §4 refused with its rule named in Chinese and English,
// Idempotency-Key replays, cancel and atomic reschedule, check-in, and the staff's day.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

#include <chrono>
#include <thread>

using namespace wedreg::tests;

namespace {

std::string str(const Poco::JSON::Object::Ptr& o, const char* key)
{
    return o->getValue<std::string>(key);
}

// The birth date, as YYYYMMDD, of someone who turns `age` on `isoDay` (+ `plusDays`).
std::string bornYearsBefore(const std::string& isoDay, int age, int plusDays = 0)
{
    const auto d = QDate::fromString(QString::fromStdString(isoDay), Qt::ISODate).addYears(-age).addDays(plusDays);
    return d.toString(QStringLiteral("yyyyMMdd")).toStdString();
}

}  // namespace

class TestBooking : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_people = 0;

    Person nextMan() { return {man("19900101", ++m_people), "王先生"}; }
    Person nextWoman() { return {woman("19920202", ++m_people), "赵女士"}; }

    Poco::JSON::Object::Ptr open(int skip = 0)
    {
        const auto slot = openSlot(*m_http, "jn-lixia", "marriage", skip);
        if (!slot)
            qFatal("no open slot at jn-lixia");
        return *slot;
    }

    void setCapacity(const std::string& slotId, int capacity)
    {
        m_server->scalar(QStringLiteral("UPDATE slots SET capacity = %1 WHERE id = '%2' RETURNING capacity")
                             .arg(capacity)
                             .arg(QString::fromStdString(slotId)));
    }

    qint64 booked(const std::string& slotId)
    {
        return m_server->scalar(QStringLiteral("SELECT booked FROM slots WHERE id = '%1'").arg(QString::fromStdString(slotId)));
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


    // Refused with 422 ineligible naming `rule`, in both languages.
    void expectIneligible(const std::string& body, const std::string& rule, const char* zhWords, const char* enWords)
    {
        const auto zh = book(*m_http, body, {}, "zh-CN");
        QCOMPARE(zh.status, 422);
        QVERIFY(zh.isProblem());
        QCOMPARE(zh.problemType(), std::string("ineligible"));
        QCOMPARE(str(zh.object(), "rule"), rule);
        QVERIFY2(QString::fromStdString(str(zh.object(), "detail")).contains(QString::fromUtf8(zhWords)),
                 str(zh.object(), "detail").c_str());
        const auto en = book(*m_http, body, {}, "en");
        QCOMPARE(en.status, 422);
        QVERIFY2(QString::fromStdString(str(en.object(), "detail")).contains(QString::fromUtf8(enWords)),
                 str(en.object(), "detail").c_str());
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

    void slotsFollowTheContract()
    {
        const auto all = slotsOf(*m_http, "jn-lixia", "marriage");
        QVERIFY(!all.empty());
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+08:00$"));
        for (const auto& s : all) {
            for (const char* key : {"start", "end", "opens_at"})
                QVERIFY(iso.match(QString::fromStdString(str(s, key))).hasMatch());
            QCOMPARE(str(s, "hall_id"), std::string("jn-lixia"));
            QCOMPARE(s->getValue<int>("available"), s->getValue<int>("capacity") - s->getValue<int>("booked"));
            // Demo plan: 4 counters × 2 couples, released at 00:00 fifteen days before.
            QCOMPARE(s->getValue<int>("capacity"), 8);
            const auto start = QDateTime::fromString(QString::fromStdString(str(s, "start")), Qt::ISODate);
            const auto opens = QDateTime::fromString(QString::fromStdString(str(s, "opens_at")), Qt::ISODate);
            QCOMPARE(opens.toTimeZone(QTimeZone(8 * 3600)).date().daysTo(start.toTimeZone(QTimeZone(8 * 3600)).date()), 15);
            QCOMPARE(opens.toTimeZone(QTimeZone(8 * 3600)).time(), QTime(0, 0));
        }
        QCOMPARE(m_http->get("/api/v1/halls/jn-lixia/slots?service=ceremony").status, 422);
        QCOMPARE(m_http->get("/api/v1/halls/nowhere/slots?service=marriage").status, 404);
        const auto badDate = m_http->get("/api/v1/halls/jn-lixia/slots?service=marriage&from=2026-02-30");
        QCOMPARE(badDate.status, 422);
        QCOMPARE(str(badDate.object(), "field"), std::string("from"));
    }

    void unknownCalendarYearIsSaid()
    {
        const auto refused = m_http->get("/api/v1/halls/jn-lixia/slots?service=marriage&from=2027-02-01&to=2027-02-20");
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemType(), std::string("calendar-unknown"));
        const auto cut = m_http->get("/api/v1/halls/jn-lixia/slots?service=marriage&from=2026-12-20&to=2027-01-10");
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.headers.get("Wedreg-Calendar-Known-Until", ""), std::string("2026-12-31"));
    }

    void bookingAnswersWithTheReceipt()
    {
        const auto slot = open();
        const auto reply = book(*m_http, bookingBody(str(slot, "id"), "marriage", {nextMan(), nextWoman()}));
        QCOMPARE(reply.status, 201);
        const auto body = reply.object();
        QCOMPARE(str(body, "status"), std::string("booked"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}$")).match(QString::fromStdString(str(body, "check_in_code"))).hasMatch());
        QVERIFY(str(body, "qr").find(str(body, "check_in_code")) != std::string::npos);
        QCOMPARE(str(body, "manage_token").size(), std::size_t(64));
        QCOMPARE(str(body->getObject("slot"), "id"), str(slot, "id"));
        QCOMPARE(booked(str(slot, "id")), 1);
        // Availability reflects the booking at once (this server's cache is adjusted on write).
        for (const auto& s : slotsOf(*m_http, "jn-lixia", "marriage"))
            if (str(s, "id") == str(slot, "id"))
                QCOMPARE(s->getValue<int>("booked"), 1);
        // Neither the raw ID number nor the manage token is stored.
        const auto id = QString::fromStdString(str(body, "id"));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointment_parties WHERE appointment_id = '%1'"
                                                 " AND id_masked LIKE '3701**********%'").arg(id)),
                 2);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE manage_token_hash = '%1'")
                                      .arg(QString::fromStdString(str(body, "manage_token")))),
                 0);
    }

    void idempotencyKeyReplayedReturnsTheSameAnswer()
    {
        const auto slot = open();
        const auto body = bookingBody(str(slot, "id"), "marriage", {nextMan(), nextWoman()});
        const auto first = book(*m_http, body, "replay-key-1");
        QCOMPARE(first.status, 201);
        std::vector<HttpReply> replies(100);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = t; i < 100; i += 4)
                    replies[static_cast<std::size_t>(i)] = book(*m_http, body, "replay-key-1");
            });
        for (auto& t : threads)
            t.join();
        for (const auto& r : replies) {
            QCOMPARE(r.status, 201);
            QCOMPARE(r.body, first.body);
        }
        QCOMPARE(booked(str(slot, "id")), 1);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), 1);
        // The same key for a different request is refused, not silently answered.
        const auto other = book(*m_http, bookingBody(str(slot, "id"), "marriage", {nextMan(), nextWoman()}), "replay-key-1");
        QCOMPARE(other.status, 409);
        QCOMPARE(other.problemType(), std::string("idempotency-key-reused"));
    }

    void concurrentFirstUsesOfOneKeyBookOnce()
    {
        const auto slot = open();
        const auto body = bookingBody(str(slot, "id"), "marriage", {nextMan(), nextWoman()});
        std::vector<HttpReply> replies(16);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < replies.size(); ++i)
            threads.emplace_back([&, i] {
                replies[i] = book(*m_http, body, "race-key");
                // Admission control may shed some of the burst (503 busy + Retry-After): retry, as a client would.
                for (int retry = 0; replies[i].status == 503 && replies[i].body.find("busy") != std::string::npos && retry < 100; ++retry) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    replies[i] = book(*m_http, body, "race-key");
                }
            });
        for (auto& t : threads)
            t.join();
        for (const auto& r : replies) {
            QVERIFY2(r.status == 201, r.body.c_str());
            QCOMPARE(r.body, replies.front().body);
        }
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), 1);
    }

    void manUnder22OnTheSlotDateIsRefused()
    {
        const auto slot = open();
        const auto day = str(slot, "start").substr(0, 10);
        // 22 the day after the slot: refused; 22 on the slot's day itself: accepted.
        const Person young{man(bornYearsBefore(day, 22, 1), 7), "小王"};
        expectIneligible(bookingBody(str(slot, "id"), "marriage", {young, nextWoman()}), "man-under-22", "22周岁",
                         "will not yet be 22");
        const Person birthday{man(bornYearsBefore(day, 22), 9), "小王"};
        QCOMPARE(book(*m_http, bookingBody(str(slot, "id"), "marriage", {birthday, nextWoman()})).status, 201);
    }

    void womanUnder20OnTheSlotDateIsRefused()
    {
        const auto slot = open();
        const auto day = str(slot, "start").substr(0, 10);
        const Person young{woman(bornYearsBefore(day, 20, 1), 8), "小赵"};
        expectIneligible(bookingBody(str(slot, "id"), "marriage", {nextMan(), young}), "woman-under-20", "20周岁",
                         "will not yet be 20");
    }

    void sameSexIsRefusedWithTheLawsReason()
    {
        const auto slot = open();
        expectIneligible(bookingBody(str(slot, "id"), "marriage", {nextMan(), nextMan()}), "same-sex",
                         "根据现行法律", "Under current law");
    }

    void samePersonTwiceIsRefused()
    {
        const auto slot = open();
        const auto him = nextMan();
        expectIneligible(bookingBody(str(slot, "id"), "marriage", {him, him}), "same-person", "同一个人",
                         "different people");
    }

    void residencePermitNeedsAProvincialLevelHall()
    {
        const Person hk{residentId("810000", "19900101", 11), "陈先生"};
        const auto local = open();
        expectIneligible(bookingBody(str(local, "id"), "marriage", {hk, nextWoman()}),
                         "residence-permit-needs-provincial-office", "省级", "provincial-level");
        const auto provincial = openSlot(*m_http, "jn-foreign", "marriage");
        QVERIFY(provincial);
        QCOMPARE(book(*m_http, bookingBody(str(*provincial, "id"), "marriage", {hk, nextWoman()})).status, 201);
    }

    void alreadyMarriedInTheRegistryIsRefused()
    {
        const auto slot = open();
        const auto her = nextWoman();
        const auto index = blindIndex(m_server->dataDir() + QStringLiteral("/pii.key"), her.idNumber);
        QVERIFY(!index.empty());
        m_server->scalar(QStringLiteral("INSERT INTO marital_records (person_index, status, since_day) VALUES "
                                        "('%1', 'married', '2020-05-20') RETURNING 1")
                             .arg(QString::fromStdString(index)));
        expectIneligible(bookingBody(str(slot, "id"), "marriage", {nextMan(), her}), "already-married",
                         "已有婚姻登记记录", "recorded as married");
    }

    void everyFailedRuleIsListed()
    {
        const auto slot = open();
        const auto day = str(slot, "start").substr(0, 10);
        const Person boy{man(bornYearsBefore(day, 18), 3), "甲"};
        const Person boy2{man(bornYearsBefore(day, 19), 5), "乙"};
        const auto reply = book(*m_http, bookingBody(str(slot, "id"), "marriage", {boy, boy2}), {}, "en");
        QCOMPARE(reply.status, 422);
        const auto rules = reply.object()->getArray("rules");
        QVERIFY(rules);
        std::set<std::string> named;
        for (std::size_t i = 0; i < rules->size(); ++i)
            named.insert(rules->getElement<std::string>(static_cast<unsigned>(i)));
        QVERIFY(named.count("same-sex"));
        QVERIFY(named.count("man-under-22"));
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("checksum") << "checksum" << "parties[1].id_number" << "checksum";
        QTest::newRow("declaration") << "declaration" << "declaration_accepted" << "must-accept";
        QTest::newRow("one party for marriage") << "one-party" << "parties" << "party-count";
        QTest::newRow("phone") << "phone" << "parties[0].phone" << "phone-format";
        QTest::newRow("unknown slot") << "slot" << "slot_id" << "unknown";
        QTest::newRow("unknown service") << "service" << "service" << "unknown";
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const auto slot = str(open(), "id");
        auto him = nextMan();
        auto her = nextWoman();
        std::string body;
        if (what == "checksum") {
            her.idNumber.back() = her.idNumber.back() == '0' ? '1' : '0';
            body = bookingBody(slot, "marriage", {him, her});
        } else if (what == "declaration") {
            body = bookingBody(slot, "marriage", {him, her}, false);
        } else if (what == "one-party") {
            body = bookingBody(slot, "marriage", {him});
        } else if (what == "phone") {
            him.phone = "call me";
            body = bookingBody(slot, "marriage", {him, her});
        } else if (what == "slot") {
            body = bookingBody("jn-lixia.marriage.20991231.0900", "marriage", {him, her});
        } else {
            body = bookingBody(slot, "wedding", {him, her});
        }
        for (const char* language : {"zh-CN", "en"}) {
            const auto reply = book(*m_http, body, {}, language);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.problemType(), std::string("invalid-field"));
            QCOMPARE(QString::fromStdString(str(reply.object(), "field")), field);
            QCOMPARE(QString::fromStdString(str(reply.object(), "code")), code);
        }
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), 0);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COALESCE(SUM(booked), 0) FROM slots")), 0);
    }

    void notOpenBeforeRelease()
    {
        const auto slot = unreleasedSlot(*m_http, "jn-lixia", "marriage");
        QVERIFY(slot);
        const auto reply = book(*m_http, bookingBody(str(*slot, "id"), "marriage", {nextMan(), nextWoman()}), {}, "en");
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.problemType(), std::string("not-open"));
        QCOMPARE(str(reply.object(), "detail"), std::string("This time slot is not open for booking yet."));
        QCOMPARE(booked(str(*slot, "id")), 0);
    }

    void fullSlotAndSecondBookingAreConflicts()
    {
        const auto slot = str(open(), "id");
        setCapacity(slot, 1);
        const auto him = nextMan();
        QCOMPARE(book(*m_http, bookingBody(slot, "marriage", {him, nextWoman()})).status, 201);
        const auto full = book(*m_http, bookingBody(slot, "marriage", {nextMan(), nextWoman()}));
        QCOMPARE(full.status, 409);
        QCOMPARE(full.problemType(), std::string("slot-full"));
        const auto again = book(*m_http, bookingBody(str(open(1), "id"), "marriage", {him, nextWoman()}), {}, "en");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.problemType(), std::string("already-booked"));
        QCOMPARE(booked(str(open(1), "id")), 0);
    }

    void samePersonRacingTwoBookingsGetsOne()
    {
        for (int round = 0; round < 5; ++round) {
            const auto him = nextMan();
            const auto a = bookingBody(str(open(2), "id"), "marriage", {him, nextWoman()});
            const auto b = bookingBody(str(open(3), "id"), "marriage", {him, nextWoman()});
            HttpReply ra, rb;
            std::thread ta([&] { ra = book(*m_http, a); });
            std::thread tb([&] { rb = book(*m_http, b); });
            ta.join();
            tb.join();
            QCOMPARE(std::min(ra.status, rb.status), 201);
            QCOMPARE(std::max(ra.status, rb.status), 409);
            QCOMPARE((ra.status == 409 ? ra : rb).problemType(), std::string("already-booked"));
        }
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), 5);
        QCOMPARE(booked(str(open(2), "id")) + booked(str(open(3), "id")), 5);
    }

    void slotListShowsABookingAtOnce()
    {
        // The list is served from memory (rendered once per change): a booking made here must show in
        // the very next read, not after the cache's TTL.
        const auto slot = str(open(), "id");
        const auto countOf = [&] {
            for (const auto& s : slotsOf(*m_http, "jn-lixia", "marriage"))
                if (str(s, "id") == slot)
                    return std::make_pair(s->getValue<int>("booked"), s->getValue<int>("available"));
            return std::make_pair(-1, -1);
        };
        const auto before = countOf();
        QVERIFY(before.first >= 0);
        QCOMPARE(countOf(), before);  // served again from the kept body
        QCOMPARE(book(*m_http, bookingBody(slot, "marriage", {nextMan(), nextWoman()})).status, 201);
        const auto after = countOf();
        QCOMPARE(after.first, before.first + 1);
        QCOMPARE(after.second, before.second - 1);
    }

    void cancelFreesTheSeat()
    {
        const auto slot = str(open(), "id");
        setCapacity(slot, 1);
        const auto first = book(*m_http, bookingBody(slot, "marriage", {nextMan(), nextWoman()})).object();
        const auto waiting = bookingBody(slot, "marriage", {nextMan(), nextWoman()});
        QCOMPARE(book(*m_http, waiting).status, 409);
        const auto path = "/api/v1/appointments/" + str(first, "id") + "/cancel";
        QCOMPARE(m_http->post(path, "", {}).status, 401);
        QCOMPARE(m_http->post(path, "", bearer(std::string(64, 'a'))).status, 401);
        const auto cancelled = m_http->post(path, "", bearer(str(first, "manage_token")));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(str(cancelled.object(), "status"), std::string("cancelled"));
        QCOMPARE(booked(slot), 0);
        QCOMPARE(m_http->post(path, "", bearer(str(first, "manage_token"))).problemType(), std::string("not-active"));
        QCOMPARE(book(*m_http, waiting).status, 201);
        QCOMPARE(booked(slot), 1);
    }

    void staffMayCancelButOrganisersMayNot()
    {
        const auto appointment = book(*m_http, bookingBody(str(open(), "id"), "marriage", {nextMan(), nextWoman()})).object();
        const auto path = "/api/v1/appointments/" + str(appointment, "id") + "/cancel";
        QCOMPARE(m_http->post(path, "", bearer(token("organiser"))).status, 403);
        QCOMPARE(m_http->post(path, "", bearer(token("registrar"))).status, 200);
    }

    void rescheduleToAFullSlotKeepsTheOldOne()
    {
        const auto oldSlot = str(open(), "id");
        const auto fullSlot = str(open(1), "id");
        const auto freeSlot = str(open(2), "id");
        setCapacity(fullSlot, 1);
        const auto mine = book(*m_http, bookingBody(oldSlot, "marriage", {nextMan(), nextWoman()})).object();
        QCOMPARE(book(*m_http, bookingBody(fullSlot, "marriage", {nextMan(), nextWoman()})).status, 201);
        const auto path = "/api/v1/appointments/" + str(mine, "id") + "/reschedule";
        const auto refused = m_http->post(path, "{\"slot_id\":\"" + fullSlot + "\"}", bearer(str(mine, "manage_token")));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.problemType(), std::string("slot-full"));
        QCOMPARE(booked(oldSlot), 1);
        QCOMPARE(booked(fullSlot), 1);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE id = '%1' AND slot_id = '%2'")
                                      .arg(QString::fromStdString(str(mine, "id")), QString::fromStdString(oldSlot))),
                 1);
        const auto moved = m_http->post(path, "{\"slot_id\":\"" + freeSlot + "\"}", bearer(str(mine, "manage_token")));
        QCOMPARE(moved.status, 200);
        QCOMPARE(str(moved.object()->getObject("slot"), "id"), freeSlot);
        QCOMPARE(booked(oldSlot), 0);
        QCOMPARE(booked(freeSlot), 1);
    }
};

QTEST_GUILESS_MAIN(TestBooking)
#include "tst_booking.moc"
