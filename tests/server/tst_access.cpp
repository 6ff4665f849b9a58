// SPDX-License-Identifier: Apache-2.0
// Who may call what (issue 6): every operation of the served OpenAPI document — which tst_routes
// holds equal to the route table, roles and kiosk column included — is called with no
// credentials, as each staff role, and over TLS as a kiosk (alone, and with a registrar signed in
// on it). A route added later is walked with no change here. Then the kiosk ↔ hall binding: a
// kiosk certificate of one hall cannot check in a couple booked at another.

#include "support/BookingHelpers.h"
#include "support/DevPki.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/String.h>

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

#include <set>
#include <sstream>

using namespace wedreg::tests;

namespace {

const QStringList kStaffRoles{QStringLiteral("registrar"), QStringLiteral("organiser"), QStringLiteral("admin")};

std::string str(const Poco::JSON::Object::Ptr& o, const std::string& key)
{
    return o->getValue<std::string>(key);
}

}  // namespace

class TestAccess : public QObject {
    Q_OBJECT

private:
    DevPki m_pki;
    std::unique_ptr<ServerProcess> m_plain;
    std::unique_ptr<ServerProcess> m_tls;
    Poco::JSON::Object::Ptr m_paths;
    std::string m_staffHall;  // the demo registrar's hall: path ids after "halls" use it
    int m_person = 0;

    // Fast scrypt: the walk signs in once per call, so that a call that revokes its own session
    // (DELETE /staff/sessions/current) cannot spoil the next one.
    // Fast sign-ins; and a kiosk's write budget large enough for a walk of every route (the rate
    // limit itself is tst_rate_limits' subject, not this suite's).
    static QStringList fastAuth()
    {
        return {QStringLiteral("auth.scrypt_log2_n=10"), QStringLiteral("ratelimit.client_burst=100000")};
    }

    std::string signIn(ServerProcess& server, const HttpClient& http, const QString& role)
    {
        Poco::JSON::Object body;
        body.set("username", role.toStdString());
        body.set("password", server.demoPasswords().value(role).toStdString());
        std::ostringstream out;
        body.stringify(out);
        const auto reply = http.post("/api/v1/staff/sessions", out.str());
        if (reply.status != 201)
            return {};
        return str(reply.object(), "token");
    }

    // The path with each {param} filled: a real hall where the segment before names halls (so a
    // hall-bound registrar is in scope), otherwise an id that exists nowhere.
    std::string concretePath(const std::string& pattern) const
    {
        std::string out;
        std::string previous;
        std::istringstream in(pattern.substr(1));
        for (std::string segment; std::getline(in, segment, '/');) {
            const bool param = segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
            out += "/" + (param ? (previous == "halls" ? m_staffHall : std::string("zz0000000000000000")) : segment);
            previous = segment;
        }
        return out;
    }

    // One walk row per documented operation and caller.
    void addRows(const QStringList& callers)
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("caller");
        QVERIFY(m_paths);
        for (const auto& [path, item] : *m_paths) {
            const auto operations = item.extract<Poco::JSON::Object::Ptr>();
            for (const auto& [verb, op] : *operations) {
                static const std::set<std::string> verbs{"get", "post", "put", "patch", "delete"};
                if (!verbs.count(verb))
                    continue;
                const auto method = QString::fromStdString(Poco::toUpper(verb));
                for (const auto& caller : callers)
                    QTest::newRow(qPrintable(method + QLatin1Char(' ') + QString::fromStdString(path) +
                                             QStringLiteral(" as ") + caller))
                        << method << QString::fromStdString(path) << caller;
            }
        }
    }

    Poco::JSON::Object::Ptr operation(const QString& method, const QString& pattern) const
    {
        return m_paths->getObject(pattern.toStdString())->getObject(Poco::toLower(method.toStdString()));
    }

    static std::set<std::string> rolesOf(const Poco::JSON::Object::Ptr& op)
    {
        std::set<std::string> roles;
        if (const auto array = op->getArray("x-roles"))
            for (std::size_t i = 0; i < array->size(); ++i)
                roles.insert(array->getElement<std::string>(static_cast<unsigned>(i)));
        return roles;
    }

    static bool documents(const Poco::JSON::Object::Ptr& op, int status)
    {
        const auto responses = op->getObject("responses");
        return responses && responses->has(std::to_string(status));
    }

    static HttpReply call(const HttpClient& http, const QString& method, const std::string& path,
                          const std::string& token)
    {
        const auto headers = token.empty() ? Poco::Net::NameValueCollection{} : bearer(token);
        const bool withBody = method == QLatin1String("POST") || method == QLatin1String("PUT") ||
                              method == QLatin1String("PATCH");
        return http.send(method.toStdString(), path, withBody ? "{}" : "", headers,
                         withBody ? "application/json" : "");
    }

    static QByteArray describe(const HttpReply& reply)
    {
        return QByteArray::number(reply.status) + ' ' + QByteArray::fromStdString(reply.body.substr(0, 300));
    }

    Person nextMan() { return {man("19900101", 2 * (++m_person) + 1), "张三"}; }
    Person nextWoman() { return {woman("19920202", 2 * (++m_person)), "李四"}; }

private slots:
    void initTestCase()
    {
        WEDREG_REQUIRE_DATABASE();
        QVERIFY2(m_pki.make(), qPrintable(m_pki.error()));
        m_plain = std::make_unique<ServerProcess>();
        QVERIFY2(m_plain->start({true, fastAuth(), false}), qPrintable(m_plain->error()));
        m_tls = std::make_unique<ServerProcess>();
        QVERIFY2(m_tls->start({true, m_pki.serverSettings() + fastAuth(), false}), qPrintable(m_tls->error()));

        const HttpClient http(m_plain->port());
        const auto document = http.get("/api/v1/openapi.json");
        QCOMPARE(document.status, 200);
        m_paths = document.object()->getObject("paths");
        QVERIFY(m_paths && m_paths->size() > 10);
        const auto token = signIn(*m_plain, http, QStringLiteral("registrar"));
        QVERIFY(!token.empty());
        const auto me = http.get("/api/v1/staff/sessions/current", bearer(token)).object();
        m_staffHall = me->isNull("hall_id") ? "jn-lixia" : str(me, "hall_id");
    }

    void cleanupTestCase()
    {
        if (m_tls)
            QCOMPARE(m_tls->stop(), 0);
        if (m_plain)
            QCOMPARE(m_plain->stop(), 0);
    }

    // Plain HTTP (loopback): no credentials and each staff role.
    void staffWalk_data() { addRows(QStringList{QStringLiteral("nobody")} + kStaffRoles); }
    void staffWalk()
    {
        QFETCH(QString, method);
        QFETCH(QString, pattern);
        QFETCH(QString, caller);
        const HttpClient http(m_plain->port());
        const auto op = operation(method, pattern);
        const auto roles = rolesOf(op);
        const bool nobody = caller == QLatin1String("nobody");
        const auto token = nobody ? std::string() : signIn(*m_plain, http, caller);
        QVERIFY(nobody || !token.empty());
        const auto reply = call(http, method, concretePath(pattern.toStdString()), token);
        QVERIFY2(reply.status < 500 || documents(op, reply.status), describe(reply));
        if (nobody && !roles.empty()) {
            QVERIFY2(reply.status == 401 && reply.problemType() == "unauthenticated", describe(reply));
        } else if (!roles.empty() && !roles.count(caller.toStdString())) {
            QVERIFY2(reply.status == 403 && reply.problemType() == "forbidden", describe(reply));
        } else if (nobody) {
            // A public route: never refused for want of a role; a 401 only where the operation
            // itself asks for a token (a manage token, a password) and documents it.
            QVERIFY2(reply.status != 403, describe(reply));
            QVERIFY2(reply.status != 401 || documents(op, 401), describe(reply));
        } else {
            QVERIFY2(reply.status != 401 && reply.status != 403, describe(reply));
        }
    }

    // TLS with a kiosk certificate (hall jn-lixia): alone, and with a registrar signed in on it.
    void kioskWalk_data() { addRows({QStringLiteral("kiosk"), QStringLiteral("kiosk+registrar")}); }
    void kioskWalk()
    {
        QFETCH(QString, method);
        QFETCH(QString, pattern);
        QFETCH(QString, caller);
        const HttpClient http(m_tls->port(), m_pki.clientContext(QStringLiteral("kiosk-jn-lixia")));
        const auto op = operation(method, pattern);
        const auto roles = rolesOf(op);
        const bool staffMode = caller != QLatin1String("kiosk");
        const auto token = staffMode ? signIn(*m_tls, http, QStringLiteral("registrar")) : std::string();
        QVERIFY(!staffMode || !token.empty());
        const auto reply = call(http, method, concretePath(pattern.toStdString()), token);
        QVERIFY2(reply.status < 500 || documents(op, reply.status), describe(reply));
        const bool kioskThing = (op->has("x-kiosk") && op->getValue<bool>("x-kiosk")) ||
                                (roles.empty() && method == QLatin1String("GET"));
        if (staffMode) {
            if (!roles.empty() && !roles.count("registrar"))
                QVERIFY2(reply.status == 403, describe(reply));
            else
                QVERIFY2(reply.status != 401 && reply.status != 403, describe(reply));
        } else if (!roles.empty()) {
            QVERIFY2(reply.status == 401 && reply.problemType() == "unauthenticated", describe(reply));
        } else if (kioskThing) {
            QVERIFY2(reply.status != 401 && reply.status != 403, describe(reply));
        } else {
            QVERIFY2(reply.status == 403 && reply.problemType() == "forbidden" &&
                         str(reply.object(), "code") == "kiosk-scope",
                     describe(reply));
        }
    }

    void kioskChecksInOnlyItsOwnHall()
    {
        const HttpClient lixia(m_tls->port(), m_pki.clientContext(QStringLiteral("kiosk-jn-lixia")));
        const HttpClient huaiyin(m_tls->port(), m_pki.clientContext(QStringLiteral("kiosk-jn-huaiyin")));
        // Any kiosk may book at any hall; the couple books jn-huaiyin from the jn-lixia kiosk.
        const auto slot = openSlot(lixia, "jn-huaiyin", "marriage");
        QVERIFY(slot);
        const auto him = nextMan();
        const auto booked = book(lixia, bookingBody(str(*slot, "id"), "marriage", {him, nextWoman()}));
        QCOMPARE(booked.status, 201);
        const auto appointment = booked.object();
        const auto today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
        m_tls->scalar(QStringLiteral("UPDATE appointments SET day = '%1' WHERE id = '%2' RETURNING 1")
                          .arg(today, QString::fromStdString(str(appointment, "id"))));

        Poco::JSON::Object body;
        body.set("check_in_code", str(appointment, "check_in_code"));
        body.set("id_number", him.idNumber);
        std::ostringstream out;
        body.stringify(out);

        const auto refused = lixia.post("/api/v1/appointments/check-in", out.str());
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.isProblem());
        QCOMPARE(refused.problemType(), std::string("forbidden"));
        QCOMPARE(str(refused.object(), "code"), std::string("kiosk-hall"));
        QCOMPARE(m_tls->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE id = '%1' AND status = 'booked'")
                                   .arg(QString::fromStdString(str(appointment, "id")))),
                 qint64(1));

        const auto accepted = huaiyin.post("/api/v1/appointments/check-in", out.str());
        QVERIFY2(accepted.status == 200, describe(accepted));
        QCOMPARE(str(accepted.object(), "appointment_id"), str(appointment, "id"));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
