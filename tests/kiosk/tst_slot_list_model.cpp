// SPDX-License-Identifier: Apache-2.0
// SlotListModel and DayListModel under QAbstractItemModelTester, fed by FakeServer's slot list.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"
#include "kiosk/booking/DayListModel.h"
#include "kiosk/booking/SlotListModel.h"
#include "tests/kiosk/FakeServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

namespace {
const QByteArray kSlotsPath = "/api/v1/halls/hz-xihu/slots";

QDate beijingToday() {
  return toBeijing(QDateTime::currentDateTimeUtc()).date();
}
}  // namespace

class TestSlotListModel : public QObject {
  Q_OBJECT

 private:
  bool reloadAndWait(SlotListModel& model) {
    QSignalSpy done(&model, &SlotListModel::reloaded);
    model.reload();
    return done.wait(5000);
  }

  std::unique_ptr<SlotListModel> makeModel() {
    auto model = std::make_unique<SlotListModel>(m_api.get());
    model->setHallId(QStringLiteral("hz-xihu"));
    model->setService(QStringLiteral("marriage"));
    return model;
  }

 private slots:
  void initTestCase() {
    // The texts checked below are the English source strings.
    LanguageController::instance()->setLanguage(QStringLiteral("en"));
  }

  void init() {
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    m_server->serveDefaults();
    m_server->serveBooking("hz-xihu");
    m_api = std::make_unique<ApiClient>(nullptr);
    m_api->setBaseUrl(m_server->url());
    m_api->setTimeoutMs(1000);
  }

  void cleanup() {
    m_api.reset();
    m_server.reset();
  }

  void asksForTheServiceAndTwoWeeks() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(*model));
    const QByteArray query = m_server->lastQuery(kSlotsPath);
    QVERIFY2(query.contains("service=marriage"), query.constData());
    const QDate today = beijingToday();
    QVERIFY2(query.contains("from=" + today.toString(Qt::ISODate).toLatin1()), query.constData());
    QVERIFY2(query.contains("to=" + today.addDays(13).toString(Qt::ISODate).toLatin1()), query.constData());
    QCOMPARE(model->fromDate(), today);
    QCOMPARE(model->totalCount(), 4);
    QCOMPARE(model->count(), 0);  // no day chosen yet
    QVERIFY(model->errorText().isEmpty());
    QVERIFY(!model->loading());
  }

  void rowsAreTheChosenDaysSlots() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(*model));
    QSignalSpy dayChanged(model.get(), &SlotListModel::dayChanged);
    model->selectDay(beijingToday().toString(Qt::ISODate));
    QCOMPARE(dayChanged.count(), 1);
    QCOMPARE(model->count(), 2);
    const QModelIndex first = model->index(0);
    QCOMPARE(first.data(SlotListModel::IdRole).toString(), QStringLiteral("s-1"));
    QCOMPARE(first.data(SlotListModel::TimeLabelRole).toString(), QStringLiteral("09:00–09:30"));
    QCOMPARE(first.data(SlotListModel::AvailableRole).toInt(), 7);
    QCOMPARE(first.data(SlotListModel::AvailabilityRole).toString(), QStringLiteral("plenty"));
    QVERIFY(first.data(SlotListModel::SelectableRole).toBool());
    const QModelIndex full = model->index(1);
    QCOMPARE(full.data(SlotListModel::AvailabilityRole).toString(), QStringLiteral("full"));
    QVERIFY(!full.data(SlotListModel::SelectableRole).toBool());
    model->setDay(beijingToday().addDays(1));
    QCOMPARE(model->count(), 1);
    QCOMPARE(model->index(0).data(SlotListModel::AvailabilityRole).toString(), QStringLiteral("few"));
    model->setDay(beijingToday().addDays(1));  // no change, no signal
    QCOMPARE(dayChanged.count(), 2);
  }

  void notYetOpenSlotCountsDown() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(*model));
    model->setDay(beijingToday().addDays(2));
    QCOMPARE(model->count(), 1);
    const QModelIndex slot = model->index(0);
    QCOMPARE(slot.data(SlotListModel::AvailabilityRole).toString(), QStringLiteral("notOpen"));
    QVERIFY(!slot.data(SlotListModel::IsOpenRole).toBool());
    QVERIFY(!slot.data(SlotListModel::SelectableRole).toBool());
    QVERIFY(slot.data(SlotListModel::OpensInTextRole).toString().startsWith(QStringLiteral("Opens in 1 d")));
    // A day and more later the slot is open: the tick refreshes the rows.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(27 * 3600);
    model->setClock([later] { return later; });
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->tick();
    QCOMPARE(changed.count(), 1);
    QVERIFY(model->index(0).data(SlotListModel::IsOpenRole).toBool());
    QVERIFY(model->index(0).data(SlotListModel::OpensInTextRole).toString().isEmpty());
  }

  void countdownText() {
    QCOMPARE(SlotListModel::opensInText(3723), QStringLiteral("Opens in 01:02:03"));
    QCOMPARE(SlotListModel::opensInText(90061), QStringLiteral("Opens in 1 d 01:01:01"));
    QCOMPARE(SlotListModel::opensInText(-5), QStringLiteral("Opens in 00:00:00"));
  }

  void failureSaysWhyAndClearsSlots() {
    m_server->setResponse(kSlotsPath, {503, "application/problem+json",
                                       FakeServer::problemJson(503, "https://wedreg.example/problems/unavailable",
                                                               QStringLiteral("Unavailable"),
                                                               QStringLiteral("维护中"))});
    auto model = makeModel();
    QVERIFY(reloadAndWait(*model));
    QCOMPARE(model->errorText(), QStringLiteral("维护中"));
    QCOMPARE(model->totalCount(), 0);
  }

  void needsHallAndService() {
    SlotListModel model(m_api.get());
    model.reload();
    QVERIFY(!model.loading());
    QCOMPARE(m_server->requestCount(kSlotsPath), 0);
  }

  void describeGivesDayAndTime() {
    auto model = makeModel();
    QVERIFY(reloadAndWait(*model));
    const QString text = model->describe(QStringLiteral("s-3"));
    QVERIFY2(text.contains(QStringLiteral("09:00–09:30")), qPrintable(text));
    QVERIFY(model->describe(QStringLiteral("nope")).isEmpty());
  }

  void clearForgetsEverything() {
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(*model));
    model->setDay(beijingToday());
    model->clear();
    QCOMPARE(model->count(), 0);
    QCOMPARE(model->totalCount(), 0);
    QVERIFY(model->hallId().isEmpty());
    QVERIFY(model->service().isEmpty());
    QVERIFY(!model->day().isValid());
    QVERIFY(!model->fromDate().isValid());
  }

  void daysSummariseTheSlots() {
    auto model = makeModel();
    DayListModel days;
    QAbstractItemModelTester tester(&days, QAbstractItemModelTester::FailureReportingMode::QtTest);
    days.setSlotModel(model.get());
    QCOMPARE(days.count(), 0);
    QVERIFY(reloadAndWait(*model));
    QCOMPARE(days.count(), SlotListModel::kDefaultDays);
    const QModelIndex today = days.index(0);
    QCOMPARE(today.data(DayListModel::IsoDateRole).toString(), beijingToday().toString(Qt::ISODate));
    QCOMPARE(today.data(DayListModel::AvailableRole).toInt(), 7);
    QCOMPARE(today.data(DayListModel::SlotCountRole).toInt(), 2);
    QCOMPARE(today.data(DayListModel::AvailabilityRole).toString(), QStringLiteral("plenty"));
    QVERIFY(today.data(DayListModel::SelectableRole).toBool());
    QVERIFY(!today.data(DayListModel::HotRole).toBool());  // 13 of 20 booked
    const QModelIndex tomorrow = days.index(1);
    QCOMPARE(tomorrow.data(DayListModel::AvailabilityRole).toString(), QStringLiteral("few"));
    QVERIFY(tomorrow.data(DayListModel::HotRole).toBool());  // 9 of 10 booked
    QCOMPARE(days.index(2).data(DayListModel::AvailabilityRole).toString(), QStringLiteral("notOpen"));
    QCOMPARE(days.index(3).data(DayListModel::AvailabilityRole).toString(), QStringLiteral("none"));
    QVERIFY(!days.index(3).data(DayListModel::SelectableRole).toBool());
    QVERIFY(!today.data(DayListModel::DayLabelRole).toString().isEmpty());
    QVERIFY(!today.data(DayListModel::WeekdayRole).toString().isEmpty());
    model->clear();
    QCOMPARE(days.count(), 0);
  }

 private:
  std::unique_ptr<FakeServer> m_server;
  std::unique_ptr<ApiClient> m_api;
};

QTEST_MAIN(TestSlotListModel)
#include "tst_slot_list_model.moc"
