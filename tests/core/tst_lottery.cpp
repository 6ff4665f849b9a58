// SPDX-License-Identifier: Apache-2.0
// The verifiable lottery (issue 3 §5): a draw re-run from its published record gives the same
// ranking; one byte of the seed changed gives another; the commitment predates every application.

#include "core/lottery/Draw.h"

#include <QtTest>

#include <algorithm>
#include <stdexcept>

using namespace wedreg::core::lottery;

namespace {

const std::string kSeed = "5b2f8e0c1d9a7744e6c3b1a09f8d7e6c5b4a39281706f5e4d3c2b1a098877665";

DrawRecord published()
{
    DrawRecord r;
    r.seedHex = kSeed;
    r.commitment = commitmentOf(kSeed);
    r.committedAt = 1'747'670'400;  // window open
    for (int i = 0; i < 200; ++i)
        r.applications.push_back({"app-" + std::to_string(i), r.committedAt + 1 + i});
    r.ranking = rank(kSeed, r.applications);
    return r;
}

}  // namespace

class TestLottery : public QObject {
    Q_OBJECT

private slots:
    void freshSeedsAre32RandomBytes()
    {
        const auto a = newSeedHex(), b = newSeedHex();
        QCOMPARE(a.size(), std::size_t(64));
        QVERIFY(std::all_of(a.begin(), a.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
        QVERIFY(a != b);
        QCOMPARE(commitmentOf(a).size(), std::size_t(64));
    }

    void commitmentIsSha256OfTheSeedBytes()
    {
        // SHA-256 of the one byte 0x00, a published test vector.
        QCOMPARE(commitmentOf("00"), std::string("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
    }

    void rerunFromThePublishedRecordGivesTheSameRanking()
    {
        const auto record = published();
        QVERIFY(verify(record).empty());
        QCOMPARE(rank(record.seedHex, record.applications), record.ranking);
        // The order applications are listed in does not matter.
        auto shuffled = record.applications;
        std::reverse(shuffled.begin(), shuffled.end());
        QCOMPARE(rank(record.seedHex, shuffled), record.ranking);
        QCOMPARE(record.ranking.size(), record.applications.size());
    }

    void oneByteOfTheSeedChangesTheRanking()
    {
        auto record = published();
        auto other = kSeed;
        other[0] = other[0] == '5' ? '6' : '5';
        QVERIFY(rank(other, record.applications) != record.ranking);
        // Revealing another seed than the committed one is caught, as is a doctored ranking.
        record.seedHex = other;
        const auto failures = verify(record);
        QVERIFY(std::find(failures.begin(), failures.end(), "seed-not-committed") != failures.end());
        QVERIFY(std::find(failures.begin(), failures.end(), "ranking-differs") != failures.end());
        auto doctored = published();
        std::swap(doctored.ranking[0], doctored.ranking[1]);
        QCOMPARE(verify(doctored), std::vector<std::string>{"ranking-differs"});
    }

    void commitmentMustPredateTheFirstApplication()
    {
        auto record = published();
        QVERIFY(record.committedAt < record.applications.front().appliedAt);
        record.committedAt = record.applications.front().appliedAt + 1;
        QCOMPARE(verify(record), std::vector<std::string>{"commitment-late"});
    }

    void badSeedNeverCrashes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rank("abc", {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, commitmentOf("zz"));
        auto record = published();
        record.seedHex = "not hex";
        QCOMPARE(verify(record).size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestLottery)
#include "tst_lottery.moc"
