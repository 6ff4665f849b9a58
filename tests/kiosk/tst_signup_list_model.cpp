// SPDX-License-Identifier: Apache-2.0
// SignupListModel under QAbstractItemModelTester: an organiser's sign-up list in sign-up order, masked
// names as the server gives them, the token sent, nothing asked when signed out.
#include "kiosk/backend/LanguageController.h"
#include "kiosk/organiser/SignupListModel.h"
#include "tests/kiosk/OrganiserTestBase.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::OrganiserFixture;

class TestSignupListModel : public QObject {
  Q_OBJECT

 private:
  wedreg::kiosk::test::OrganiserTestBase m_base;
  const QByteArray m_path = QByteArray("/api/v1/ceremonies/") + OrganiserFixture::kCeremonyId + "/registrations";

 private slots:
  void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }
  void init() { QVERIFY(m_base.start()); }
  void cleanup() { m_base.stop(); }

  void listsSignUpsInOrderWithMaskedNames() {
    SignupListModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_base.session.get());
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    QVERIFY(m_base.reloadAndWait(model));
    QCOMPARE(model.count(), 4);
    QCOMPARE(model.activeCount(), 3);
    QCOMPARE(model.index(0).data(SignupListModel::NamesRole).toString(), QStringLiteral("张* & 李*"));
    QCOMPARE(model.index(0).data(SignupListModel::StatusRole).toString(), QStringLiteral("checked_in"));
    QCOMPARE(model.index(3).data(SignupListModel::WaitlistPositionRole).toInt(), 1);
    QCOMPARE(model.index(3).data(SignupListModel::SessionRole).toInt(), 0);
    QCOMPARE(model.index(1).data(SignupListModel::SequenceRole).toInt(), 2);
    QCOMPARE(m_base.server->lastHeader(m_path, "Authorization"), QByteArray("Bearer tok-organiser-1"));
    model.clear();
    QCOMPARE(model.count(), 0);
  }

  void nothingIsAskedWhenSignedOut() {
    SignupListModel model(m_base.api.get());
    model.setSession(m_base.session.get());
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    m_base.session->lock();
    model.reload();
    QVERIFY(!model.loading());
    QTest::qWait(100);
    QCOMPARE(m_base.server->requestCount(m_path), 0);
  }

  void aRefusalIsReadable() {
    m_base.server->setResponse("GET " + m_path,
                               {403, "application/problem+json",
                                wedreg::kiosk::test::FakeServer::problemJson(
                                    403, "/problems/forbidden", QStringLiteral("Forbidden"),
                                    QStringLiteral("Only organisers may see sign-ups."))});
    SignupListModel model(m_base.api.get());
    model.setSession(m_base.session.get());
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    QVERIFY(m_base.reloadAndWait(model));
    QCOMPARE(model.errorText(), QStringLiteral("Only organisers may see sign-ups."));
  }
};

QTEST_MAIN(TestSignupListModel)
#include "tst_signup_list_model.moc"
