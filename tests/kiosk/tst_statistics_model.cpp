// SPDX-License-Identifier: Apache-2.0
// StatisticsModel under QAbstractItemModelTester: the yearly report folded into twelve months, bars
// shaped against a round axis top, totals, errors, and nothing sent without a staff token.
#include "kiosk/backend/LanguageController.h"
#include "kiosk/organiser/StatisticsModel.h"
#include "tests/kiosk/OrganiserTestBase.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUrlQuery>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::OrganiserFixture;

class TestStatisticsModel : public QObject {
  Q_OBJECT

 private:
  wedreg::kiosk::test::OrganiserTestBase m_base;

  std::unique_ptr<StatisticsModel> makeModel() {
    auto model = std::make_unique<StatisticsModel>(m_base.api.get());
    model->setSession(m_base.session.get());
    model->setYear(OrganiserFixture::kStatsYear);
    return model;
  }

 private slots:
  void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }
  void init() { QVERIFY(m_base.start()); }
  void cleanup() { m_base.stop(); }

  void asksForTheWholeYearWithTheStaffToken() {
    auto model = makeModel();
    model->setHallId(QStringLiteral("jn-lixia"));
    QVERIFY(m_base.reloadAndWait(*model));
    const QUrlQuery query(QString::fromLatin1(m_base.server->lastQuery("/api/v1/stats")));
    QCOMPARE(query.queryItemValue(QStringLiteral("from")), QStringLiteral("2025-01-01"));
    QCOMPARE(query.queryItemValue(QStringLiteral("to")), QStringLiteral("2025-12-31"));
    QCOMPARE(query.queryItemValue(QStringLiteral("hall")), QStringLiteral("jn-lixia"));
    QCOMPARE(m_base.server->lastHeader("/api/v1/stats", "Authorization"), QByteArray("Bearer tok-organiser-1"));
  }

  void foldsHallsIntoTwelveMonths() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 12);
    QVERIFY(!model->ready());
    QVERIFY(m_base.reloadAndWait(*model));
    QVERIFY(model->ready());
    QVERIFY(model->errorText().isEmpty());
    QCOMPARE(model->rowCount(), 12);
    for (int i = 0; i < 12; ++i) {
      const QModelIndex index = model->index(i);
      QCOMPARE(index.data(StatisticsModel::MonthRole).toInt(), i + 1);
      const int marriages = OrganiserFixture::kMarriages[static_cast<std::size_t>(i)] +
                            (i == 4 ? OrganiserFixture::kSecondHallMayMarriages : 0);
      QCOMPARE(index.data(StatisticsModel::MarriagesRole).toInt(), marriages);
      QCOMPARE(index.data(StatisticsModel::DivorceRelatedRole).toInt(),
               OrganiserFixture::kDivorceApplications[static_cast<std::size_t>(i)] +
                   OrganiserFixture::kDivorces[static_cast<std::size_t>(i)]);
    }
    // May: 260 + 40 marriages is the tallest bar; the axis top is the next round number.
    QCOMPARE(model->axisMax(), 500);
    QCOMPARE(model->axisTicks(), (QList<int>{0, 125, 250, 375, 500}));
    QCOMPARE(model->index(4).data(StatisticsModel::MarriageFractionRole).toDouble(), 300.0 / 500.0);
    QCOMPARE(model->index(11).data(StatisticsModel::DivorceFractionRole).toDouble(), (169.0 + 65.0) / 500.0);
    QCOMPARE(model->totalMarriages(), 1960);
    QCOMPARE(model->totalDivorceApplications(), 1614);
    QCOMPARE(model->totalDivorces(), 650);
    QCOMPARE(model->totalReissues(), 599);
    QCOMPARE(model->totalActs(), 1960 + 1614 + 650 + 599 + 130);
  }

  void rowsOfAnotherYearAreNotCharted() {
    auto model = makeModel();
    model->setYear(OrganiserFixture::kStatsYear + 1);
    QVERIFY(m_base.reloadAndWait(*model));
    QVERIFY(model->ready());
    for (int i = 0; i < 12; ++i) {
      QCOMPARE(model->index(i).data(StatisticsModel::MarriagesRole).toInt(), 0);
    }
    QCOMPARE(model->axisMax(), 1);
  }

  void monthLabelsFollowTheLanguage() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->index(4).data(StatisticsModel::MonthLabelRole).toString(), QStringLiteral("5月"));
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->index(4).data(StatisticsModel::MonthLabelRole).toString(), QStringLiteral("May"));
  }

  void anotherYearForgetsTheNumbersUntilItArrives() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_base.reloadAndWait(*model));
    QCOMPARE(model->totalMarriages(), 1960);
    model->setYear(OrganiserFixture::kStatsYear - 1);
    QVERIFY(!model->ready());
    QCOMPARE(model->totalMarriages(), 0);
    QCOMPARE(model->index(4).data(StatisticsModel::MarriagesRole).toInt(), 0);
  }

  void niceAxisTops() {
    QCOMPARE(StatisticsModel::niceAxisMax(0), 1);
    QCOMPARE(StatisticsModel::niceAxisMax(1), 1);
    QCOMPARE(StatisticsModel::niceAxisMax(3), 5);
    QCOMPARE(StatisticsModel::niceAxisMax(7), 10);
    QCOMPARE(StatisticsModel::niceAxisMax(11), 20);
    QCOMPARE(StatisticsModel::niceAxisMax(260), 500);
    QCOMPARE(StatisticsModel::niceAxisMax(1000), 1000);
    QCOMPARE(StatisticsModel::niceAxisMax(1001), 2000);
  }

  void aRefusalIsReadableAndKeepsTheLastReport() {
    auto model = makeModel();
    QVERIFY(m_base.reloadAndWait(*model));
    m_base.server->setResponse(
        "GET /api/v1/stats",
        {403, "application/problem+json",
         FakeServer::problemJson(403, "/problems/forbidden", QStringLiteral("Forbidden"),
                                 QStringLiteral("Your role may not see these statistics."))});
    QVERIFY(m_base.reloadAndWait(*model));
    QCOMPARE(model->errorText(), QStringLiteral("Your role may not see these statistics."));
    QCOMPARE(model->totalMarriages(), 1960);
  }

  void nothingIsAskedWhenSignedOut() {
    auto model = makeModel();
    m_base.session->lock();
    model->reload();
    QVERIFY(!model->loading());
    QTest::qWait(100);
    QCOMPARE(m_base.server->requestCount("/api/v1/stats"), 0);
  }

  void clearForgetsTheReport() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_base.reloadAndWait(*model));
    model->clear();
    QVERIFY(!model->ready());
    QCOMPARE(model->totalActs(), 0);
    QCOMPARE(model->index(4).data(StatisticsModel::MarriagesRole).toInt(), 0);
  }
};

QTEST_MAIN(TestStatisticsModel)
#include "tst_statistics_model.moc"
