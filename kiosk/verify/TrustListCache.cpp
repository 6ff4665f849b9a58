// SPDX-License-Identifier: Apache-2.0
#include "kiosk/verify/TrustListCache.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/KioskSettings.h"
#include "kiosk/backend/LanguageController.h"

#include "core/cert/TrustListError.h"
#include "core/cert/TrustListVerifier.h"
#include "core/crypto/Keys.h"

#include <QFile>
#include <QNetworkReply>

#include <exception>

namespace wedreg::kiosk {

namespace {
// The list is small and the kiosk must not wait long on a server that has gone away.
constexpr int kFetchTimeoutMs = 5000;

QDateTime fromEpoch(std::int64_t seconds) {
  return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toLocalTime();
}
}  // namespace

TrustListCache::TrustListCache(QObject* parent) : TrustListCache(ApiClient::instance(), parent) {
  KioskSettings* settings = KioskSettings::instance();
  setRootPath(settings->trustRootPath());
  connect(settings, &KioskSettings::trustRootPathChanged, this,
          [this, settings] { setRootPath(settings->trustRootPath()); });
}

TrustListCache::TrustListCache(ApiClient* api, QObject* parent) : QObject(parent), m_api(api) {
  connect(LanguageController::instance(), &LanguageController::languageChanged, this,
          &TrustListCache::errorTextChanged);
}

TrustListCache::~TrustListCache() {
  ApiClient::cancel(m_reply);
}

bool TrustListCache::stale() const {
  return ready() && m_nextUpdate.isValid() && now() > m_nextUpdate;
}

void TrustListCache::setRootPath(const QString& path) {
  if (m_rootPath == path) {
    return;
  }
  m_rootPath = path;
  // A different root trusts different lists: whatever was held under the old one goes.
  m_verifier.reset();
  m_store.reset();
  m_seq.reset();
  m_keyCount = 0;
  m_issuedAt = m_nextUpdate = m_fetchedAt = QDateTime();
  emit rootPathChanged();
  emit listChanged();
  emit staleChanged();
}

void TrustListCache::setClock(Clock clock) {
  m_clock = std::move(clock);
}

QDateTime TrustListCache::now() const {
  return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void TrustListCache::setError(const QString& code, const QString& detail) {
  if (m_errorCode == code && m_errorDetail == detail) {
    return;
  }
  m_errorCode = code;
  m_errorDetail = detail;
  emit errorTextChanged();
}

QString TrustListCache::errorText() const {
  if (m_errorCode == QLatin1String("root")) {
    return m_verifier == nullptr && QFile::exists(m_rootPath)
               ? tr("This kiosk's trusted root certificate cannot be read, so certificates cannot be checked.")
               : tr("This kiosk has no trusted root certificate, so certificates cannot be checked.");
  }
  if (m_errorCode == QLatin1String("rollback")) {
    return tr("The server offered an older list of trusted keys; the newer one is kept.");
  }
  if (m_errorCode == QLatin1String("verify")) {
    return tr("The list of trusted keys from the server did not pass its checks; the last good one is kept.");
  }
  if (m_errorCode == QLatin1String("network")) {
    return ready() ? tr("The list of trusted keys could not be updated: %1 The last good one is kept.")
                         .arg(m_errorDetail)
                   : tr("The list of trusted keys could not be fetched: %1").arg(m_errorDetail);
  }
  return {};
}

bool TrustListCache::loadRoot() {
  if (m_verifier) {
    return true;
  }
  QFile file(m_rootPath);
  if (m_rootPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
    setError(QStringLiteral("root"));
    return false;
  }
  const QByteArray pem = file.readAll();
  try {
    const core::crypto::X509Ptr root =
        core::crypto::parseCertificatePem(std::string_view(pem.constData(), static_cast<std::size_t>(pem.size())));
    m_verifier = std::make_unique<core::cert::TrustListVerifier>(
        core::cert::TrustListVerifier::fromRootCertificate(root.get()));
  } catch (const std::exception&) {
    setError(QStringLiteral("root"));
    return false;
  }
  return true;
}

bool TrustListCache::install(const QByteArray& signedList) {
  if (!loadRoot()) {
    return false;
  }
  const bool wasStale = stale();
  try {
    const core::ByteView bytes(reinterpret_cast<const std::uint8_t*>(signedList.constData()),
                               static_cast<std::size_t>(signedList.size()));
    core::cert::VerifiedTrustList verified =
        m_verifier->verify(bytes, m_seq, now().toSecsSinceEpoch());
    m_store = verified.store;
    m_seq = verified.list.seq;
    m_issuedAt = fromEpoch(verified.list.issuedAt);
    m_nextUpdate = fromEpoch(verified.list.nextUpdate);
    m_fetchedAt = now();
    m_keyCount = static_cast<int>(verified.list.entries.size());
  } catch (const core::cert::TrustListError& error) {
    if (error.code() == core::cert::trust_list_error::kRollback) {
      setError(QStringLiteral("rollback"));
    } else {
      setError(QStringLiteral("verify"));
    }
    return false;
  } catch (const std::exception&) {
    setError(QStringLiteral("verify"));
    return false;
  }
  setError({});
  emit listChanged();
  if (wasStale != stale()) {
    emit staleChanged();
  }
  return true;
}

void TrustListCache::refresh() {
  if (m_reply != nullptr || m_api == nullptr) {
    return;
  }
  if (!loadRoot()) {
    emit refreshed(false);
    return;
  }
  m_reply = m_api->getBytes(
      QStringLiteral("/api/v1/trust-list"), QByteArrayLiteral("application/cbor"), this,
      [this](const ApiResult& result) {
        m_reply = nullptr;
        emit loadingChanged();
        bool ok = false;
        if (!result.ok) {
          setError(QStringLiteral("network"), result.errorText);
        } else {
          ok = install(result.body);
        }
        emit refreshed(ok);
      },
      kFetchTimeoutMs);
  emit loadingChanged();
}

}  // namespace wedreg::kiosk
