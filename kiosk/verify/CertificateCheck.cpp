// SPDX-License-Identifier: Apache-2.0
#include "kiosk/verify/CertificateCheck.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"
#include "kiosk/verify/TrustListCache.h"

#include "core/cert/CertificateError.h"
#include "core/cert/CertificateVerifier.h"
#include "core/cert/StatusKey.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QVariantMap>

namespace wedreg::kiosk {

namespace {
// Ages are worded in minutes at best: re-word them twice a minute.
constexpr int kAgeRefreshMs = 30 * 1000;

QString fromStd(const std::string& text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool isHex(const QString& text, int length) {
  if (text.size() != length) {
    return false;
  }
  for (const QChar c : text) {
    if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f'))) {
      return false;
    }
  }
  return true;
}
}  // namespace

CertificateCheck::CertificateCheck(QObject* parent) : CertificateCheck(ApiClient::instance(), parent) {}

CertificateCheck::CertificateCheck(ApiClient* api, QObject* parent) : QObject(parent), m_api(api) {
  m_ageTimer.setInterval(kAgeRefreshMs);
  connect(&m_ageTimer, &QTimer::timeout, this, &CertificateCheck::agesChanged);
  // Every text property is worded in the visitor's language: re-read them when it changes.
  connect(LanguageController::instance(), &LanguageController::languageChanged, this, [this] {
    emit resultChanged();
    emit statusChanged();
    emit agesChanged();
  });
}

CertificateCheck::~CertificateCheck() {
  ApiClient::cancel(m_statusReply);
}

void CertificateCheck::setTrustList(TrustListCache* trustList) {
  if (m_trustList == trustList) {
    return;
  }
  if (m_trustList != nullptr) {
    disconnect(m_trustList, nullptr, this, nullptr);
  }
  m_trustList = trustList;
  if (m_trustList != nullptr) {
    connect(m_trustList, &TrustListCache::listChanged, this, &CertificateCheck::agesChanged);
    connect(m_trustList, &TrustListCache::staleChanged, this, &CertificateCheck::agesChanged);
  }
  emit trustListChanged();
  emit agesChanged();
}

void CertificateCheck::setClock(Clock clock) {
  m_clock = std::move(clock);
}

QDateTime CertificateCheck::now() const {
  return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString CertificateCheck::ageText(const QDateTime& then) const {
  if (!then.isValid()) {
    return {};
  }
  const qint64 seconds = std::max<qint64>(0, then.secsTo(now()));
  if (seconds < 60) {
    return tr("just now");
  }
  if (seconds < 3600) {
    return tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
  }
  if (seconds < 86400) {
    return tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
  }
  return tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

QString CertificateCheck::signatureAgeText() const {
  return ageText(m_signatureCheckedAt);
}

QString CertificateCheck::statusAgeText() const {
  return ageText(m_statusCheckedAt);
}

QString CertificateCheck::trustListAgeText() const {
  return m_trustList != nullptr ? ageText(m_trustList->issuedAt()) : QString();
}

bool CertificateCheck::trustListStale() const {
  return m_trustList != nullptr && m_trustList->stale();
}

QString CertificateCheck::signatureText() const {
  switch (m_signatureState) {
    case SignatureState::None:
      return {};
    case SignatureState::Valid:
      return tr("Genuine: the signature is valid");
    case SignatureState::NoTrustList:
      return tr("Cannot be checked: this kiosk has no list of trusted keys yet");
    case SignatureState::Invalid:
      break;
  }
  if (m_reason == QLatin1String("kid-unknown")) {
    return tr("Not genuine: signed by a key this kiosk does not trust");
  }
  if (m_reason == QLatin1String("key-revoked")) {
    return tr("Not genuine: the signing key was revoked before this certificate was issued");
  }
  if (m_reason == QLatin1String("signature") || m_reason == QLatin1String("alg-mismatch")) {
    return tr("Not genuine: the signature does not match");
  }
  if (m_reason == QLatin1String("not-yet-valid") || m_reason == QLatin1String("expired")) {
    return tr("Not valid at this time");
  }
  return tr("Not a wedreg certificate, or the code is damaged");
}

QString CertificateCheck::kindText() const {
  if (m_kind == QLatin1String("marriage")) {
    return tr("Marriage certificate");
  }
  if (m_kind == QLatin1String("divorce")) {
    return tr("Divorce certificate");
  }
  if (m_kind == QLatin1String("reissue")) {
    return tr("Reissued certificate");
  }
  if (m_kind == QLatin1String("record")) {
    return tr("Marriage registration record");
  }
  return m_kind;
}

QString CertificateCheck::statusText() const {
  switch (m_statusState) {
    case StatusState::None:
      return {};
    case StatusState::Checking:
      return tr("Asking the registration server…");
    case StatusState::Unavailable:
      return tr("Cannot check now: the registration server cannot be reached");
    case StatusState::Known:
      break;
  }
  if (m_status == QLatin1String("valid")) {
    return tr("In force");
  }
  if (m_status == QLatin1String("dissolved")) {
    return tr("No longer in force: the marriage was dissolved");
  }
  if (m_status == QLatin1String("superseded")) {
    return tr("Replaced by a reissued certificate");
  }
  if (m_status == QLatin1String("revoked")) {
    return tr("Revoked");
  }
  return tr("Not known to the registration server");
}

void CertificateCheck::setStatus(StatusState state, const QString& status, const QDateTime& checkedAt) {
  m_statusState = state;
  m_status = status;
  m_statusCheckedAt = checkedAt;
  emit statusChanged();
  emit agesChanged();
}

void CertificateCheck::clear() {
  ApiClient::cancel(m_statusReply);
  m_statusReply = nullptr;
  m_ageTimer.stop();
  m_signatureState = SignatureState::None;
  m_reason.clear();
  m_kind.clear();
  m_identifier.clear();
  m_registrationDate.clear();
  m_office.clear();
  const bool hadParties = !m_parties.isEmpty();
  m_parties.clear();
  m_signatureCheckedAt = QDateTime();
  emit resultChanged();
  if (hadParties) {
    emit partiesChanged();
  }
  setStatus(StatusState::None, {}, {});
}

void CertificateCheck::check(const QString& text) {
  clear();
  m_signatureCheckedAt = now();
  m_ageTimer.start();
  const std::shared_ptr<const core::cert::TrustStore> store =
      m_trustList != nullptr ? m_trustList->store() : nullptr;
  if (store == nullptr) {
    m_signatureState = SignatureState::NoTrustList;
    emit resultChanged();
    emit agesChanged();
    return;
  }
  core::cert::CertificateVerifier::Options options;
  options.now = m_signatureCheckedAt.toSecsSinceEpoch();
  const QByteArray utf8 = text.trimmed().toUtf8();
  const core::cert::VerificationResult result = core::cert::CertificateVerifier(store, options)
      .verify(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
  m_reason = fromStd(result.reason);
  if (!result.valid() || !result.claims || !result.claims->certificate) {
    m_signatureState = SignatureState::Invalid;
    emit resultChanged();
    emit agesChanged();
    return;
  }
  const core::cert::MarriageCertificate& certificate = *result.claims->certificate;
  m_signatureState = SignatureState::Valid;
  m_kind = fromStd(std::string(core::cert::toString(certificate.kind)));
  m_identifier = fromStd(certificate.identifier);
  m_registrationDate = fromStd(core::toIsoString(certificate.registrationDate));
  m_office = fromStd(certificate.officeCode);
  for (const core::cert::CertificateParty& party : certificate.parties) {
    m_parties.append(QVariantMap{{QStringLiteral("name"), fromStd(party.name)},
                                 {QStringLiteral("latinName"), fromStd(party.latinName)},
                                 {QStringLiteral("maskedId"), fromStd(party.maskedId)},
                                 {QStringLiteral("birthDate"), fromStd(core::toIsoString(party.birthDate))}});
  }
  emit resultChanged();
  emit partiesChanged();
  emit agesChanged();
  askStatus(fromStd(result.kidHex), fromStd(core::cert::statusHash(result.claims->cti)));
}

void CertificateCheck::askStatus(const QString& kidHex, const QString& hash) {
  if (m_api == nullptr || !isHex(kidHex, 16) || !isHex(hash, 32)) {
    setStatus(StatusState::Unavailable, {}, {});
    return;
  }
  setStatus(StatusState::Checking, {}, {});
  m_statusReply = m_api->sendJson(
      QByteArrayLiteral("GET"), QStringLiteral("/api/v1/certificates/status/%1/%2").arg(kidHex, hash),
      QJsonDocument(), this,
      [this, kidHex, hash](const ApiResult& result) {
        m_statusReply = nullptr;
        const QJsonObject body = result.json.object();
        const QString status = body.value(QLatin1String("status")).toString();
        static const QStringList known = {QStringLiteral("valid"), QStringLiteral("dissolved"),
                                          QStringLiteral("superseded"), QStringLiteral("revoked"),
                                          QStringLiteral("unknown")};
        // An answer about some other certificate, or in a shape we do not know, is no answer.
        if (!result.ok || !known.contains(status) ||
            body.value(QLatin1String("hash")).toString(hash) != hash ||
            body.value(QLatin1String("kid")).toString(kidHex) != kidHex) {
          setStatus(StatusState::Unavailable, {}, {});
          return;
        }
        QDateTime checkedAt =
            QDateTime::fromString(body.value(QLatin1String("checked_at")).toString(), Qt::ISODate);
        setStatus(StatusState::Known, status, checkedAt.isValid() ? checkedAt.toLocalTime() : now());
      },
      {}, {}, kStatusTimeoutMs);
}

}  // namespace wedreg::kiosk
