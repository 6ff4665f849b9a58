// SPDX-License-Identifier: Apache-2.0
// Bad input to the real server: every row is a 4xx application/problem+json — never a 5xx, never a
// crash — and nothing is written (row counts unchanged, the server still healthy afterwards).

#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <QtTest>

using wedreg::tests::HttpClient;
using wedreg::tests::ServerProcess;

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

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    qint64 m_sessionsBefore = 0;
    qint64 m_failuresBefore = 0;

    void expectProblem(const wedreg::tests::HttpReply& reply, int status, const std::string& type,
                       const std::string& field)
    {
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

private slots:
    void initTestCase()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
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
