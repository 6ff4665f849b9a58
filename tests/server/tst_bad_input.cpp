// SPDX-License-Identifier: Apache-2.0
// Bad input to the real server: every row is a 4xx application/problem+json — never a 5xx, never a
// crash — and nothing is written (row counts unchanged, the server still healthy afterwards).

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <sstream>

using wedreg::tests::HttpClient;
using wedreg::tests::ServerProcess;
using Fields = std::vector<std::pair<std::string, std::string>>;  // name → JSON text, in order
using Emit = std::function<void(const QString& name, const QString& method, const QString& path, const QByteArray& body)>;

namespace {

std::string repeat(const std::string& s, std::size_t n)
{
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

std::string login(const std::string& username, const std::string& password)
{
    return "{\"username\":" + username + ",\"password\":" + password + "}";
}

std::string render(const Fields& fields)
{
    std::string out = "{";
    for (const auto& [name, value] : fields)
        out += (out.size() > 1 ? "," : "") + ("\"" + name + "\":" + value);
    return out + "}";
}

std::string quoted(const std::string& s)
{
    return "\"" + s + "\"";
}

// Values of the right shape for each documented field, by name: a mutated body differs from a
// well-formed one in the mutated field only. Every resource id points at nothing (see
// generatedBodies_data), so even a mutation the server accepted could write nothing.
std::string wellFormed(const std::string& name, const std::string& type)
{
    static const std::map<std::string, std::string> known = {
        {"slot_id", quoted("zz-no-such-slot")},
        {"service", quoted("marriage")},
        {"declaration_accepted", "true"},
        {"id_number", quoted("11010519491231002X")},
        {"name", quoted("张三")},
        {"phone", quoted("13800000000")},
        {"check_in_code", quoted("12345678")},
        {"qr", quoted("MC1:NOTACERTIFICATE")},
        {"username", quoted("no-such-user")},
        {"password", quoted("not-the-password")},
    };
    if (const auto it = known.find(name); it != known.end())
        return it->second;
    if (type == "boolean")
        return "true";
    if (type == "integer" || type == "number")
        return "1";
    return quoted("x");
}

// Mutations of one field's value (JSON text), each wrong for a field of `type`.
std::vector<std::pair<std::string, std::string>> mutations(const std::string& type)
{
    std::vector<std::pair<std::string, std::string>> m = {
        {"null", "null"},
        {"empty object", "{}"},
        {"nested 60 deep", repeat("[", 60) + repeat("]", 60)},
    };
    if (type == "string") {
        m.insert(m.end(), {{"number", "12345"},
                           {"huge number", "99999999999999999999999999"},
                           {"negative", "-1"},
                           {"bool", "true"},
                           {"array", "[\"a\"]"},
                           {"empty", "\"\""},
                           {"30 February", quoted("2026-02-30")},
                           {"invalid utf-8", "\"\xff\xfe\xfd\""},
                           {"sql injection", quoted("' OR '1'='1'; DROP TABLE appointments; --")},
                           {"script injection", quoted("<script>alert(1)</script>")},
                           {"1 MB string", quoted(std::string(1000000, 'a'))}});
    } else if (type == "boolean") {
        m.insert(m.end(), {{"string", quoted("true")}, {"number", "1"}, {"false-ish zero", "0"}, {"array", "[true]"}});
    } else if (type == "array") {
        m.insert(m.end(), {{"string", quoted("x")}, {"number", "1"}, {"empty", "[]"}, {"three items", "[{},{},{}]"},
                           {"array of strings", "[\"a\",\"b\"]"}, {"1000 items", "[" + repeat("{},", 999) + "{}]"}});
    } else {
        m.insert(m.end(), {{"string", quoted("x")}, {"huge", "1e308"}, {"negative capacity", "-5"}});
    }
    return m;
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    qint64 m_sessionsBefore = 0;
    qint64 m_failuresBefore = 0;
    std::string m_adminToken;
    QTemporaryDir m_signing;

    static QStringList countedTables()
    {
        return {QStringLiteral("SELECT COUNT(*) FROM appointments"),
                QStringLiteral("SELECT COUNT(*) FROM appointment_parties"),
                QStringLiteral("SELECT COUNT(*) FROM idempotency_keys"),
                QStringLiteral("SELECT COUNT(*) FROM staff_sessions"),
                QStringLiteral("SELECT COUNT(*) FROM audit_log"),
                QStringLiteral("SELECT COUNT(*) FROM marital_records"),
                QStringLiteral("SELECT COALESCE(SUM(booked), 0) FROM slots")};
    }

    Poco::JSON::Object::Ptr resolve(const Poco::JSON::Object::Ptr& schema, const Poco::JSON::Object::Ptr& document) const
    {
        if (!schema || !schema->has("$ref"))
            return schema;
        const auto ref = schema->getValue<std::string>("$ref");  // "#/components/schemas/Name"
        return document->getObject("components")->getObject("schemas")->getObject(ref.substr(ref.rfind('/') + 1));
    }

    void expectProblem(const wedreg::tests::HttpReply& reply, int status, const std::string& type,
                       const std::string& field)
    {
        // A verifier asked about a string that is no certificate answers, by contract, 200
        // "valid": false (DESIGN §5a) — an answer about the input, which writes nothing.
        if (reply.status == 200 && reply.object()->has("valid") && !reply.object()->getValue<bool>("valid"))
            return;
        QVERIFY2(reply.status >= 400 && reply.status < 500, reply.body.c_str());
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.isProblem(), reply.contentType.c_str());
        const auto problem = reply.object();
        QCOMPARE(reply.problemType(), type);
        QCOMPARE(problem->getValue<int>("status"), status);
        QVERIFY(!problem->getValue<std::string>("detail").empty());
        if (!field.empty())
            QCOMPARE(problem->optValue<std::string>("field", ""), field);
    }

    // The generated rows, handed to `sink` one by one.
    void generate(const Emit& sink)
    {
        const auto document = m_http->get("/api/v1/openapi.json").object();
        for (const auto& [pattern, item] : *document->getObject("paths")) {
            for (const auto& [verb, opVar] : *item.extract<Poco::JSON::Object::Ptr>()) {
                if (verb != "post" && verb != "put" && verb != "patch")
                    continue;
                // The one write whose generated base body is itself legal: a roster entry of free
                // text (names, honours, organisations), where "<script>" or "2026-02-30" is just text,
                // stored and returned escaped. Mutating it field by field is not bad input; its rules
                // (consents, availability days) are tst_ceremonies' subject.
                if (pattern == "/api/v1/presenters")
                    continue;
                const auto op = opVar.extract<Poco::JSON::Object::Ptr>();
                std::string path;
                std::istringstream in(pattern.substr(1));
                for (std::string segment; std::getline(in, segment, '/');)
                    path += "/" + (segment.front() == '{' ? std::string("zz0000000000000000") : segment);
                const auto method = QString::fromStdString(Poco::toUpper(verb));
                const auto add = [&](const std::string& what, const std::string& body) {
                    sink(method + QLatin1Char(' ') + QString::fromStdString(pattern) + QStringLiteral(": ") +
                             QString::fromStdString(what),
                         method, QString::fromStdString(path), QByteArray::fromStdString(body));
                };
                Poco::JSON::Object::Ptr schema;
                if (const auto request = op->getObject("requestBody"))
                    schema = resolve(request->getObject("content")->getObject("application/json")->getObject("schema"),
                                     document);
                // The body as a whole.
                add("not JSON", "{\"a\":");
                add("array body", "[]");
                add("deep nesting", repeat("[", 1000) + repeat("]", 1000));
                add("10 MB body", "{\"a\":\"" + std::string(10 << 20, 'a') + "\"}");
                if (!schema || !schema->getObject("properties"))
                    continue;
                const auto properties = schema->getObject("properties");
                Fields base;
                std::map<std::string, std::string> types;
                Poco::JSON::Object::Ptr itemSchema;
                for (const auto& [name, propVar] : *properties) {
                    const auto prop = resolve(propVar.extract<Poco::JSON::Object::Ptr>(), document);
                    const auto type = prop->optValue<std::string>("type", "string");
                    types[name] = type;
                    if (type == "array") {
                        const auto items = prop->getObject("items") ? resolve(prop->getObject("items"), document)
                                                                    : Poco::JSON::Object::Ptr();
                        if (!items || !items->getObject("properties")) {
                            // An array of scalars (dates, ids): its mutations are the array's own.
                            base.emplace_back(name, "[]");
                            continue;
                        }
                        itemSchema = items;
                        Fields party;
                        for (const auto& [field, fieldVar] : *itemSchema->getObject("properties"))
                            party.emplace_back(field, wellFormed(field, fieldVar.extract<Poco::JSON::Object::Ptr>()->optValue<std::string>("type", "string")));
                        base.emplace_back(name, "[" + render(party) + "]");
                    } else {
                        base.emplace_back(name, wellFormed(name, type));
                    }
                }
                if (base.empty())
                    continue;
                add("duplicate key", render(base).insert(1, "\"" + base.front().first + "\":" + base.front().second + ","));
                for (std::size_t i = 0; i < base.size(); ++i) {
                    const auto& name = base[i].first;
                    Fields without = base;
                    without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
                    add(name + " missing", render(without));
                    for (const auto& [what, value] : mutations(types[name])) {
                        Fields mutated = base;
                        mutated[i].second = value;
                        add(name + " " + what, render(mutated));
                    }
                    // Inside the first array item (a party): each of its fields mutated.
                    if (types[name] == "array" && itemSchema) {
                        for (const auto& [field, fieldVar] : *itemSchema->getObject("properties")) {
                            const auto type = fieldVar.extract<Poco::JSON::Object::Ptr>()->optValue<std::string>("type", "string");
                            for (const auto& [what, value] : mutations(type)) {
                                Fields party;
                                for (const auto& [f, fv] : *itemSchema->getObject("properties"))
                                    party.emplace_back(f, f == field ? value : wellFormed(f, fv.extract<Poco::JSON::Object::Ptr>()->optValue<std::string>("type", "string")));
                                Fields mutated = base;
                                mutated[i].second = "[" + render(party) + "]";
                                add(name + "[0]." + field + " " + what, render(mutated));
                            }
                        }
                    }
                }
            }
        }
    }

    // As admin: staff routes then reach their body checks instead of stopping at 401.
    wedreg::tests::HttpReply sendGenerated(const QString& method, const QString& path, const QByteArray& body)
    {
        return m_http->send(method.toStdString(), path.toStdString(), body.toStdString(),
                            wedreg::tests::bearer(m_adminToken), "application/json");
    }

private slots:
    void initTestCase()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        // Signing keys, so certificate verification is configured and bad QR text is the client's
        // fault (4xx), not a missing trust list (503).
        QProcess keys;
        keys.start(QStringLiteral(WEDREG_SOURCE_DIR "/certs/make-dev-signing-keys"), {m_signing.path()});
        QVERIFY(keys.waitForFinished(60000));
        QCOMPARE(keys.exitCode(), 0);
        // Rate limits off: the generated rows reuse one well-formed ID and one token hundreds of times.
        QVERIFY2(m_server->start({true,
                                  {QStringLiteral("ratelimit.id_per_hour=0"), QStringLiteral("ratelimit.client_per_minute=0"),
                                   QStringLiteral("certificates.signing_dir=%1").arg(m_signing.path())},
                                  false}),
                 qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
        const auto admin = m_http->post("/api/v1/staff/sessions",
                                        login(quoted("admin"), quoted(m_server->demoPasswords().value(QStringLiteral("admin")).toStdString())));
        QCOMPARE(admin.status, 201);
        m_adminToken = admin.object()->getValue<std::string>("token");
        m_sessionsBefore = m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM staff_sessions"));
        m_failuresBefore = m_server->scalar(QStringLiteral("SELECT COALESCE(SUM(failed_attempts), 0) FROM staff_accounts"));
    }

    void cleanupTestCase()
    {
        if (!m_server)
            return;
        QCOMPARE(m_http->get("/healthz").status, 200);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM staff_sessions")), m_sessionsBefore);
        QCOMPARE(m_server->stop(), 0);
    }

    void signInBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");

        const QString json = QStringLiteral("application/json");
        auto row = [&](const char* name, const std::string& body, int status, const char* type, const char* field = "",
                       const QString& contentType = QStringLiteral("application/json")) {
            QTest::newRow(name) << QByteArray::fromStdString(body) << contentType << status << QString::fromLatin1(type)
                                << QString::fromLatin1(field);
        };
        // Not JSON, or not an object.
        row("empty body", "", 400, "malformed-json");
        row("truncated", "{\"username\":\"a\"", 400, "malformed-json");
        row("trailing comma", "{\"username\":\"a\",}", 400, "malformed-json");
        row("bare word", "hello", 400, "malformed-json");
        row("array", "[1,2]", 400, "malformed-json");
        row("string", "\"x\"", 400, "malformed-json");
        row("null", "null", 400, "malformed-json");
        row("number", "42", 400, "malformed-json");
        row("single quotes", "{'username':'a'}", 400, "malformed-json");
        row("deep nesting", repeat("[", 1000) + repeat("]", 1000), 400, "malformed-json");
        row("deep objects", repeat("{\"a\":", 100) + "1" + repeat("}", 100), 400, "malformed-json");
        row("duplicate keys", "{\"username\":\"a\",\"username\":\"b\",\"password\":\"c\"}", 400, "malformed-json");
        // Encoding.
        row("invalid utf-8", "{\"username\":\"\xff\xfe\",\"password\":\"x\"}", 400, "invalid-encoding");
        row("overlong utf-8", "{\"username\":\"\xc0\xaf\",\"password\":\"x\"}", 400, "invalid-encoding");
        row("utf-16 surrogate", "{\"username\":\"\xed\xa0\x80\",\"password\":\"x\"}", 400, "invalid-encoding");
        row("truncated utf-8", "{\"username\":\"\xe5\xa9\",\"password\":\"x\"}", 400, "invalid-encoding");
        // Media type.
        row("form encoded", "username=a&password=b", 415, "unsupported-media-type", "",
            QStringLiteral("application/x-www-form-urlencoded"));
        row("text plain", "{}", 415, "unsupported-media-type", "", QStringLiteral("text/plain"));
        // Missing fields and wrong types: 422 naming the field.
        row("empty object", "{}", 422, "invalid-field", "username");
        row("no password", "{\"username\":\"registrar\"}", 422, "invalid-field", "password");
        row("username number", login("1", "\"x\""), 422, "invalid-field", "username");
        row("unrepresentable number", login("1e999", "\"x\""), 400, "malformed-json");
        row("username negative", login("-1", "\"x\""), 422, "invalid-field", "username");
        row("username bool", login("true", "\"x\""), 422, "invalid-field", "username");
        row("username null", login("null", "\"x\""), 422, "invalid-field", "username");
        row("username array", login("[\"a\"]", "\"x\""), 422, "invalid-field", "username");
        row("username object", login("{\"a\":1}", "\"x\""), 422, "invalid-field", "username");
        row("password number", login("\"registrar\"", "123456"), 422, "invalid-field", "password");
        row("empty username", login("\"\"", "\"x\""), 422, "invalid-field", "username");
        row("empty password", login("\"registrar\"", "\"\""), 422, "invalid-field", "password");
        row("long username", login("\"" + std::string(65, 'a') + "\"", "\"x\""), 422, "invalid-field", "username");
        row("1 MB string", login("\"" + std::string(1000000, 'a') + "\"", "\"x\""), 422, "invalid-field", "username");
        // Well-formed but hostile values are just wrong credentials: 401, and nothing else happens.
        row("sql injection", login("\"' OR '1'='1' --\"", "\"' OR 1=1; DROP TABLE halls; --\""), 401,
            "unauthenticated");
        row("script injection", login("\"<script>alert(1)</script>\"", "\"x\""), 401, "unauthenticated");
        row("nul in string", login("\"regis\\u0000trar\"", "\"x\""), 401, "unauthenticated");
        row("unicode username", login("\"登记员\"", "\"密码\""), 401, "unauthenticated");
        // Size.
        row("2 MB body", login("\"" + std::string(2 << 20, 'a') + "\"", "\"x\""), 413, "payload-too-large");
        row("10 MB body", login("\"" + std::string(10 << 20, 'a') + "\"", "\"x\""), 413, "payload-too-large");
    }

    void signInBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, field);
        const auto reply = m_http->post("/api/v1/staff/sessions", body.toStdString(), {}, contentType.toStdString());
        expectProblem(reply, status, type.toStdString(), field.toStdString());
        QCOMPARE(m_http->get("/healthz").status, 200);
    }

    void hostileLoginsCountAsFailuresOnlyForRealAccounts()
    {
        // None of the rows above names an existing account with a wrong password, so no account
        // moved closer to lockout.
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COALESCE(SUM(failed_attempts), 0) FROM staff_accounts")),
                 m_failuresBefore);
    }

    // Every write operation of the served OpenAPI document, its body mutated field by field (and
    // as a whole): a route added later is covered with no change here. Each row must be a 4xx
    // problem+json; nothingWasWritten() then checks the database.
    void generatedBodies_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        generate([](const QString& name, const QString& method, const QString& path, const QByteArray& body) {
            QTest::newRow(qPrintable(name)) << method << path << body;
        });
    }

    void generatedBodies()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const auto reply = sendGenerated(method, path, body);
        // A verifier asked about a string that is no certificate answers, by contract, 200
        // "valid": false (DESIGN §5a) — an answer about the input, which writes nothing.
        if (reply.status == 200 && reply.object()->has("valid") && !reply.object()->getValue<bool>("valid"))
            return;
        QVERIFY2(reply.status >= 400 && reply.status < 500,
                 qPrintable(QString::number(reply.status) + QLatin1Char(' ') + QString::fromStdString(reply.body.substr(0, 300))));
        QVERIFY2(reply.isProblem(), reply.contentType.c_str());
        QVERIFY(!reply.object()->getValue<std::string>("detail").empty());
    }

    // Every generated request again (each CTest test is its own process and server), then the
    // database's row counts compared with before.
    void nothingWasWritten()
    {
        std::map<QString, qint64> before;
        for (const auto& query : countedTables())
            before[query] = m_server->scalar(query);
        int sent = 0;
        generate([&](const QString&, const QString& method, const QString& path, const QByteArray& body) {
            const auto status = sendGenerated(method, path, body).status;
            QVERIFY2(status < 500, qPrintable(method + QLatin1Char(' ') + path));
            ++sent;
        });
        QVERIFY(sent >= 200);
        for (const auto& [query, count] : before)
            QVERIFY2(m_server->scalar(query) == count, qPrintable(query));
        QCOMPARE(m_http->get("/healthz").status, 200);
        // And the audit chain is whole (checked while the server runs, read-only).
        QString audit;
        QCOMPARE(m_server->verifyAudit(&audit), 0);
        QVERIFY2(audit.contains(QStringLiteral("intact")), qPrintable(audit));
    }

    void hostilePaths_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown route") << "GET" << "/api/v1/nothing" << 404;
        QTest::newRow("unknown version") << "GET" << "/api/v2/halls" << 404;
        QTest::newRow("traversal") << "GET" << "/api/v1/../../etc/passwd" << 404;
        QTest::newRow("encoded traversal") << "GET" << "/api/v1/halls/..%2F..%2Fetc" << 404;
        QTest::newRow("sql in id") << "GET" << "/api/v1/halls/x'%20OR%20'1'='1" << 404;
        QTest::newRow("long id") << "GET" << QStringLiteral("/api/v1/halls/") + QString(4000, QLatin1Char('x')) << 404;
        QTest::newRow("post to read-only") << "POST" << "/api/v1/halls" << 405;
        QTest::newRow("put") << "PUT" << "/api/v1/staff/sessions" << 405;
        QTest::newRow("staff without token") << "GET" << "/api/v1/staff/sessions/current" << 401;
        QTest::newRow("delete without token") << "DELETE" << "/api/v1/staff/sessions/current" << 401;
    }

    void hostilePaths()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto reply = m_http->send(method.toStdString(), path.toStdString(), {}, {}, {});
        QCOMPARE(reply.status, status);
        QVERIFY(reply.isProblem());
    }

    void badBearerTokens_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::newRow("garbage") << "Bearer garbage";
        QTest::newRow("right length, unknown") << QStringLiteral("Bearer ") + QString(64, QLatin1Char('a'));
        QTest::newRow("basic scheme") << "Basic cmVnaXN0cmFyOnB3";
        QTest::newRow("empty bearer") << "Bearer ";
        QTest::newRow("sql") << "Bearer ' OR 1=1 --";
    }

    void badBearerTokens()
    {
        QFETCH(QString, authorization);
        Poco::Net::NameValueCollection headers;
        headers.set("Authorization", authorization.toStdString());
        const auto reply = m_http->get("/api/v1/staff/sessions/current", headers);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.isProblem());
        QCOMPARE(reply.problemType(), std::string("unauthenticated"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
