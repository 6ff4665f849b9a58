// SPDX-License-Identifier: Apache-2.0
// Collective ceremonies against the real server (SQLite, and PostgreSQL as tst_ceremonies.pg.*):
// the sign-up race (200 couples, 3 sessions of 20), waitlist promotion on cancellation with its
// outbox messages, eligibility (registered, or booked to register that day), presenters' conflicts,
// the programme, planning, and the .ics a couple is sent.

#include "support/BookingHelpers.h"
#include "support/CeremonyHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include "core/lottery/Draw.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QDate>
#include <QDateTime>
#include <QtTest>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

using namespace wedreg::tests;

namespace {

std::string json(const Poco::JSON::Object::Ptr& o)
{
    std::ostringstream out;
    o->stringify(out);
    return out.str();
}

Poco::JSON::Object::Ptr obj()
{
    return new Poco::JSON::Object;
}

std::string str(const Poco::JSON::Object::Ptr& o, const char* key)
{
    return o->getValue<std::string>(key);
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// A minimal strict RFC 5545 reader: CRLF line ends, lines of at most 75 octets, unfolding, BEGIN/END
// nesting; returns the content lines (unfolded) or fails with a message.
struct IcsCheck {
    bool ok = true;
    QString why;
    std::vector<std::string> lines;
};

IcsCheck parseIcs(const std::string& text)
{
    IcsCheck out;
    const auto fail = [&](const QString& why) {
        out.ok = false;
        out.why = why;
        return out;
    };
    if (text.size() < 2 || text.substr(text.size() - 2) != "\r\n")
        return fail(QStringLiteral("does not end with CRLF"));
    std::vector<std::string> physical;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto crlf = text.find("\r\n", start);
        if (crlf == std::string::npos)
            return fail(QStringLiteral("a line without CRLF"));
        const auto line = text.substr(start, crlf - start);
        if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
            return fail(QStringLiteral("a bare CR or LF inside a line"));
        if (line.size() > 75)
            return fail(QStringLiteral("a line of %1 octets").arg(line.size()));
        physical.push_back(line);
        start = crlf + 2;
    }
    for (const auto& line : physical) {
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            if (out.lines.empty())
                return fail(QStringLiteral("continuation before any line"));
            out.lines.back() += line.substr(1);
        } else {
            out.lines.push_back(line);
        }
    }
    std::vector<std::string> stack;
    for (const auto& line : out.lines) {
        const auto colon = line.find(':');
        if (colon == std::string::npos || colon == 0)
            return fail(QStringLiteral("not a content line: %1").arg(q(line)));
        const auto name = line.substr(0, line.find_first_of(";:"));
        for (const char c : name)
            if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-'))
                return fail(QStringLiteral("bad property name %1").arg(q(name)));
        const auto value = line.substr(colon + 1);
        if (name == "BEGIN")
            stack.push_back(value);
        else if (name == "END") {
            if (stack.empty() || stack.back() != value)
                return fail(QStringLiteral("END:%1 does not close the open component").arg(q(value)));
            stack.pop_back();
        }
    }
    if (!stack.empty())
        return fail(QStringLiteral("unclosed component"));
    return out;
}

// The value of the first content line named `name` (with or without parameters) inside `component`.
std::string icsProperty(const IcsCheck& ics, const std::string& component, const std::string& name)
{
    bool inside = false;
    for (const auto& line : ics.lines) {
        if (line == "BEGIN:" + component)
            inside = true;
        else if (line == "END:" + component)
            inside = false;
        else if (inside && (line.rfind(name + ":", 0) == 0 || line.rfind(name + ";", 0) == 0))
            return line;
    }
    return {};
}

}  // namespace

class TestCeremonies : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::string m_organiser;
    int m_people = 0;
    int m_registrations = 0;

    std::string token(const std::string& role)
    {
        auto body = obj();
        body->set("username", role);
        body->set("password", m_server->demoPasswords().value(q(role)).toStdString());
        return m_http->post("/api/v1/staff/sessions", json(body)).object()->getValue<std::string>("token");
    }

    std::pair<Person, Person> nextCouple(const char* he = "张伟", const char* she = "李娜")
    {
        ++m_people;
        return {Person{man("19900101", 2 * m_people), he}, Person{woman("19920202", 2 * m_people), she}};
    }

    void registerMarriage(const std::vector<Couple>& couples) { registerMarriages(*m_server, couples, m_registrations); }

    Poco::JSON::Object::Ptr createEvent(const std::string& day, const std::string& venue,
                                        const std::vector<SessionSpec>& sessions, bool publish = true)
    {
        return createCeremony(*m_http, m_organiser, day, venue, sessions, publish);
    }

    std::string sessionId(const Poco::JSON::Object::Ptr& event, unsigned index) { return ceremonySession(event, index); }

    HttpReply signUp(const std::string& eventId, const Person& a, const Person& b, const char* language = "zh-CN",
                     const std::string& session = {})
    {
        Poco::Net::NameValueCollection headers;
        headers.set("Accept-Language", language);
        return m_http->post("/api/v1/ceremonies/" + eventId + "/registrations", ceremonySignupBody(a, b, session), headers);
    }

private slots:
    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        // Room for 200 simultaneous connections in the race.
        QVERIFY2(m_server->start({true, {QStringLiteral("http.queue=1000"), QStringLiteral("http.threads=32"),
                                                 QStringLiteral("notifications.dispatch_interval_seconds=1")}, false}),
                 qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
        m_organiser = token("organiser");
    }

    void cleanup()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void raceSeatsSixtyWaitlistsTheRestAndCancellationsPromoteInOrder()
    {
        const auto event = createEvent("2027-10-02", "jn-quancheng-park",
                                       {{"09:00", "10:00", 20}, {"10:30", "11:30", 20}, {"14:30", "15:30", 20}});
        const auto eventId = str(event, "id");
        std::vector<std::pair<Person, Person>> couples;
        for (int i = 0; i < 200; ++i)
            couples.push_back(nextCouple());
        registerMarriage(couples);

        // 200 threads, released together, each signing up its own couple over its own connection.
        std::mutex mutex;
        std::condition_variable go;
        bool started = false;
        std::map<int, Poco::JSON::Object::Ptr> answers;
        std::map<int, std::string> failures;
        std::vector<std::thread> threads;
        for (int i = 0; i < 200; ++i) {
            threads.emplace_back([&, i] {
                {
                    std::unique_lock lock(mutex);
                    go.wait(lock, [&] { return started; });
                }
                const HttpClient http(m_server->port());
                const auto reply = http.post("/api/v1/ceremonies/" + eventId + "/registrations",
                                             ceremonySignupBody(couples[static_cast<std::size_t>(i)].first,
                                                        couples[static_cast<std::size_t>(i)].second));
                std::lock_guard lock(mutex);
                if (reply.status == 201)
                    answers[i] = reply.object();
                else
                    failures[i] = std::to_string(reply.status) + " " + reply.body;
            });
        }
        {
            std::lock_guard lock(mutex);
            started = true;
        }
        go.notify_all();
        for (auto& t : threads)
            t.join();
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.begin()->second.c_str());
        QCOMPARE(answers.size(), std::size_t(200));

        // Exactly 60 seated (20 per session), 140 waitlisted; sign-up numbers 1..200, the first 60
        // seated and the rest waitlisted in that order.
        std::map<int, std::string> statusBySequence;
        std::map<std::string, int> perSession;
        for (const auto& [i, a] : answers) {
            statusBySequence[a->getValue<int>("sequence")] = str(a, "status");
            if (str(a, "status") == "seated")
                ++perSession[str(a, "session_id")];
        }
        QCOMPARE(statusBySequence.size(), std::size_t(200));
        QCOMPARE(statusBySequence.begin()->first, 1);
        QCOMPARE(statusBySequence.rbegin()->first, 200);
        for (const auto& [sequence, status] : statusBySequence)
            QCOMPARE(q(status), sequence <= 60 ? QStringLiteral("seated") : QStringLiteral("waitlisted"));
        QCOMPARE(perSession.size(), std::size_t(3));
        for (const auto& [session, n] : perSession)
            QCOMPARE(n, 20);
        QCOMPARE(m_server->scalar(q("SELECT SUM(seated) FROM ceremony_sessions WHERE event_id = '" + eventId + "'")), 60);

        // The organiser's list: the same stable order on every read, waitlist positions 1..140.
        const auto list = m_http->get("/api/v1/ceremonies/" + eventId + "/registrations", bearer(m_organiser));
        QCOMPARE(list.status, 200);
        const auto again = m_http->get("/api/v1/ceremonies/" + eventId + "/registrations", bearer(m_organiser));
        QCOMPARE(list.body, again.body);
        const auto rows = list.json().extract<Poco::JSON::Array::Ptr>();
        QCOMPARE(rows->size(), std::size_t(200));
        std::vector<std::string> waitlist;
        for (unsigned r = 0; r < rows->size(); ++r) {
            const auto row = rows->getObject(r);
            QCOMPARE(row->getValue<int>("sequence"), static_cast<int>(r) + 1);
            if (str(row, "status") == "waitlisted") {
                waitlist.push_back(str(row, "id"));
                QCOMPARE(row->getValue<int>("waitlist_position"), static_cast<int>(waitlist.size()));
            }
        }
        QCOMPARE(waitlist.size(), std::size_t(140));

        // Five seated couples cancel with their manage tokens: the first five waitlisted take their
        // seats, in waitlist order, each told by an outbox message.
        const auto outboxBefore = m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QCOMPARE(outboxBefore, 200);
        int cancelled = 0;
        for (const auto& [i, a] : answers) {
            if (str(a, "status") != "seated" || cancelled == 5)
                continue;
            const auto reply = m_http->post("/api/v1/ceremonies/" + eventId + "/registrations/" + str(a, "id") + "/cancel",
                                            "", bearer(str(a, "manage_token")));
            QCOMPARE(reply.status, 200);
            const auto promoted = reply.object()->getObject("promoted");
            QVERIFY(promoted);
            QCOMPARE(str(promoted, "id"), waitlist[static_cast<std::size_t>(cancelled)]);
            QCOMPARE(str(promoted, "session_id"), str(a, "session_id"));
            QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM outbox WHERE kind = 'ceremony.promoted' AND object_id = '" +
                                        str(promoted, "id") + "'")),
                     1);
            QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM outbox WHERE kind = 'ceremony.cancelled' AND object_id = '" +
                                        str(a, "id") + "'")),
                     1);
            // Cancelling twice is refused and promotes nobody.
            QCOMPARE(m_http->post("/api/v1/ceremonies/" + eventId + "/registrations/" + str(a, "id") + "/cancel", "",
                                  bearer(str(a, "manage_token")))
                         .status,
                     409);
            ++cancelled;
        }
        QCOMPARE(cancelled, 5);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 210);
        QCOMPARE(m_server->scalar(q("SELECT SUM(seated) FROM ceremony_sessions WHERE event_id = '" + eventId + "'")), 60);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM ceremony_signups WHERE event_id = '" + eventId +
                                    "' AND status = 'waitlisted'")),
                 135);

        // One place per couple per event: the same couple again is refused.
        const auto twice = signUp(eventId, couples[0].first, couples[0].second);
        QVERIFY(twice.status == 409 || twice.status == 201);  // 201 only if couple 0 was one of the cancelled
        if (twice.status == 409)
            QCOMPARE(twice.problemType(), std::string("already-signed-up"));
    }

    void coupleNeitherRegisteredNorBookedIsRefusedWithTheReason()
    {
        const auto event = createEvent("2027-10-02", "jn-quancheng-park", {{"09:00", "10:00", 20}});
        const auto [a, b] = nextCouple();
        const auto zh = signUp(str(event, "id"), a, b, "zh-CN");
        QCOMPARE(zh.status, 422);
        QCOMPARE(zh.problemType(), std::string("ineligible"));
        QCOMPARE(str(zh.object(), "rule"), std::string("ceremony-not-registered"));
        QVERIFY2(q(str(zh.object(), "detail")).contains(QString::fromUtf8("已登记结婚")), str(zh.object(), "detail").c_str());
        const auto en = signUp(str(event, "id"), a, b, "en");
        QCOMPARE(en.status, 422);
        QVERIFY2(q(str(en.object(), "detail")).contains(QStringLiteral("booked to register")), str(en.object(), "detail").c_str());
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM ceremony_signups WHERE event_id = '" + str(event, "id") + "'")), 0);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }

    void coupleBookedToRegisterThatDayMayJoinAndTheVenueRegistersNobody()
    {
        const auto slot = openSlot(*m_http, "jn-lixia", "marriage");
        QVERIFY(slot);
        const auto day = str(*slot, "start").substr(0, 10);
        const auto event = createEvent(day, "jn-quancheng-park", {{"16:00", "17:00", 10}});
        const auto [a, b] = nextCouple("王强", "赵敏");
        const auto booked = book(*m_http, bookingBody(str(*slot, "id"), "marriage", {a, b}));
        QCOMPARE(booked.status, 201);
        const auto registrationsBefore = m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registrations"));

        const auto joined = signUp(str(event, "id"), a, b);
        QCOMPARE(joined.status, 201);
        QCOMPARE(str(joined.object(), "basis"), std::string("booked"));
        QCOMPARE(str(joined.object(), "status"), std::string("seated"));
        const auto names = str(joined.object(), "names");  // masked, in the couple's stored order
        QVERIFY2(names == "王* & 赵*" || names == "赵* & 王*", names.c_str());
        // A ceremony is not a registration: nothing was registered by joining it.
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registrations")), registrationsBefore);

        // Booked for another day does not count: a ceremony the day after refuses them.
        const auto nextDay = QDate::fromString(q(day), Qt::ISODate).addDays(1).toString(Qt::ISODate).toStdString();
        const auto later = createEvent(nextDay, "jn-quancheng-park", {{"16:00", "17:00", 10}});
        const auto refused = signUp(str(later, "id"), a, b);
        QCOMPARE(refused.status, 422);
        QCOMPARE(str(refused.object(), "rule"), std::string("ceremony-not-registered"));

        // Once they cancel the appointment, they are no longer eligible that day either.
        const auto other = createEvent(day, "jn-baihuazhou", {{"16:00", "17:00", 10}});
        QCOMPARE(m_http->post("/api/v1/appointments/" + str(booked.object(), "id") + "/cancel", "",
                              bearer(str(booked.object(), "manage_token")))
                     .status,
                 200);
        QCOMPARE(signUp(str(other, "id"), a, b).status, 422);
    }

    void signUpRulesAndStatuses()
    {
        const auto draft = createEvent("2027-10-02", "jn-quancheng-park", {{"09:00", "10:00", 1}}, false);
        const auto [a, b] = nextCouple();
        registerMarriage({{a, b}});
        // A draft is invisible to couples; published, it takes sign-ups; closed, it refuses them.
        QCOMPARE(signUp(str(draft, "id"), a, b).status, 404);
        QCOMPARE(m_http->get("/api/v1/ceremonies/" + str(draft, "id")).status, 404);
        QCOMPARE(m_http->get("/api/v1/ceremonies/" + str(draft, "id"), bearer(m_organiser)).status, 200);
        auto status = obj();
        status->set("status", std::string("held"));
        QCOMPARE(m_http->post("/api/v1/ceremonies/" + str(draft, "id") + "/status", json(status), bearer(m_organiser)).status, 409);
        status->set("status", std::string("published"));
        QCOMPARE(m_http->post("/api/v1/ceremonies/" + str(draft, "id") + "/status", json(status), bearer(m_organiser)).status, 200);
        const auto seated = signUp(str(draft, "id"), a, b);
        QCOMPARE(seated.status, 201);
        QCOMPARE(str(seated.object(), "status"), std::string("seated"));
        const auto same = signUp(str(draft, "id"), b, a);  // the same couple, named the other way round
        QCOMPARE(same.status, 409);
        QCOMPARE(same.problemType(), std::string("already-signed-up"));
        QCOMPARE(signUp(str(draft, "id"), a, a).status, 422);
        status->set("status", std::string("closed"));
        QCOMPARE(m_http->post("/api/v1/ceremonies/" + str(draft, "id") + "/status", json(status), bearer(m_organiser)).status, 200);
        const auto [c, d] = nextCouple();
        registerMarriage({{c, d}});
        const auto closed = signUp(str(draft, "id"), c, d);
        QCOMPARE(closed.status, 409);
        QCOMPARE(closed.problemType(), std::string("ceremony-closed"));

        // Management needs an organiser (or admin): a registrar and no token are refused.
        QCOMPARE(m_http->post("/api/v1/ceremonies", "{}", bearer(token("registrar"))).status, 403);
        QCOMPARE(m_http->post("/api/v1/ceremonies", "{}").status, 401);
        // Bad input names the field, writes nothing.
        const auto before = m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM ceremony_events"));
        auto bad = obj();
        bad->set("title", std::string("x"));
        bad->set("title_en", std::string("x"));
        bad->set("day", std::string("2027-02-30"));
        bad->set("venue_id", std::string("jn-quancheng-park"));
        const auto refused = m_http->post("/api/v1/ceremonies", json(bad), bearer(m_organiser));
        QCOMPARE(refused.status, 422);
        QCOMPARE(str(refused.object(), "field"), std::string("day"));
        bad->set("day", std::string("2027-10-02"));
        const auto noSessions = m_http->post("/api/v1/ceremonies", json(bad), bearer(m_organiser));
        QCOMPARE(noSessions.status, 422);
        QCOMPARE(str(noSessions.object(), "field"), std::string("sessions"));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM ceremony_events")), before);
    }

    void presenterCannotBeInTwoPlacesOrOutsideTheirDays()
    {
        auto body = obj();
        body->set("name", std::string("林晓岚"));
        body->set("honour", std::string("抗疫先进个人"));
        body->set("organisation", std::string("某社区卫生服务中心"));
        body->set("photo_consent", true);
        body->set("contact_consent", false);
        Poco::JSON::Array::Ptr days = new Poco::JSON::Array;
        days->add(std::string("2027-10-02"));
        body->set("available_days", days);
        const auto created = m_http->post("/api/v1/presenters", json(body), bearer(m_organiser));
        QCOMPARE(created.status, 201);
        const auto presenter = str(created.object(), "id");
        // A contact without consent is not kept.
        body->set("contact", std::string("13900000000"));
        QCOMPARE(m_http->post("/api/v1/presenters", json(body), bearer(m_organiser)).status, 422);

        const auto park = createEvent("2027-10-02", "jn-quancheng-park", {{"09:00", "10:00", 20}, {"10:30", "11:30", 20}});
        const auto spot = createEvent("2027-10-02", "jn-baihuazhou", {{"09:30", "10:15", 20}, {"14:00", "15:00", 20}});
        const auto otherDay = createEvent("2027-10-03", "jn-quancheng-park", {{"09:00", "10:00", 20}});
        const auto assign = [&](const Poco::JSON::Object::Ptr& event, unsigned session, int position) {
            auto a = obj();
            a->set("presenter_id", presenter);
            a->set("position", position);
            return m_http->post("/api/v1/ceremonies/" + str(event, "id") + "/sessions/" + sessionId(event, session) +
                                    "/presenters",
                                json(a), bearer(m_organiser));
        };
        QCOMPARE(assign(park, 0, 1).status, 201);
        // 09:30–10:15 overlaps 09:00–10:00 at another venue: one place at a time.
        const auto busy = assign(spot, 0, 1);
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.problemType(), std::string("presenter-busy"));
        // The same day, not overlapping: fine, in both venues.
        QCOMPARE(assign(park, 1, 1).status, 201);
        QCOMPARE(assign(spot, 1, 1).status, 201);
        // Not available on the 3rd.
        const auto away = assign(otherDay, 0, 1);
        QCOMPARE(away.status, 409);
        QCOMPARE(away.problemType(), std::string("presenter-unavailable"));
        // Twice in one session is refused too.
        QCOMPARE(assign(park, 0, 2).status, 409);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM session_presenters WHERE presenter_id = '" + presenter + "'")), 3);

        // The organiser's list of who presents where, and taking a presenter off a session.
        const auto listed = [&](const Poco::JSON::Object::Ptr& event) {
            return m_http->get("/api/v1/ceremonies/" + str(event, "id") + "/presenters", bearer(m_organiser));
        };
        auto rows = listed(park).json().extract<Poco::JSON::Array::Ptr>();
        QCOMPARE(rows->size(), 2u);
        for (unsigned i = 0; i < rows->size(); ++i) {
            QCOMPARE(str(rows->getObject(i), "presenter_id"), presenter);
            QCOMPARE(rows->getObject(i)->getValue<int>("position"), 1);
        }
        const auto sessionPath = "/api/v1/ceremonies/" + str(park, "id") + "/sessions/" + sessionId(park, 0) + "/presenters/";
        QCOMPARE(m_http->send("DELETE", sessionPath + presenter, "", bearer(m_organiser), "").status, 204);
        rows = listed(park).json().extract<Poco::JSON::Array::Ptr>();
        QCOMPARE(rows->size(), 1u);
        QCOMPARE(str(rows->getObject(0), "session_id"), sessionId(park, 1));
        const auto again = m_http->send("DELETE", sessionPath + presenter, "", bearer(m_organiser), "");
        QCOMPARE(again.status, 404);
        QVERIFY(again.body.find("presenter-assignment") != std::string::npos);
        QCOMPARE(m_http->get("/api/v1/ceremonies/no-such-event/presenters", bearer(m_organiser)).status, 404);
        // Free again at 09:00, the presenter can take the overlapping 09:30 session at the other venue.
        QCOMPARE(assign(spot, 0, 1).status, 201);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM audit_log WHERE action = 'presenter.unassign'")), 1);
    }

    void outboxCarriesAValidIcsInShanghaiTime()
    {
        const auto event = createEvent("2027-10-02", "jn-quancheng-park", {{"09:00", "10:00", 1}});
        const auto [a, b] = nextCouple();
        registerMarriage({{a, b}});
        const auto seated = signUp(str(event, "id"), a, b);
        QCOMPARE(seated.status, 201);
        const auto id = str(seated.object(), "id");
        const auto ics = m_server->text(q("SELECT ics FROM outbox WHERE object_id = '" + id + "'")).toStdString();
        const auto parsed = parseIcs(ics);
        QVERIFY2(parsed.ok, qPrintable(parsed.why));
        QCOMPARE(parsed.lines.front(), std::string("BEGIN:VCALENDAR"));
        QCOMPARE(icsProperty(parsed, "VCALENDAR", "VERSION"), std::string("VERSION:2.0"));
        QVERIFY(!icsProperty(parsed, "VCALENDAR", "PRODID").empty());
        QCOMPARE(icsProperty(parsed, "VTIMEZONE", "TZID"), std::string("TZID:Asia/Shanghai"));
        QCOMPARE(icsProperty(parsed, "VEVENT", "UID"), "UID:" + id + "@ceremonies.wedreg");
        QVERIFY(QRegularExpression(QStringLiteral("^DTSTAMP:\\d{8}T\\d{6}Z$")).match(q(icsProperty(parsed, "VEVENT", "DTSTAMP"))).hasMatch());
        QCOMPARE(icsProperty(parsed, "VEVENT", "DTSTART"), std::string("DTSTART;TZID=Asia/Shanghai:20271002T090000"));
        QCOMPARE(icsProperty(parsed, "VEVENT", "DTEND"), std::string("DTEND;TZID=Asia/Shanghai:20271002T100000"));
        QVERIFY(q(icsProperty(parsed, "VEVENT", "SUMMARY")).contains(QString::fromUtf8("真爱与国同庆")));
        // The SMS text fits a message or two.
        const auto sms = m_server->text(q("SELECT text_zh FROM outbox WHERE object_id = '" + id + "'"));
        QVERIFY2(sms.size() <= 140, qPrintable(sms));

        // The dispatcher (log sender, every second here) marks it sent without logging personal data.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->scalar(q("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND object_id = '" + id + "'")),
                                  1, 15000);
        QVERIFY(!m_server->stderrText().contains(QByteArray::fromStdString(a.idNumber)));
        QVERIFY(!m_server->stderrText().contains(QByteArray("13800000000")));
    }

    void lotteryDrawIsPublicVerifiableAndSeatsByRank()
    {
        const auto event = createCeremony(*m_http, m_organiser, "2027-10-02", "jn-quancheng-park", {{"09:00", "10:00", 3}},
                                          true, "七夕抽签颁证", "lottery");
        const auto id = str(event, "id");
        const auto opened = m_http->get("/api/v1/ceremonies/" + id + "/lottery");
        QCOMPARE(opened.status, 200);
        const auto commitment = str(opened.object(), "commitment");
        QCOMPARE(commitment.size(), std::size_t(64));
        QVERIFY(opened.object()->isNull("seed"));  // secret until the draw

        std::vector<Couple> couples;
        for (int i = 0; i < 8; ++i)
            couples.push_back(nextCouple());
        registerMarriage(couples);
        for (const auto& [a, b] : couples) {
            const auto entered = signUp(id, a, b);
            QCOMPARE(entered.status, 201);
            QCOMPARE(str(entered.object(), "status"), std::string("waitlisted"));  // no seat before the draw
            QVERIFY(entered.object()->isNull("ticket"));
        }
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'ceremony.lottery-entered'")), 8);

        auto status = obj();
        status->set("status", std::string("closed"));
        QCOMPARE(m_http->post("/api/v1/ceremonies/" + id + "/status", json(status), bearer(m_organiser)).status, 200);
        const auto drawn = m_http->get("/api/v1/ceremonies/" + id + "/lottery").object();
        QCOMPARE(str(drawn, "commitment"), commitment);
        wedreg::core::lottery::DrawRecord record;
        record.commitment = commitment;
        record.committedAt = QDateTime::fromString(q(str(drawn, "committed_at")), Qt::ISODate).toSecsSinceEpoch();
        record.seedHex = str(drawn, "seed");
        const auto applications = drawn->getArray("applications");
        for (unsigned i = 0; i < applications->size(); ++i)
            record.applications.push_back({str(applications->getObject(i), "id"),
                                           applications->getObject(i)->getValue<Poco::Int64>("applied_at")});
        const auto ranking = drawn->getArray("ranking");
        for (unsigned i = 0; i < ranking->size(); ++i)
            record.ranking.push_back(ranking->getElement<std::string>(i));
        QCOMPARE(record.applications.size(), std::size_t(8));
        const auto problems = wedreg::core::lottery::verify(record);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());

        // The first three of the ranking are seated, the rest wait in ranking order.
        std::map<std::string, Poco::JSON::Object::Ptr> byId;
        const auto rows = m_http->get("/api/v1/ceremonies/" + id + "/registrations", bearer(m_organiser))
                              .json()
                              .extract<Poco::JSON::Array::Ptr>();
        for (unsigned r = 0; r < rows->size(); ++r)
            byId[str(rows->getObject(r), "id")] = rows->getObject(r);
        for (std::size_t i = 0; i < record.ranking.size(); ++i) {
            const auto& row = byId.at(record.ranking[i]);
            QCOMPARE(q(str(row, "status")), i < 3 ? QStringLiteral("seated") : QStringLiteral("waitlisted"));
            QCOMPARE(row->getValue<int>("waitlist_position"), i < 3 ? 0 : static_cast<int>(i) - 2);
        }
        // A seated couple drops out: the next in the ranking takes the seat.
        const auto cancelled = m_http->post("/api/v1/ceremonies/" + id + "/registrations/" + record.ranking[1] + "/cancel",
                                            "", bearer(m_organiser));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(str(cancelled.object()->getObject("promoted"), "id"), record.ranking[3]);
    }

    void heldCeremonyInTheArchiveKeepsItsStatistics()
    {
        const auto list = m_http->get("/api/v1/ceremonies").json().extract<Poco::JSON::Array::Ptr>();
        std::string held;
        for (unsigned i = 0; i < list->size(); ++i)
            if (str(list->getObject(i), "day") == "2026-10-01")
                held = str(list->getObject(i), "id");
        QVERIFY(!held.empty());
        const auto event = m_http->get("/api/v1/ceremonies/" + held).object();
        QCOMPARE(str(event, "status"), std::string("archived"));
        const auto stats = event->getObject("statistics");
        QCOMPARE(stats->getValue<int>("couples"), 50);
        QCOMPARE(stats->getValue<int>("checked_in"), 47);
        QCOMPARE(stats->getValue<int>("not_arrived"), 3);
        // The upcoming demo events are there too, National Day with its 45 couples and presenters.
        std::set<std::string> days;
        for (unsigned i = 0; i < list->size(); ++i)
            days.insert(str(list->getObject(i), "day"));
        for (const auto* day : {"2027-05-20", "2027-08-08", "2027-10-01"})
            QVERIFY2(days.count(day) == 1, day);
    }

    void programmeNamesEachCoupleInTheOrderTheyGaveThem()
    {
        // The server orders a couple's two people by their blind index (so a couple is one key however
        // they enter it); the names printed for them must still follow the order they typed.
        const auto slot = openSlot(*m_http, "jn-lixia", "marriage");
        QVERIFY(slot);
        const auto event = createEvent(str(*slot, "start").substr(0, 10), "jn-quancheng-park", {{"16:00", "17:00", 8}});
        for (int i = 0; i < 8; ++i) {
            // Half of them give the bride first.
            auto [a, b] = nextCouple("王强", "刘芳");
            if (i % 2)
                std::swap(a, b);
            QCOMPARE(book(*m_http, bookingBody(str(*slot, "id"), "marriage", {a, b})).status, 201);
            QCOMPARE(signUp(str(event, "id"), a, b).status, 201);
        }
        const auto svg = q(m_http->get("/api/v1/ceremonies/" + str(event, "id") + "/programme", bearer(m_organiser)).body);
        QCOMPARE(svg.count(QString::fromUtf8("王强 · 刘芳")), 4);
        QCOMPARE(svg.count(QString::fromUtf8("刘芳 · 王强")), 4);
        const auto csv = q(m_http->get("/api/v1/ceremonies/" + str(event, "id") + "/programme?format=csv", bearer(m_organiser)).body);
        const auto lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].contains(i % 2 ? QString::fromUtf8("王强") + QStringLiteral(" · ") : QString::fromUtf8("刘芳") + QStringLiteral(" · ")),
                     qPrintable(lines[i]));
    }

    void programmeAndPlanning()
    {
        const auto slot = openSlot(*m_http, "jn-lixia", "marriage");
        QVERIFY(slot);
        const auto day = str(*slot, "start").substr(0, 10);
        const auto event = createEvent(day, "jn-quancheng-park", {{"16:00", "17:00", 4}, {"17:30", "18:00", 2}});
        for (int i = 0; i < 3; ++i) {
            const auto [a, b] = nextCouple("陈晨", "周雪");
            QCOMPARE(book(*m_http, bookingBody(str(*slot, "id"), "marriage", {a, b})).status, 201);
            QCOMPARE(signUp(str(event, "id"), a, b).status, 201);
        }
        const auto svg = m_http->get("/api/v1/ceremonies/" + str(event, "id") + "/programme", bearer(m_organiser));
        QCOMPARE(svg.status, 200);
        QVERIFY(svg.contentType.rfind("image/svg+xml", 0) == 0);
        QVERIFY(q(svg.body).contains(QString::fromUtf8("陈晨 · 周雪")));
        QVERIFY(q(svg.body).contains(QStringLiteral("Noto Sans CJK SC")));
        const auto csv = m_http->get("/api/v1/ceremonies/" + str(event, "id") + "/programme?format=csv", bearer(m_organiser));
        QCOMPARE(csv.status, 200);
        QCOMPARE(q(csv.body).count(QStringLiteral("\r\n")), 4);  // header + 3 couples
        QCOMPARE(m_http->get("/api/v1/ceremonies/" + str(event, "id") + "/programme?format=pdf", bearer(m_organiser)).status, 422);

        const auto plan = m_http->get("/api/v1/ceremonies/planning?date=" + day + "&couples_per_session=2", bearer(m_organiser));
        QCOMPARE(plan.status, 200);
        const auto o = plan.object();
        QVERIFY(o->getValue<int>("booked_couples") >= 3);
        int lixia = -1;
        const auto halls = o->getArray("halls");
        for (unsigned i = 0; i < halls->size(); ++i)
            if (str(halls->getObject(i), "hall_id") == "jn-lixia")
                lixia = halls->getObject(i)->getValue<int>("booked_couples");
        QVERIFY(lixia >= 3);
        // Session 1 (4 seats) has 3 couples: fine; session 2 (2 seats) has none: under-subscribed.
        std::map<int, std::string> warnings;
        const auto sessions = o->getArray("sessions");
        for (unsigned i = 0; i < sessions->size(); ++i) {
            const auto s = sessions->getObject(i);
            if (str(s, "ceremony_id") == str(event, "id"))
                warnings[s->getValue<int>("position")] = s->isNull("warning") ? "" : str(s, "warning");
        }
        QCOMPARE(warnings[1], std::string());
        QCOMPARE(warnings[2], std::string("under-subscribed"));
    }
};

QTEST_GUILESS_MAIN(TestCeremonies)
#include "tst_ceremonies.moc"
