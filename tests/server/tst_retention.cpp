// SPDX-License-Identifier: Apache-2.0
// Retention (issue 6): the people on appointments cancelled (or not attended) more than
// retention.days ago are blanked — name, phone, masked ID, blind index — by
// `wedreg-server --purge-expired` and by the server's daily run; the appointment rows stay for
// statistics, recent and active ones are untouched, and each purge leaves an audit entry.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <QProcess>
#include <QtTest>

using namespace wedreg::tests;

class TestRetention : public QObject {
    Q_OBJECT

private:
    int m_person = 0;
    Person nextMan() { return {man("19850707", 2 * (++m_person) + 1), "郑一"}; }
    Person nextWoman() { return {woman("19860808", 2 * (++m_person)), "冯二"}; }

    Poco::JSON::Object::Ptr bookOne(const HttpClient& http)
    {
        const auto slot = openSlot(http, "jn-lixia", "marriage");
        if (!slot)
            return {};
        const auto reply = book(http, bookingBody(slot.value()->getValue<std::string>("id"), "marriage",
                                                  {nextMan(), nextWoman()}));
        return reply.status == 201 ? reply.object() : Poco::JSON::Object::Ptr();
    }

    static bool cancel(const HttpClient& http, const Poco::JSON::Object::Ptr& appointment)
    {
        return http
                   .post("/api/v1/appointments/" + appointment->getValue<std::string>("id") + "/cancel", "",
                         bearer(appointment->getValue<std::string>("manage_token")))
                   .status == 200;
    }

    static qint64 named(const ServerProcess& server, const Poco::JSON::Object::Ptr& appointment)
    {
        return server.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment_parties WHERE appointment_id = '%1' "
                                            "AND name <> '' AND phone <> '' AND id_masked <> '' AND person_index <> ''")
                                 .arg(QString::fromStdString(appointment->getValue<std::string>("id"))));
    }

    static void age(const ServerProcess& server, const Poco::JSON::Object::Ptr& appointment, int days)
    {
        server.scalar(QStringLiteral("UPDATE appointments SET updated_at = updated_at - %1 WHERE id = '%2' RETURNING 1")
                          .arg(qint64(days) * 86400)
                          .arg(QString::fromStdString(appointment->getValue<std::string>("id"))));
    }

private slots:
    void expiredCancellationsAreBlanked()
    {
        WEDREG_REQUIRE_DATABASE();
        ServerProcess server;
        QVERIFY2(server.start({true, {QStringLiteral("retention.days=30")}, false}), qPrintable(server.error()));
        const HttpClient http(server.port());
        const auto old = bookOne(http);
        const auto recent = bookOne(http);
        const auto active = bookOne(http);
        QVERIFY(old && recent && active);
        QVERIFY(cancel(http, old));
        QVERIFY(cancel(http, recent));
        age(server, old, 31);
        age(server, recent, 29);
        age(server, active, 400);  // still booked: kept however old

        QProcess cli;
        QStringList args;
        for (const auto& s : server.databaseSettings() + QStringList{QStringLiteral("data.dir=%1").arg(server.dataDir()),
                                                                     QStringLiteral("retention.days=30")})
            args << QStringLiteral("--set") << s;
        cli.start(ServerProcess::serverBinary(), args << QStringLiteral("--purge-expired"));
        QVERIFY(cli.waitForFinished(60000));
        const auto log = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, log.constData());
        QVERIFY2(log.contains("2 parties blanked"), log.constData());

        QCOMPARE(named(server, old), qint64(0));
        QCOMPARE(named(server, recent), qint64(2));
        QCOMPARE(named(server, active), qint64(2));
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), qint64(3));  // statistics keep them
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM appointment_parties WHERE birth_date <> '' AND sex <> ''")),
                 qint64(6));
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'retention.purge' AND actor = 'system'")),
                 qint64(1));

        // The server's own run (at start, then daily) finds nothing more to do, and says so without an audit row.
        QVERIFY(server.restart({false, {QStringLiteral("retention.days=30")}, true}));
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'retention.purge'")), qint64(1));
        age(server, recent, 2);
        QVERIFY(server.restart({false, {QStringLiteral("retention.days=30")}, true}));
        QCOMPARE(named(server, recent), qint64(0));
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'retention.purge'")), qint64(2));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
