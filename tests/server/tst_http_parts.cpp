// SPDX-License-Identifier: Apache-2.0
// In-process pieces of the HTTP boundary: language negotiation, UTF-8 and JSON structure checks,
// the problem catalogue in both languages, and the error mapping.

#include "core/Errors.h"
#include "server/http/DrawRecordJson.h"
#include "server/http/ErrorMapping.h"
#include "server/http/JsonBody.h"
#include "server/http/Language.h"
#include "server/http/Messages.h"
#include "server/http/Problem.h"
#include "core/Utf8.h"
#include "server/service/AuthErrors.h"
#include "server/service/RateLimiter.h"

#include <Poco/JSON/Parser.h>

#include <QtTest>

#include <sstream>

using namespace wedreg::server::http;

class TestHttpParts : public QObject {
    Q_OBJECT

private slots:
    void rateLimiterIsATokenBucketPerKey()
    {
        using wedreg::server::service::RateLimiter;
        RateLimiter limiter({2.0, 3.0});  // 2 per second, burst 3
        const std::int64_t t0 = 1'000'000;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.take("a", t0), 0);
        QCOMPARE(limiter.take("a", t0), 1);          // empty: a token in 0.5 s, rounded up
        QCOMPARE(limiter.take("b", t0), 0);          // another key has its own bucket
        QCOMPARE(limiter.take("a", t0 + 500'000), 0);  // refilled one
        QCOMPARE(limiter.take("a", t0 + 500'000), 1);
        QCOMPARE(limiter.take("a", t0 + 10'000'000), 0);  // never more than the burst
        QCOMPARE(limiter.take("a", t0 + 10'000'000), 0);
        QCOMPARE(limiter.take("a", t0 + 10'000'000), 0);
        QCOMPARE(limiter.take("a", t0 + 10'000'000), 1);
        RateLimiter slow({1.0 / 3600, 1.0});
        QCOMPARE(slow.take("x", t0), 0);
        QCOMPARE(slow.take("x", t0), 3600);  // Retry-After in whole seconds
        RateLimiter off({0.0, 1.0});
        for (int i = 0; i < 100; ++i)
            QCOMPARE(off.take("x", t0), 0);
    }

    void rateLimiterForgetsKeysBeyondItsBound()
    {
        wedreg::server::service::RateLimiter limiter({1.0, 1.0}, 4);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(limiter.take(std::to_string(i), 0), 0);  // a flood of keys: bounded, still works
        QCOMPARE(limiter.take("99", 0), 1);
    }

    void rateLimiterChargesOneRequestOnce()
    {
        wedreg::server::service::RateLimiter limiter({1.0 / 3600, 2.0});
        for (int retry = 0; retry < 10; ++retry)
            limiter.require("person", "id", "key-1");  // retries of one request: one token
        limiter.require("person", "id", "key-2");
        QVERIFY_THROWS_EXCEPTION(wedreg::server::service::RateLimited, limiter.require("person", "id", "key-3"));
        QVERIFY_THROWS_EXCEPTION(wedreg::server::service::RateLimited, limiter.require("person", "id"));
    }

    void rateLimitedIs429WithRetryAfter()
    {
        bool serverFault = true;
        const auto problem = wedreg::server::http::problemFor(
            std::make_exception_ptr(wedreg::server::service::RateLimited("id", 42)), serverFault);
        QVERIFY(!serverFault);
        QCOMPARE(static_cast<int>(problem.status), 429);
        QCOMPARE(problem.slug, std::string("rate-limited"));
        QCOMPARE(problem.code, std::string("id"));
        QCOMPARE(problem.retryAfterSeconds, 42);
    }

    void acceptLanguage_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("english");
        QTest::newRow("absent means Chinese") << "" << false;
        QTest::newRow("zh-CN") << "zh-CN" << false;
        QTest::newRow("en") << "en" << true;
        QTest::newRow("en-US region") << "en-US" << true;
        QTest::newRow("weights prefer en") << "zh;q=0.5, en;q=0.9" << true;
        QTest::newRow("weights prefer zh") << "en;q=0.2, zh-Hans-CN" << false;
        QTest::newRow("unsupported only") << "fr-FR, de" << false;
        QTest::newRow("q zero refuses") << "en;q=0" << false;
        QTest::newRow("garbage q") << "en;q=abc" << false;
        QTest::newRow("case") << "EN-gb" << true;
    }

    void acceptLanguage()
    {
        QFETCH(QString, header);
        QFETCH(bool, english);
        QCOMPARE(negotiateLanguage(header.toStdString()) == Language::En, english);
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("chinese") << QByteArray("婚姻登记") << true;
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x92\x8d") << true;
        QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong three") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("above max") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xe5\xa9") << false;
        QTest::newRow("ff") << QByteArray("\xff") << false;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(wedreg::core::isValidUtf8(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))), valid);
    }

    void duplicateKeysAreFoundAtAnyDepth()
    {
        QVERIFY(hasDuplicateKeys("{\"a\":1,\"a\":2}"));
        QVERIFY(hasDuplicateKeys("{\"x\":{\"b\":1,\"b\":2}}"));
        QVERIFY(hasDuplicateKeys("{\"x\":[{\"b\":1,\"b\":2}]}"));
        QVERIFY(!hasDuplicateKeys("{\"a\":1,\"b\":{\"a\":2}}"));
        QVERIFY(!hasDuplicateKeys("[{\"a\":1},{\"a\":2}]"));
        QVERIFY(!hasDuplicateKeys("{\"a\":\"\\\"a\\\":\",\"b\":1}"));
        QVERIFY(hasDuplicateKeys("{\"a\\\"\":1,\"a\\\"\":2}"));
    }

    void nestingDepthIgnoresBracketsInStrings()
    {
        QCOMPARE(nestingDepth("{}"), std::size_t(1));
        QCOMPARE(nestingDepth("{\"a\":[[1]]}"), std::size_t(3));
        QCOMPARE(nestingDepth("{\"a\":\"[[[[[\"}"), std::size_t(1));
        QCOMPARE(nestingDepth("\"\\\"[\""), std::size_t(0));
    }

    void everyProblemHasWordsInBothLanguages_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("code");
        for (const char* slug : {"not-found", "method-not-allowed", "malformed-json", "invalid-encoding",
                                 "payload-too-large", "unsupported-media-type", "invalid-field", "ineligible",
                                 "unauthenticated", "forbidden", "slot-full", "already-booked", "not-open", "conflict",
                                 "calendar-unknown", "service-unavailable", "internal-error", "lottery-day",
                                 "lottery-day-exists", "day-has-bookings", "lottery-not-open", "lottery-closed",
                                 "already-applied", "lottery-window-open", "lottery-drawn"})
            QTest::newRow(slug) << slug << "";
        for (const char* code : {"checksum", "birth-date", "future-birth-date", "province", "length", "fifteen-digit",
                                 "character", "missing", "wrong-type", "too-long", "empty", "not-a-date"})
            QTest::newRow(code) << "invalid-field" << code;
        for (const char* rule : {"man-under-22", "woman-under-20", "same-sex", "same-person",
                                 "residence-permit-needs-provincial-office"})
            QTest::newRow(rule) << "ineligible" << rule;
    }

    void everyProblemHasWordsInBothLanguages()
    {
        QFETCH(QString, slug);
        QFETCH(QString, code);
        Problem p;
        p.slug = slug.toStdString();
        p.code = code.toStdString();
        p.field = "id_number";
        const auto zh = describe(p, Language::Zh);
        const auto en = describe(p, Language::En);
        QVERIFY(!zh.title.empty() && zh.title != p.slug);
        QVERIFY(!en.title.empty() && en.title != p.slug);
        QVERIFY(zh.detail != en.detail);
        // Chinese text really is Chinese (a CJK ideograph is 3 bytes starting 0xE4..0xE9 in UTF-8).
        QVERIFY(std::any_of(zh.detail.begin(), zh.detail.end(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return b >= 0xE4 && b <= 0xE9;
        }));
        QVERIFY(zh.detail.find("{field}") == std::string::npos);
    }

    void drawRecordReadsBackWhatIsServed()
    {
        const std::string seed(64, 'a');
        wedreg::core::lottery::DrawRecord record;
        record.seedHex = seed;
        record.commitment = wedreg::core::lottery::commitmentOf(seed);
        record.committedAt = 1'800'000'000;
        record.applications = {{"x1", 1'800'000'005}, {"x2", 1'800'000'009}};
        record.ranking = wedreg::core::lottery::rank(seed, record.applications);
        std::ostringstream served;
        drawRecordJson(record)->stringify(served);
        const auto back =
            drawRecordFrom(Poco::JSON::Parser().parse(served.str()).extract<Poco::JSON::Object::Ptr>());
        QCOMPARE(back.commitment, record.commitment);
        QCOMPARE(back.committedAt, record.committedAt);  // through "…+08:00"
        QCOMPARE(back.seedHex, record.seedHex);
        QCOMPARE(back.ranking, record.ranking);
        QCOMPARE(back.applications.size(), std::size_t(2));
        QCOMPARE(back.applications[1].appliedAt, record.applications[1].appliedAt);
        // A record missing its seed (not drawn yet) or with a wrong type is named, not guessed.
        const auto broken = [](const std::string& json) {
            try {
                drawRecordFrom(Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>());
            } catch (const wedreg::core::InvalidField& e) {
                return e.field() + "/" + e.reason();
            }
            return std::string("accepted");
        };
        const std::string head = "{\"commitment\": \"ab\", \"committed_at\": \"2027-01-01T00:00:00+08:00\", ";
        QCOMPARE(broken(head + "\"seed\": null}"), std::string("seed/missing"));
        QCOMPARE(broken(head + "\"seed\": \"ab\", \"applications\": [{\"id\": \"x\", \"applied_at\": \"soon\"}], \"ranking\": []}"),
                 std::string("applications[0].applied_at/wrong-type"));
    }

    void fieldNamesAreSaidAsPeopleSayThem()
    {
        Problem p{Poco::Net::HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "invalid-field", "missing", "phone", {}};
        QCOMPARE(describe(p, Language::Zh).detail, std::string("请填写“手机号码”。"));
        QCOMPARE(describe(p, Language::En).detail, std::string("“phone number” is required."));
    }

    void everyFailedRuleIsSaid()
    {
        Problem p{Poco::Net::HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "ineligible", "man-under-22", {},
                  {"man-under-22", "woman-under-20"}};
        const auto en = describe(p, Language::En).detail;
        QVERIFY(en.find("22") != std::string::npos);
        QVERIFY(en.find("20") != std::string::npos);
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("serverFault");
        QTest::newRow("invalid field") << 0 << 422 << "invalid-field" << false;
        QTest::newRow("ineligible") << 1 << 422 << "ineligible" << false;
        QTest::newRow("not found") << 2 << 404 << "not-found" << false;
        QTest::newRow("conflict") << 3 << 409 << "slot-full" << false;
        QTest::newRow("not open") << 4 << 409 << "not-open" << false;
        QTest::newRow("unavailable") << 5 << 503 << "service-unavailable" << false;
        QTest::newRow("calendar") << 6 << 422 << "calendar-unknown" << false;
        QTest::newRow("unauthenticated") << 7 << 401 << "unauthenticated" << false;
        QTest::newRow("forbidden") << 8 << 403 << "forbidden" << false;
        QTest::newRow("bug") << 9 << 500 << "internal-error" << true;
    }

    void errorMapping()
    {
        QFETCH(int, which);
        QFETCH(int, status);
        QFETCH(QString, slug);
        QFETCH(bool, serverFault);
        std::exception_ptr error;
        try {
            switch (which) {
            case 0: throw wedreg::core::InvalidField("phone", "missing");
            case 1: throw wedreg::core::Ineligible("same-sex");
            case 2: throw wedreg::core::NotFound("hall");
            case 3: throw wedreg::core::Conflict("slot-full");
            case 4: throw wedreg::core::Unavailable("not-open");
            case 5: throw wedreg::core::Unavailable("overloaded");
            case 6: throw wedreg::core::CalendarUnknown(2031);
            case 7: throw wedreg::server::service::Unauthenticated("token");
            case 8: throw wedreg::server::service::Forbidden("role");
            default: throw std::logic_error("a bug");
            }
        } catch (...) {
            error = std::current_exception();
        }
        bool fault = false;
        const auto p = problemFor(error, fault);
        QCOMPARE(static_cast<int>(p.status), status);
        QCOMPARE(QString::fromStdString(p.slug), slug);
        QCOMPARE(fault, serverFault);
    }
};

QTEST_APPLESS_MAIN(TestHttpParts)
#include "tst_http_parts.moc"
