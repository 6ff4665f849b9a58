// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace wedreg::kiosk {

// The kiosk's display language: "zh_CN" (default) or "en". Switching installs the translator compiled
// from assets/i18n/wedreg_<language>.ts (embedded under qrc:/i18n/) and re-evaluates every qsTr() in
// the QML engines that use this singleton.
class LanguageController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  // "zh-CN" / "en": the value for HTTP Accept-Language.
  Q_PROPERTY(QString httpLanguage READ httpLanguage NOTIFY languageChanged)
  Q_PROPERTY(QStringList languages READ languages CONSTANT)

 public:
  static constexpr const char* kDefaultLanguage = "zh_CN";

  // Qt 6.4 trap: qmlRegisterTypesAndRevisions prefers a default constructor over create(), which
  // would give QML a second, unconfigured instance. So no default constructor: `parent` is required.
  explicit LanguageController(QObject* parent);
  ~LanguageController() override;

  static LanguageController* instance();
  static LanguageController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

  QString language() const { return m_language; }
  // Unknown languages are refused with a warning (nothing changes): check isSupported() first.
  void setLanguage(const QString& language);
  QString httpLanguage() const;
  static QStringList languages();
  static bool isSupported(const QString& language);

  // Engines to retranslate on a switch (create() registers the engines that use the singleton).
  void addEngine(QQmlEngine* engine);

  Q_INVOKABLE void toggle();

 signals:
  void languageChanged();

 private:
  bool installTranslator(const QString& language);

  QString m_language;
  std::unique_ptr<QTranslator> m_translator;
  QList<QPointer<QQmlEngine>> m_engines;
};

}  // namespace wedreg::kiosk
