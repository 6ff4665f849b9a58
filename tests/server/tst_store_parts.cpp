// SPDX-License-Identifier: Apache-2.0
// The store and the pieces the services build on, in-process on a temporary SQLite file: the SQL
// dialect layer, migrations, repositories, password hashing.

#include "core/crypto/CryptoError.h"
#include "server/service/IdCipher.h"
#include "server/service/PasswordHasher.h"
#include "server/store/AuditLog.h"
#include "server/store/GroupCommit.h"
#include "server/store/WriteTransaction.h"
#include "server/store/Database.h"
#include "server/store/HallRepository.h"
#include "server/store/Migrations.h"
#include "server/store/StaffRepository.h"

#include <Poco/Data/DataException.h>

#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <QtTest>

using namespace wedreg::server;

class TestStoreParts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

private slots:
    void init()
    {
        store::DatabaseOptions options;
        options.sqlitePath = (m_dir.path() + QStringLiteral("/t%1.sqlite").arg(QRandomGenerator::global()->generate()))
                                 .toStdString();
        m_db = std::make_unique<store::Database>(options);
    }

    void cleanup() { m_db.reset(); }

    void placeholdersAreNumberedForPostgres()
    {
        QCOMPARE(store::toNumberedPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?"),
                 std::string("SELECT a FROM t WHERE b = $1 AND c = $2"));
        QCOMPARE(store::toNumberedPlaceholders("SELECT '?' , \"q?\" FROM t WHERE x = ? -- why?\nAND y = ?"),
                 std::string("SELECT '?' , \"q?\" FROM t WHERE x = $1 -- why?\nAND y = $2"));
    }

    void migrationFilesSplitIntoStatements()
    {
        const auto parts = store::splitStatements("CREATE TABLE a (x TEXT DEFAULT ';'); -- c;\n\nINSERT INTO a VALUES ('a;b');\n");
        QCOMPARE(parts.size(), std::size_t(2));
        QVERIFY(parts[0].find("DEFAULT ';'") != std::string::npos);
        QVERIFY(parts[1].find("'a;b'") != std::string::npos);
    }

    void migrationsAreOrderedAndAppliedOnce()
    {
        const auto migrations = store::migrationsFor(*m_db);
        QVERIFY(!migrations.empty());
        for (std::size_t i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations[i].version, static_cast<int>(i) + 1);
        const int version = store::migrate(*m_db);
        QCOMPARE(version, migrations.back().version);
        QCOMPARE(store::migrate(*m_db), version);
    }

    void pooledSqliteSessionsAreDurableAndKeepTemporariesInMemory()
    {
        // Every connection the pool opens: WAL, a durable commit, and statement journals (savepoints
        // of a group commit) in memory rather than files created and unlinked per batch.
        auto session = m_db->session();
        std::string journal;
        int synchronous = -1;
        int tempStore = -1;
        session << "PRAGMA journal_mode", Poco::Data::Keywords::into(journal), Poco::Data::Keywords::now;
        session << "PRAGMA synchronous", Poco::Data::Keywords::into(synchronous), Poco::Data::Keywords::now;
        session << "PRAGMA temp_store", Poco::Data::Keywords::into(tempStore), Poco::Data::Keywords::now;
        QCOMPARE(journal, std::string("wal"));
        QCOMPARE(synchronous, 2);  // FULL
        QCOMPARE(tempStore, 2);    // MEMORY
    }

    void rejectsMemoryDatabases()
    {
        store::DatabaseOptions options;
        options.sqlitePath = ":memory:";
        QVERIFY_THROWS_EXCEPTION(Poco::InvalidArgumentException, store::Database{options});
        options.connector = "oracle";
        options.sqlitePath = "x.sqlite";
        QVERIFY_THROWS_EXCEPTION(Poco::InvalidArgumentException, store::Database{options});
    }

    void hallsRoundTripWithTheirServices()
    {
        store::migrate(*m_db);
        store::HallRepository halls(*m_db);
        model::Hall h;
        h.id = "t-1";
        h.name = "测试登记处";
        h.nameEn = "Test Office";
        h.kind = "office";
        h.provinceCode = "37";
        h.city = "济南市";
        h.cityEn = "Jinan";
        h.address = "某路";
        h.addressEn = "Some Road";
        h.provincialLevel = true;
        h.counters = 3;
        h.services = {"marriage", "reissue"};
        halls.insert(h);
        const auto back = halls.find("t-1");
        QVERIFY(back);
        QCOMPARE(back->name, h.name);
        QCOMPARE(back->provincialLevel, true);
        QCOMPARE(back->counters, 3);
        QCOMPARE(back->services, h.services);
        QCOMPARE(halls.list().size(), std::size_t(1));
        QVERIFY(!halls.find("t-2"));
    }

    void badHallsAreRefusedByTheSchemaAndLeaveNothing()
    {
        store::migrate(*m_db);
        store::HallRepository halls(*m_db);
        model::Hall h;
        h.id = "t-bad";
        h.name = h.nameEn = h.city = h.cityEn = h.address = h.addressEn = "x";
        h.kind = "office";
        h.provinceCode = "37";
        h.services = {"marriage", "teleportation"};  // not a service: the CHECK constraint refuses it
        QVERIFY_THROWS_EXCEPTION(Poco::Data::DataException, halls.insert(h));
        QCOMPARE(halls.count(), std::int64_t(0));  // the hall row was rolled back with it
    }

    void failedLoginsLockAtTheThreshold()
    {
        store::migrate(*m_db);
        store::StaffRepository staff(*m_db);
        model::StaffAccount a;
        a.username = "u";
        a.displayName = "U";
        a.passwordHash = "scrypt$x";
        staff.insertAccount(a);
        staff.recordFailedLogin("u", 2, 1000);
        QCOMPARE(staff.findAccount("u")->lockedUntil, std::int64_t(0));
        staff.recordFailedLogin("u", 2, 1000);
        QCOMPARE(staff.findAccount("u")->lockedUntil, std::int64_t(1000));
        QCOMPARE(staff.findAccount("u")->failedAttempts, 2);
        staff.resetFailedLogins("u");
        QCOMPARE(staff.findAccount("u")->failedAttempts, 0);
    }

    void sessionsExpireAndRevoke()
    {
        store::migrate(*m_db);
        store::StaffRepository staff(*m_db);
        model::StaffAccount a;
        a.username = "u";
        a.displayName = "U";
        a.role = model::Role::Organiser;
        a.passwordHash = "h";
        staff.insertAccount(a);
        staff.insertSession({"hash", "u", model::Role::Organiser, 100, 200});
        QVERIFY(staff.findLiveSession("hash", 199));
        QVERIFY(staff.findLiveSession("hash", 199)->role == model::Role::Organiser);
        QVERIFY(!staff.findLiveSession("hash", 200));
        staff.revokeSession("hash");
        QVERIFY(!staff.findLiveSession("hash", 150));
    }

    void passwordHashesVerifyAndCarryTheirCost()
    {
        const service::PasswordHasher cheap({1u << 10, 8, 1});
        const auto hash = cheap.hash("correct horse");
        QVERIFY(hash.rfind("scrypt$1024$8$1$", 0) == 0);
        QVERIFY(cheap.verify("correct horse", hash));
        QVERIFY(!cheap.verify("correct horse ", hash));
        QVERIFY(cheap.hash("correct horse") != hash);  // salted
        QVERIFY(!cheap.needsRehash(hash));
        QVERIFY(service::PasswordHasher({1u << 11, 8, 1}).needsRehash(hash));
        for (const char* broken : {"", "scrypt$", "scrypt$0$8$1$AAAA$AAAA", "bcrypt$x", "scrypt$1024$8$1$@@$@@",
                                   "scrypt$4294967296$8$1$AAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
            QVERIFY2(!cheap.verify("x", broken), broken);
    }

    void auditRowsChainInOrderAndAnEditIsNamed()
    {
        store::migrate(*m_db);
        store::AuditLog audit(*m_db);
        for (int i = 0; i < 5; ++i) {
            store::WriteTransaction tx(*m_db);
            audit.append(tx, {"staff:alice", "appointment.book", "appointment:" + std::to_string(i)}, 1000 + i);
            tx.commit();
        }
        QCOMPARE(audit.verify().pending, std::int64_t(5));
        QCOMPARE(audit.sealAll(), std::int64_t(5));
        QCOMPARE(audit.seal(), std::int64_t(0));
        auto report = audit.verify();
        QVERIFY(report.intact());
        QCOMPARE(report.sealed, std::int64_t(5));

        auto session = m_db->session();
        session << "UPDATE audit_log SET actor = 'staff:mallory' WHERE chain_pos = 3", Poco::Data::Keywords::now;
        report = audit.verify();
        QCOMPARE(report.findings.size(), std::size_t(1));
        QCOMPARE(report.findings.front().chainPos, std::int64_t(3));
        QCOMPARE(report.findings.front().problem, std::string("edited"));
    }

    void auditRowsDeletedAtTheEndOrInsertedAreNamed()
    {
        store::migrate(*m_db);
        store::AuditLog audit(*m_db);
        for (int i = 0; i < 3; ++i) {
            store::WriteTransaction tx(*m_db);
            audit.append(tx, {"system", "registration.lapse", "registration:" + std::to_string(i)}, 2000 + i);
            tx.commit();
        }
        audit.sealAll();
        auto session = m_db->session();
        session << "DELETE FROM audit_log WHERE chain_pos = 3", Poco::Data::Keywords::now;
        auto report = audit.verify();
        QCOMPARE(report.findings.size(), std::size_t(1));
        QCOMPARE(report.findings.front().problem, std::string("head-mismatch"));

        session << "INSERT INTO audit_log (id, at, actor, action, object, detail, chain_pos, prev_hash, row_hash)"
                   " VALUES ('forged', 1, 'x', 'y', 'z', '{}', 7, 'a', 'b')",
            Poco::Data::Keywords::now;
        report = audit.verify();
        QVERIFY(std::any_of(report.findings.begin(), report.findings.end(), [](const store::AuditFinding& f) {
            return f.problem == "beyond-head" && f.rowId == "forged";
        }));
    }

    void groupCommitBatchesUnitsAndUndoesOnlyTheRefusedOnes()
    {
        store::migrate(*m_db);
        {
            auto session = m_db->session();
            session << "CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)", Poco::Data::Keywords::now;
        }
        store::GroupCommit commit(*m_db, 16);
        constexpr int kThreads = 8;
        constexpr int kPerThread = 40;
        std::atomic<int> refused{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    const int id = t * kPerThread + i;
                    try {
                        commit.run([&](store::WriteTransaction& tx) {
                            tx.session() << "INSERT INTO t (id, v) VALUES (?, 1)", Poco::Data::Keywords::bind(id),
                                Poco::Data::Keywords::now;
                            if (id % 5 == 0)  // refuse after writing: the row must vanish with the refusal
                                throw std::runtime_error("refused");
                        });
                    } catch (const std::runtime_error&) {
                        ++refused;
                    }
                }
            });
        }
        for (auto& t : threads)
            t.join();
        auto session = m_db->session();
        int rows = 0, multiples = 0;
        session << "SELECT COUNT(*) FROM t", Poco::Data::Keywords::into(rows), Poco::Data::Keywords::now;
        session << "SELECT COUNT(*) FROM t WHERE id % 5 = 0", Poco::Data::Keywords::into(multiples),
            Poco::Data::Keywords::now;
        QCOMPARE(refused.load(), kThreads * kPerThread / 5);
        QCOMPARE(rows, kThreads * kPerThread - refused.load());
        QCOMPARE(multiples, 0);
        QCOMPARE(commit.units(), std::size_t(kThreads * kPerThread));
        QVERIFY2(commit.batches() < commit.units(), qPrintable(QString::number(commit.batches())));
    }

    void idNumbersAreSealedAndSurviveAKeyRotation()
    {
        const std::string oldKey(32, 'o'), newKey(32, 'n');
        const auto before = service::IdCipher::fromKeys({oldKey});
        const auto sealed = before.seal("11010519491231002X");
        QVERIFY(sealed.find("11010519491231002X") == std::string::npos);
        QVERIFY(sealed.starts_with(before.currentKeyId() + ":"));
        QVERIFY(before.seal("11010519491231002X") != sealed);  // fresh nonce every time
        QCOMPARE(before.open(sealed), std::string("11010519491231002X"));

        const auto after = service::IdCipher::fromKeys({newKey, oldKey});
        QCOMPARE(after.open(sealed), std::string("11010519491231002X"));
        QVERIFY(after.seal("11010519491231002X").starts_with(after.currentKeyId() + ":"));
        QVERIFY(after.currentKeyId() != before.currentKeyId());
        const auto withoutOld = service::IdCipher::fromKeys({newKey});
        QVERIFY_THROWS_EXCEPTION(wedreg::core::crypto::CryptoError, withoutOld.open(sealed));
        auto altered = sealed;
        altered[altered.size() - 3] = altered[altered.size() - 3] == 'A' ? 'B' : 'A';
        QVERIFY_THROWS_EXCEPTION(wedreg::core::crypto::CryptoError, before.open(altered));
    }

    void generatedPasswordsAreLongAndVaried()
    {
        const auto a = service::PasswordHasher::randomPassword();
        const auto b = service::PasswordHasher::randomPassword();
        QCOMPARE(a.size(), std::size_t(16));
        QVERIFY(a != b);
        for (char c : a)
            QVERIFY(std::isalnum(static_cast<unsigned char>(c)) && c != '0' && c != 'O' && c != 'l' && c != '1');
    }
};

QTEST_APPLESS_MAIN(TestStoreParts)
#include "tst_store_parts.moc"
