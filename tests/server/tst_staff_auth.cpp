// SPDX-License-Identifier: Apache-2.0
// Staff sign-in against the real server: scrypt-checked passwords, lockout after repeated failures,
// bearer tokens that expire and can be revoked, and no secret ever written to the logs.

#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <QRegularExpression>
#include <QtTest>

using wedreg::tests::HttpClient;
using wedreg::tests::bearer;
using wedreg::tests::ServerProcess;

class TestStaffAuth : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;

    wedreg::tests::HttpReply signIn(const QString& user, const QString& password, const char* language = "zh-CN")
    {
        Poco::Net::NameValueCollection headers;
        headers.set("Accept-Language", language);
        Poco::JSON::Object body;
        body.set("username", user.toStdString());
        body.set("password", password.toStdString());
        std::ostringstream out;
        body.stringify(out);
        return m_http->post("/api/v1/staff/sessions", out.str(), headers);
    }


private slots:
    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({true, {QStringLiteral("auth.lockout_threshold=3")}, false}),
                 qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
        QCOMPARE(m_server->demoPasswords().size(), 3);
    }

    void cleanup()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void demoAccountsSignInWithTheirRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("registrar") << "registrar";
        QTest::newRow("organiser") << "organiser";
        QTest::newRow("admin") << "admin";
    }

    void demoAccountsSignInWithTheirRole()
    {
        QFETCH(QString, user);
        const auto reply = signIn(user, m_server->demoPasswords().value(user));
        QCOMPARE(reply.status, 201);
        const auto body = reply.object();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(QString::fromStdString(body->getValue<std::string>("token")))
                    .hasMatch());
        QCOMPARE(QString::fromStdString(body->getValue<std::string>("role")), user);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00$"))
                    .match(QString::fromStdString(body->getValue<std::string>("expires_at")))
                    .hasMatch());
    }

    void tokenIdentifiesTheCaller()
    {
        const auto token = signIn(QStringLiteral("registrar"), m_server->demoPasswords().value("registrar"))
                               .object()
                               ->getValue<std::string>("token");
        const auto me = m_http->get("/api/v1/staff/sessions/current", bearer(token));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object()->getValue<std::string>("username"), std::string("registrar"));
        QCOMPARE(me.object()->getValue<std::string>("hall_id"), std::string("jn-lixia"));
    }

    void wrongPasswordAndUnknownUserGetTheSameAnswer()
    {
        const auto wrong = signIn(QStringLiteral("registrar"), QStringLiteral("not-the-password"), "en");
        const auto unknown = signIn(QStringLiteral("nobody"), QStringLiteral("whatever"), "en");
        for (const auto& reply : {wrong, unknown}) {
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.problemType(), std::string("unauthenticated"));
            QCOMPARE(reply.object()->getValue<std::string>("detail"), std::string("Wrong username or password."));
        }
        QCOMPARE(signIn(QStringLiteral("nobody"), QStringLiteral("x")).object()->getValue<std::string>("detail"),
                 std::string("用户名或密码不正确。"));
    }

    void repeatedFailuresLockTheAccount()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(signIn(QStringLiteral("organiser"), QStringLiteral("guess-%1").arg(i)).status, 401);
        // Even the right password is refused while locked.
        const auto locked = signIn(QStringLiteral("organiser"), m_server->demoPasswords().value("organiser"));
        QCOMPARE(locked.status, 401);
        QCOMPARE(locked.object()->getValue<std::string>("code"), std::string("locked"));
        // Other accounts are unaffected.
        QCOMPARE(signIn(QStringLiteral("admin"), m_server->demoPasswords().value("admin")).status, 201);
    }

    void successResetsTheFailureCount()
    {
        QCOMPARE(signIn(QStringLiteral("admin"), QStringLiteral("wrong")).status, 401);
        QCOMPARE(signIn(QStringLiteral("admin"), QStringLiteral("wrong")).status, 401);
        QCOMPARE(signIn(QStringLiteral("admin"), m_server->demoPasswords().value("admin")).status, 201);
        QCOMPARE(signIn(QStringLiteral("admin"), QStringLiteral("wrong")).status, 401);
        QCOMPARE(signIn(QStringLiteral("admin"), m_server->demoPasswords().value("admin")).status, 201);
    }

    void signOutRevokesTheToken()
    {
        const auto token = signIn(QStringLiteral("admin"), m_server->demoPasswords().value("admin"))
                               .object()
                               ->getValue<std::string>("token");
        QCOMPARE(m_http->send("DELETE", "/api/v1/staff/sessions/current", {}, bearer(token), {}).status, 204);
        const auto after = m_http->get("/api/v1/staff/sessions/current", bearer(token));
        QCOMPARE(after.status, 401);
        QCOMPARE(after.object()->getValue<std::string>("code"), std::string("token"));
    }

    void missingTokenAsksForBearer()
    {
        const auto reply = m_http->get("/api/v1/staff/sessions/current");
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.headers.get("WWW-Authenticate"), std::string("Bearer"));
    }

    void storedSecretsAreHashes()
    {
        const auto token = signIn(QStringLiteral("registrar"), m_server->demoPasswords().value("registrar"))
                               .object()
                               ->getValue<std::string>("token");
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM staff_sessions WHERE token_hash = '%1'")
                                      .arg(QString::fromStdString(token))),
                 0);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM staff_accounts WHERE password_hash LIKE 'scrypt$%'")),
                 3);
    }

    void logsHoldNoPasswordsOrTokens()
    {
        const auto password = m_server->demoPasswords().value("registrar");
        const auto token = signIn(QStringLiteral("registrar"), password).object()->getValue<std::string>("token");
        signIn(QStringLiteral("registrar"), QStringLiteral("typo-") + password);
        m_http->get("/api/v1/staff/sessions/current", bearer(token));
        QCOMPARE(m_server->stop(), 0);
        const auto logs = m_server->stderrText();
        QVERIFY(logs.contains("POST /api/v1/staff/sessions 201"));
        QVERIFY(!logs.contains(password.toUtf8()));
        QVERIFY(!logs.contains(QByteArray::fromStdString(token)));
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestStaffAuth)
#include "tst_staff_auth.moc"
