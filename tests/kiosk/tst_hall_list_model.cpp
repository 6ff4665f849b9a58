// SPDX-License-Identifier: Apache-2.0
// HallListModel under QAbstractItemModelTester, fed by FakeServer.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/HallListModel.h"
#include "tests/kiosk/FakeServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

class TestHallListModel : public QObject {
  Q_OBJECT

 private:
  static QVariant role(const HallListModel& model, int row, HallListModel::Role r) {
    return model.data(model.index(row), r);
  }

  // Reload and wait for it to finish.
  static bool reloadAndWait(HallListModel& model) {
    QSignalSpy done(&model, &HallListModel::reloaded);
    model.reload();
    return done.wait(5000);
  }

 private slots:
  void init() {
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    m_server->serveDefaults();
    m_api = std::make_unique<ApiClient>(nullptr);
    m_api->setBaseUrl(m_server->url());
    m_api->setTimeoutMs(1000);
  }

  void cleanup() {
    m_api.reset();
    m_server.reset();
  }

  void loadsHallsWithOwnHallFirst() {
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOwnHallId(QStringLiteral("hz-xihu"));
    QCOMPARE(model.status(), HallListModel::Status::Null);
    QSignalSpy loadingSpy(&model, &HallListModel::loadingChanged);
    model.reload();
    QVERIFY(model.loading());
    QCOMPARE(model.status(), HallListModel::Status::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 5000);
    QCOMPARE(loadingSpy.count(), 2);
    QCOMPARE(model.status(), HallListModel::Status::Ready);
    QCOMPARE(model.count(), 4);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.errorText().isEmpty());

    // Own hall first, the rest in the server's order.
    QCOMPARE(role(model, 0, HallListModel::IdRole).toString(), QStringLiteral("hz-xihu"));
    QCOMPARE(role(model, 0, HallListModel::IsOwnHallRole).toBool(), true);
    QCOMPARE(role(model, 1, HallListModel::IdRole).toString(), QStringLiteral("bj-dongcheng"));
    QCOMPARE(role(model, 2, HallListModel::IdRole).toString(), QStringLiteral("gd-provincial"));
    QCOMPARE(role(model, 3, HallListModel::IdRole).toString(), QStringLiteral("sh-ceremony"));
    QCOMPARE(role(model, 1, HallListModel::IsOwnHallRole).toBool(), false);

    QCOMPARE(role(model, 0, HallListModel::NameRole).toString(), QStringLiteral("西湖特色婚姻登记点"));
    QCOMPARE(role(model, 0, HallListModel::NameEnRole).toString(),
             QStringLiteral("West Lake Themed Registration Spot"));
    QCOMPARE(role(model, 0, HallListModel::KindRole).toString(), QStringLiteral("themed"));
    QCOMPARE(role(model, 0, HallListModel::CityRole).toString(), QStringLiteral("杭州市"));
    QCOMPARE(role(model, 2, HallListModel::ProvincialLevelRole).toBool(), true);
    QCOMPARE(role(model, 2, HallListModel::ServicesRole).toStringList(),
             QStringList({"marriage", "divorce", "reissue", "counselling"}));
    QCOMPARE(role(model, 3, HallListModel::KindRole).toString(), QStringLiteral("ceremony_venue"));
    QCOMPARE(model.ownHallName(), QStringLiteral("西湖特色婚姻登记点"));
    QCOMPARE(model.ownHallKind(), QStringLiteral("themed"));
  }

  void roleNamesAreTheQmlContract() {
    HallListModel model(m_api.get());
    const QHash<int, QByteArray> names = model.roleNames();
    for (const char* name : {"id", "name", "nameZh", "nameEn", "kind", "city", "address",
                             "provincialLevel", "services", "isOwnHall"}) {
      QVERIFY2(names.values().contains(name), name);
    }
    QCOMPARE(int(HallListModel::IdRole), int(Qt::UserRole));
  }

  void nameFollowsLanguage() {
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOwnHallId(QStringLiteral("bj-dongcheng"));
    QVERIFY(reloadAndWait(model));
    QSignalSpy dataSpy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy ownSpy(&model, &HallListModel::ownHallChanged);
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(dataSpy.count(), 1);
    QCOMPARE(ownSpy.count(), 1);
    QCOMPARE(role(model, 0, HallListModel::NameRole).toString(),
             QStringLiteral("Dongcheng District Marriage Registration Office"));
    QCOMPARE(model.ownHallName(), QStringLiteral("Dongcheng District Marriage Registration Office"));
    model.setLanguage(QStringLiteral("en"));  // no change, no signal
    QCOMPARE(dataSpy.count(), 1);
    model.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(role(model, 0, HallListModel::NameRole).toString(), QStringLiteral("东城区婚姻登记处"));
  }

  void settersSignalOnlyOnChange() {
    HallListModel model(m_api.get());
    QSignalSpy idSpy(&model, &HallListModel::ownHallIdChanged);
    QSignalSpy languageSpy(&model, &HallListModel::languageChanged);
    model.setOwnHallId(QStringLiteral("x"));
    model.setOwnHallId(QStringLiteral("x"));
    model.setLanguage(QStringLiteral("zh_CN"));  // the default
    QCOMPARE(idSpy.count(), 1);
    QCOMPARE(languageSpy.count(), 0);
  }

  void changingOwnHallReorders() {
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(role(model, 0, HallListModel::IdRole).toString(), QStringLiteral("bj-dongcheng"));
    QVERIFY(model.ownHallName().isEmpty());
    model.setOwnHallId(QStringLiteral("sh-ceremony"));
    QCOMPARE(role(model, 0, HallListModel::IdRole).toString(), QStringLiteral("sh-ceremony"));
    QCOMPARE(model.ownHallName(), QStringLiteral("上海集体颁证礼堂"));
  }

  void problemJsonBecomesErrorText() {
    m_server->setResponse("/api/v1/halls",
                          {503, "application/problem+json",
                           FakeServer::problemJson(503, "https://wedreg.example/problems/unavailable",
                                                   QStringLiteral("Unavailable"),
                                                   QStringLiteral("服务暂不可用"))});
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.status(), HallListModel::Status::Error);
    QCOMPARE(model.errorText(), QStringLiteral("服务暂不可用"));
    QVERIFY(!model.loading());
    QCOMPARE(model.count(), 0);
  }

  void failedReloadKeepsRows() {
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.count(), 4);
    m_server->setMode(FakeServer::Mode::CloseConnection);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.status(), HallListModel::Status::Error);
    QVERIFY(!model.errorText().isEmpty());
    QCOMPARE(model.count(), 4);
    // Back: the error goes away.
    m_server->setMode(FakeServer::Mode::Serve);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.status(), HallListModel::Status::Ready);
    QVERIFY(model.errorText().isEmpty());
  }

  void silentServerTimesOut() {
    m_server->setMode(FakeServer::Mode::Silent);
    m_api->setTimeoutMs(300);
    HallListModel model(m_api.get());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.status(), HallListModel::Status::Error);
    QCOMPARE(model.errorText(), ApiClient::tr("The server did not answer in time."));
  }

  void skipsEntriesWithoutIdOrName() {
    m_server->setResponse("/api/v1/halls",
                          {200, "application/json",
                           R"([{"id":"a","name":"甲登记处","kind":"office"},{"name":"无编号"},
                               {"id":"b"},{"id":"c","name_en":"C Hall","kind":"themed"}])"});
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.count(), 2);
    // A hall with only an English name still shows a name in Chinese mode.
    QCOMPARE(role(model, 1, HallListModel::NameRole).toString(), QStringLiteral("C Hall"));
  }

  void objectInsteadOfArrayIsAnError() {
    m_server->setResponse("/api/v1/halls", {200, "application/json", R"({"halls":[]})"});
    HallListModel model(m_api.get());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.status(), HallListModel::Status::Error);
    QVERIFY(!model.errorText().isEmpty());
  }

  void reloadWhileLoadingRestarts() {
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&model, &HallListModel::reloaded);
    model.reload();
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 5000);
    QTest::qWait(100);
    QCOMPARE(done.count(), 1);  // the first request was cancelled, not reported
    QCOMPARE(model.count(), 4);
  }

  void clearEmptiesTheModel() {
    HallListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloadAndWait(model));
    QSignalSpy countSpy(&model, &HallListModel::countChanged);
    model.clear();
    QCOMPARE(model.count(), 0);
    QCOMPARE(countSpy.count(), 1);
    QCOMPARE(model.status(), HallListModel::Status::Null);
  }

 private:
  std::unique_ptr<FakeServer> m_server;
  std::unique_ptr<ApiClient> m_api;
};

QTEST_GUILESS_MAIN(TestHallListModel)
#include "tst_hall_list_model.moc"
