// SPDX-License-Identifier: Apache-2.0
#include "kiosk/backend/LanguageController.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>
#include <QQmlEngine>
#include <QtDebug>

namespace wedreg::kiosk {

namespace {
constexpr const char* kTranslationsDir = ":/i18n";
}

LanguageController::LanguageController(QObject* parent) : QObject(parent) {
  const QString initial = QString::fromLatin1(kDefaultLanguage);
  installTranslator(initial);
  m_language = initial;
}

LanguageController::~LanguageController() {
  if (m_translator) {
    QCoreApplication::removeTranslator(m_translator.get());
  }
}

LanguageController* LanguageController::instance() {
  static LanguageController* const controller = new LanguageController(nullptr);  // process lifetime
  return controller;
}

LanguageController* LanguageController::create(QQmlEngine* qmlEngine, QJSEngine*) {
  LanguageController* controller = instance();
  QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
  controller->addEngine(qmlEngine);
  return controller;
}

QStringList LanguageController::languages() {
  return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool LanguageController::isSupported(const QString& language) {
  return languages().contains(language);
}

QString LanguageController::httpLanguage() const {
  return m_language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh-CN");
}

void LanguageController::addEngine(QQmlEngine* engine) {
  if (engine == nullptr) {
    return;
  }
  m_engines.removeAll(nullptr);  // engines that have gone away
  for (const QPointer<QQmlEngine>& known : std::as_const(m_engines)) {
    if (known == engine) {
      return;
    }
  }
  m_engines.append(engine);
}

void LanguageController::setLanguage(const QString& language) {
  if (!isSupported(language)) {
    qWarning("wedreg: unsupported language '%s' (expected zh_CN or en)", qPrintable(language));
    return;
  }
  if (m_language == language) {
    return;
  }
  installTranslator(language);
  m_language = language;
  for (const QPointer<QQmlEngine>& engine : std::as_const(m_engines)) {
    if (engine) {
      engine->retranslate();
    }
  }
  emit languageChanged();
}

void LanguageController::toggle() {
  setLanguage(m_language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

bool LanguageController::installTranslator(const QString& language) {
  auto translator = std::make_unique<QTranslator>();
  const QString file = QStringLiteral("wedreg_") + language;
  if (!translator->load(file, QString::fromLatin1(kTranslationsDir))) {
    qWarning("wedreg: translation %s/%s.qm is missing", kTranslationsDir, qPrintable(file));
    return false;
  }
  if (m_translator) {
    QCoreApplication::removeTranslator(m_translator.get());
  }
  m_translator = std::move(translator);
  QCoreApplication::installTranslator(m_translator.get());
  return true;
}

}  // namespace wedreg::kiosk
