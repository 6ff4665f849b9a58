// SPDX-License-Identifier: Apache-2.0
// LanguageController: zh_CN by default, switches the compiled translations and retranslates QML.
#include "kiosk/backend/LanguageController.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

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

  // Every string in the .ts sources has its translation in both languages: none unfinished, none
  // empty, every plural form filled (an empty numerus form shows as blank text on the screen).
  void everyMessageIsTranslatedInEveryLanguage() {
    for (const QString& language : LanguageController::languages()) {
      QFile file(QStringLiteral(WEDREG_I18N_DIR "/wedreg_%1.ts").arg(language));
      QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
      QXmlStreamReader xml(&file);
      QStringList missing;
      QString source;
      bool numerus = false;
      int messages = 0;
      while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
          continue;
        }
        if (xml.name() == QLatin1String("message")) {
          numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
          source = xml.readElementText();
          ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
          const auto type = xml.attributes().value(QLatin1String("type")).toString();
          if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
            continue;
          }
          if (type == QLatin1String("unfinished") || (!numerus && xml.readElementText().trimmed().isEmpty())) {
            missing.append(source);
          }
        } else if (xml.name() == QLatin1String("numerusform") && xml.readElementText().trimmed().isEmpty()) {
          missing.append(source);
        }
      }
      QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
      QVERIFY(messages > 100);
      QVERIFY2(missing.isEmpty(), qPrintable(language + QStringLiteral(": ") + missing.join(QStringLiteral(" | "))));
    }
  }
};

QTEST_GUILESS_MAIN(TestLanguageController)
#include "tst_language_controller.moc"
