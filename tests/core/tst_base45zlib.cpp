// SPDX-License-Identifier: Apache-2.0
// The two outer layers of a certificate string: Base45 (RFC 9285 vectors, strict rejection) and zlib
// with its output cap (a zip bomb must be refused, not allocated).

#include "CoreTestSupport.h"

#include "core/cert/Base45.h"
#include "core/cert/CertificateError.h"
#include "core/cert/Zlib.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;

class TestBase45Zlib : public QObject
{
    Q_OBJECT

private slots:
    void base45EncodesRfc9285Vectors_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("AB") << "AB" << "BB8";
        QTest::newRow("Hello!!") << "Hello!!" << "%69 VD92EX0";
        QTest::newRow("base-45") << "base-45" << "UJCLQE7W581";
        QTest::newRow("ietf!") << "ietf!" << "QED8WEX0";
        QTest::newRow("empty") << "" << "";
    }

    void base45EncodesRfc9285Vectors()
    {
        QFETCH(QString, plain);
        QFETCH(QString, encoded);
        const std::string text = plain.toStdString();
        QCOMPARE(qs(Base45::encode(asBytes(text))), encoded);
        QCOMPARE(Base45::decode(encoded.toStdString()), toBytes(text));
    }

    void base45RoundTripsEveryByteValue()
    {
        Bytes all;
        for (int i = 0; i < 256; ++i) {
            all.push_back(static_cast<std::uint8_t>(i));
            all.push_back(static_cast<std::uint8_t>(255 - i));
        }
        for (std::size_t length = 0; length < 9; ++length) {
            const Bytes part(all.begin(), all.begin() + static_cast<long>(length));
            QCOMPARE(Base45::decode(Base45::encode(part)), part);
        }
        QCOMPARE(Base45::decode(Base45::encode(all)), all);
        // The encoder emits only QR alphanumeric characters.
        for (const char c : Base45::encode(all)) {
            QVERIFY(Base45::kAlphabet.find(c) != std::string_view::npos);
        }
    }

    void base45RejectsInvalidInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detail");
        QTest::newRow("lower case") << "bb8" << "invalid-character";
        QTest::newRow("non-alphabet") << "BB#" << "invalid-character";
        QTest::newRow("one leftover char") << "BB8A" << "invalid-length";
        QTest::newRow("single char") << "A" << "invalid-length";
        QTest::newRow("triplet above 65535 (GGW)") << "GGW" << "value-too-large";
        QTest::newRow("triplet ::: ") << ":::" << "value-too-large";
        QTest::newRow("pair above 255") << "::" << "value-too-large";
    }

    void base45RejectsInvalidInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, detail);
        const auto error = thrownBy<CertificateError>([&] { Base45::decode(text.toStdString()); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->reason()), QStringLiteral("base45"));
        QCOMPARE(qs(error->detail()), detail);
    }

    void zlibRoundTrips()
    {
        const Bytes data = toBytes(std::string(1000, 'x') + "wedreg");
        const Bytes packed = Zlib::deflate(data);
        QVERIFY(packed.size() < data.size());
        QCOMPARE(packed.front(), std::uint8_t{0x78}); // zlib header, as DCC expects
        QCOMPARE(Zlib::inflate(packed), data);
        QCOMPARE(Zlib::inflate(Zlib::deflate({})), Bytes{});
    }

    void zlibRefusesOutputBeyondCap()
    {
        const Bytes bomb = Zlib::deflate(Bytes(10 * 1024 * 1024, 0)); // 10 MiB of zeros, ~10 KiB packed
        const auto error = thrownBy<CertificateError>([&] { Zlib::inflate(bomb); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->detail()), QStringLiteral("too-large"));
        QCOMPARE(Zlib::inflate(Zlib::deflate(Bytes(64 * 1024, 1))).size(), std::size_t{64 * 1024});
    }

    void zlibCapIsExact()
    {
        // The output buffer is per thread and grows: the cap must still be exact at every size.
        for (const std::size_t cap : {std::size_t{1}, std::size_t{100}, std::size_t{4095}, std::size_t{4096},
                                      std::size_t{4097}, std::size_t{20000}}) {
            const Bytes packed = Zlib::deflate(Bytes(cap, 7));
            QCOMPARE(Zlib::inflate(packed, cap).size(), cap);
            const Bytes over = Zlib::deflate(Bytes(cap + 1, 7));
            const auto error = thrownBy<CertificateError>([&] { Zlib::inflate(over, cap); });
            QVERIFY(error.has_value());
            QCOMPARE(qs(error->detail()), QStringLiteral("too-large"));
        }
    }

    void zlibStreamIsFreshForEveryInput()
    {
        // The inflate stream is reused (inflateReset) per thread: a failed input must leave nothing
        // behind for the next, and threads must not share one.
        const Bytes data = toBytes(std::string(5000, 'y') + "after");
        const Bytes packed = Zlib::deflate(data);
        Bytes truncated = packed;
        truncated.resize(truncated.size() / 2);
        QVERIFY(thrownBy<CertificateError>([&] { Zlib::inflate(truncated); }));
        QCOMPARE(Zlib::inflate(packed), data);
        QVERIFY(thrownBy<CertificateError>([&] { Zlib::inflate(toBytes("not zlib at all")); }));
        QCOMPARE(Zlib::inflate(packed), data);

        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                const Bytes mine = toBytes(std::string(3000 + 100 * t, static_cast<char>('a' + t)));
                const Bytes minePacked = Zlib::deflate(mine);
                for (int i = 0; i < 200; ++i) {
                    if (Zlib::inflate(minePacked) != mine) {
                        ++wrong;
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        QCOMPARE(wrong.load(), 0);
    }

    void zlibRejectsBrokenStreams_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not compressed") << 0 << "corrupt";
        QTest::newRow("truncated") << 1 << "truncated";
        QTest::newRow("trailing byte") << 2 << "trailing-data";
        QTest::newRow("checksum flipped") << 3 << "corrupt";
        QTest::newRow("empty input") << 4 << "truncated";
    }

    void zlibRejectsBrokenStreams()
    {
        QFETCH(int, mutation);
        QFETCH(QString, detail);
        const Bytes data = toBytes("marriage certificate payload, marriage certificate payload");
        Bytes packed = Zlib::deflate(data);
        switch (mutation) {
        case 0: packed = data; break;
        case 1: packed.resize(packed.size() - 6); break;
        case 2: packed.push_back(0); break;
        case 3: packed.back() ^= 0xff; break;
        case 4: packed.clear(); break;
        }
        const auto error = thrownBy<CertificateError>([&] { Zlib::inflate(packed); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->reason()), QStringLiteral("zlib"));
        QCOMPARE(qs(error->detail()), detail);
    }
};

QTEST_APPLESS_MAIN(TestBase45Zlib)
#include "tst_base45zlib.moc"
