// SPDX-License-Identifier: Apache-2.0
// wedreg-kiosk: the touchscreen app in registration halls. Everything but argument handling lives in
// wedreg_kiosk_backend and the WedReg.Ui QML module.
#include "kiosk/app/AppSetup.h"
#include "kiosk/app/ScreenshotSequence.h"
#include "kiosk/backend/KioskSettings.h"
#include "kiosk/backend/LanguageController.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

#include <cstdio>
#include <ctime>

using namespace wedreg::kiosk;

namespace {
// VmRSS from /proc/self/status (Linux), 0 when unreadable.
long long residentKilobytes() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly)) {
    return 0;
  }
  for (const QByteArray& line : status.readAll().split('\n')) {
    if (line.startsWith("VmRSS:")) {
      return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
  }
  return 0;
}
}  // namespace

int main(int argc, char* argv[]) {
  // A registration hall keeps Beijing time whatever zone the machine was installed with: the clock
  // and every date on screen are Asia/Shanghai (DESIGN.md §4).
  qputenv("TZ", "Asia/Shanghai");
  tzset();
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("wedreg-kiosk"));
  QGuiApplication::setOrganizationName(QStringLiteral("wedreg"));
  QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("wedreg registration-hall kiosk"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption serverOption(
      QStringLiteral("server"), QStringLiteral("Server base URL (default %1).")
                                    .arg(QString::fromLatin1(KioskSettings::kDefaultServerUrl)),
      QStringLiteral("URL"), QString::fromLatin1(KioskSettings::kDefaultServerUrl));
  const QCommandLineOption hallOption(QStringLiteral("hall"),
                                      QStringLiteral("The id of the hall this kiosk stands in."),
                                      QStringLiteral("ID"));
  const QCommandLineOption counterOption(
      QStringLiteral("counter"),
      QStringLiteral("The registrar counter this kiosk stands at, 1-16 letters or digits (default %1).")
          .arg(QString::fromLatin1(KioskSettings::kDefaultCounter)),
      QStringLiteral("NAME"), QString::fromLatin1(KioskSettings::kDefaultCounter));
  const QCommandLineOption languageOption(
      QStringLiteral("language"), QStringLiteral("Start-up language: zh_CN (default) or en."),
      QStringLiteral("LANG"), QString::fromLatin1(LanguageController::kDefaultLanguage));
  const QCommandLineOption idleOption(
      QStringLiteral("idle-timeout"),
      QStringLiteral("Seconds without a touch before the kiosk resets (default %1).")
          .arg(KioskSettings::kDefaultIdleTimeoutSeconds),
      QStringLiteral("SECONDS"), QString::number(KioskSettings::kDefaultIdleTimeoutSeconds));
  const QCommandLineOption trustRootOption(
      QStringLiteral("trust-root"),
      QStringLiteral("The pinned root certificate (PEM) for offline certificate checks "
                     "(certs/dev/signing/root.crt in development)."),
      QStringLiteral("FILE"));
  const QCommandLineOption clientCertOption(
      QStringLiteral("client-cert"),
      QStringLiteral("This kiosk's TLS client certificate (PEM) for an https server "
                     "(certs/make-dev-pki: kiosk-HALL.crt)."),
      QStringLiteral("FILE"));
  const QCommandLineOption clientKeyOption(
      QStringLiteral("client-key"), QStringLiteral("The private key (PEM) of --client-cert."),
      QStringLiteral("FILE"));
  const QCommandLineOption caOption(
      QStringLiteral("ca"),
      QStringLiteral("The CA certificate (PEM) that signs the server's certificate; the only one trusted "
                     "for an https server when given (certs/make-dev-pki: ca.crt)."),
      QStringLiteral("FILE"));
  const QCommandLineOption screenshotsOption(
      QStringLiteral("screenshots"),
      QStringLiteral("Once the hall list has loaded (or failed), write attract-zh_CN.png and "
                     "attract-en.png to DIR."),
      QStringLiteral("DIR"));
  const QCommandLineOption startupReportOption(
      QStringLiteral("startup-report"),
      QStringLiteral("Print first_frame_epoch_ns and rss_kb once the first frame is drawn, then exit "
                     "(bench/run-kiosk-start)."));
  const QCommandLineOption startupBaselineOption(
      QStringLiteral("startup-baseline"),
      QStringLiteral("With --startup-report: load an empty window instead of the kiosk (the "
                     "benchmark's same-run baseline)."));
  const QCommandLineOption quitOption(QStringLiteral("quit-after-screenshots"),
                                     QStringLiteral("Exit after writing the screenshots."));
  parser.addOptions(
      {serverOption, hallOption, counterOption, languageOption, idleOption, trustRootOption, clientCertOption,
       clientKeyOption, caOption, screenshotsOption, quitOption, startupReportOption,
       startupBaselineOption});
  parser.process(app);

  const QUrl serverUrl = QUrl::fromUserInput(parser.value(serverOption));
  if (!serverUrl.isValid() || serverUrl.scheme().isEmpty() || serverUrl.host().isEmpty()) {
    std::fprintf(stderr, "wedreg-kiosk: invalid --server URL '%s'\n",
                 qPrintable(parser.value(serverOption)));
    return 2;
  }
  const QString language = parser.value(languageOption);
  if (!LanguageController::isSupported(language)) {
    std::fprintf(stderr, "wedreg-kiosk: --language must be zh_CN or en, not '%s'\n",
                 qPrintable(language));
    return 2;
  }
  const QString counter = parser.value(counterOption);
  if (!KioskSettings::isValidCounter(counter)) {
    std::fprintf(stderr, "wedreg-kiosk: --counter must be 1-16 letters or digits, not '%s'\n",
                 qPrintable(counter));
    return 2;
  }
  bool idleOk = false;
  const int idleSeconds = parser.value(idleOption).toInt(&idleOk);
  if (!idleOk || idleSeconds < 1) {
    std::fprintf(stderr, "wedreg-kiosk: --idle-timeout must be a positive number of seconds\n");
    return 2;
  }
  if (parser.isSet(quitOption) && !parser.isSet(screenshotsOption)) {
    std::fprintf(stderr, "wedreg-kiosk: --quit-after-screenshots needs --screenshots DIR\n");
    return 2;
  }

  const ClientTlsFiles tlsFiles{parser.value(clientCertOption), parser.value(clientKeyOption),
                                parser.value(caOption)};
  if (!tlsFiles.isEmpty()) {
    QString tlsError;
    if (!loadClientTls(tlsFiles, &tlsError)) {
      std::fprintf(stderr, "wedreg-kiosk: %s\n", qPrintable(tlsError));
      return 2;
    }
    if (serverUrl.scheme() != QLatin1String("https")) {
      std::fprintf(stderr, "wedreg-kiosk: --client-cert/--client-key/--ca need an https --server URL\n");
      return 2;
    }
  }

  KioskSettings* settings = KioskSettings::instance();
  settings->setClientTls(tlsFiles);
  settings->setServerUrl(serverUrl);
  settings->setHallId(parser.value(hallOption));
  settings->setCounter(counter);
  settings->setIdleTimeoutSeconds(idleSeconds);
  settings->setTrustRootPath(parser.value(trustRootOption));
  LanguageController::instance()->setLanguage(language);

  prepareApplication();
  QQmlApplicationEngine engine;
  prepareEngine(engine);
  QObject::connect(
      &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
      [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
  if (parser.isSet(startupBaselineOption)) {
    engine.loadData(QByteArrayLiteral("import QtQuick\nWindow { width: 1280; height: 800; visible: true }"));
  } else {
    engine.load(mainQmlUrl());
  }
  if (engine.rootObjects().isEmpty()) {
    std::fprintf(stderr, "wedreg-kiosk: cannot load %s\n", qPrintable(mainQmlUrl().toString()));
    return 1;
  }
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());

  if (parser.isSet(startupReportOption)) {
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
          timespec now{};
          clock_gettime(CLOCK_REALTIME, &now);
          std::printf("first_frame_epoch_ns=%lld rss_kb=%lld\n",
                      static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                      static_cast<long long>(residentKilobytes()));
          std::fflush(stdout);
          QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
  }

  if (parser.isSet(screenshotsOption)) {
    const QString directory = parser.value(screenshotsOption);
    auto* sequence = new ScreenshotSequence(window, QDir(directory).absolutePath(), &app);
    const bool quitAfter = parser.isSet(quitOption);
    QObject::connect(sequence, &ScreenshotSequence::finished, &app,
                     [directory, quitAfter](bool ok, const QString& message) {
                       if (!ok) {
                         std::fprintf(stderr, "wedreg-kiosk: screenshots failed: %s\n",
                                      qPrintable(message));
                         QCoreApplication::exit(1);
                         return;
                       }
                       std::printf("screenshots written to %s\n", qPrintable(directory));
                       std::fflush(stdout);
                       if (quitAfter) {
                         QCoreApplication::exit(0);
                       }
                     });
    sequence->start();
  }
  return QGuiApplication::exec();
}
