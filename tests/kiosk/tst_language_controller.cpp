// SPDX-License-Identifier: Apache-2.0
// LanguageController: zh_CN by default, switches the compiled translations and retranslates QML.
#include "kiosk/backend/LanguageController.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wedreg::kiosk;

class TestLanguageController : public QObject {
  Q_OBJECT

 private:
  static QString translated(const char* context, const char* source) {
    return QCoreApplication::translate(context, source);
  }

 private slots:
  void startsInChinese() {
    LanguageController* controller = LanguageController::instance();
    QCOMPARE(controller->language(), QStringLiteral("zh_CN"));
    QCOMPARE(controller->httpLanguage(), QStringLiteral("zh-CN"));
    QCOMPARE(translated("AttractPage", "Touch the screen to start"), QStringLiteral("触摸屏幕开始"));
    QCOMPARE(translated("wedreg::kiosk::ApiClient", "The server cannot be reached."),
             QStringLiteral("无法连接服务器。"));
  }

  void switchesToEnglishAndBack() {
    LanguageController* controller = LanguageController::instance();
    QSignalSpy spy(controller, &LanguageController::languageChanged);
    controller->setLanguage(QStringLiteral("en"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(controller->language(), QStringLiteral("en"));
    QCOMPARE(controller->httpLanguage(), QStringLiteral("en"));
    QCOMPARE(translated("AttractPage", "Touch the screen to start"),
             QStringLiteral("Touch the screen to start"));
    controller->setLanguage(QStringLiteral("en"));  // no change, no signal
    QCOMPARE(spy.count(), 1);
    controller->toggle();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(controller->language(), QStringLiteral("zh_CN"));
    QCOMPARE(translated("AttractPage", "Touch the screen to start"), QStringLiteral("触摸屏幕开始"));
  }

  void rejectsUnknownLanguages() {
    LanguageController* controller = LanguageController::instance();
    QSignalSpy spy(controller, &LanguageController::languageChanged);
    QTest::ignoreMessage(QtWarningMsg, "wedreg: unsupported language 'fr' (expected zh_CN or en)");
    controller->setLanguage(QStringLiteral("fr"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(controller->language(), QStringLiteral("zh_CN"));
    QVERIFY(LanguageController::isSupported(QStringLiteral("en")));
    QVERIFY(!LanguageController::isSupported(QStringLiteral("zh")));
  }

  void retranslatesQmlEngines() {
    LanguageController* controller = LanguageController::instance();
    QQmlEngine engine;
    controller->addEngine(&engine);
    // qsTr() takes its context from the file name: pretend to be AttractPage.qml.
    QQmlComponent component(&engine);
    component.setData("import QtQml\nQtObject { property string start: qsTr(\"Touch the screen to start\") }",
                      QUrl(QStringLiteral("qrc:/test/AttractPage.qml")));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    QCOMPARE(object->property("start").toString(), QStringLiteral("触摸屏幕开始"));
    controller->setLanguage(QStringLiteral("en"));
    QCOMPARE(object->property("start").toString(), QStringLiteral("Touch the screen to start"));
    controller->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(object->property("start").toString(), QStringLiteral("触摸屏幕开始"));
  }

  void everyShippedLanguageHasATranslation() {
    for (const QString& language : LanguageController::languages()) {
      QTranslator translator;
      QVERIFY2(translator.load(QStringLiteral("wedreg_") + language, QStringLiteral(":/i18n")),
               qPrintable(language));
      QVERIFY(!translator.isEmpty());
    }
  }
};

QTEST_GUILESS_MAIN(TestLanguageController)
#include "tst_language_controller.moc"
