// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/verify/TrustListCache.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// One scanned certificate, checked twice (DESIGN §7) and shown side by side:
//  - offline: the COSE signature against the trust list held in memory (no network needed);
//  - online: GET /api/v1/certificates/status/{kid}/{hash} — hash from the random cti, so nothing
//    personal leaves the kiosk — for what has happened since issue (dissolved, superseded, revoked).
// Each answer carries its time and a readable age ("just now", "5 minutes ago"). What the certificate
// says (kind, identifier, date, office, the two people with masked IDs) comes from the signed payload
// only after a valid signature; an invalid one shows nothing of its content.
class CertificateCheck : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::TrustListCache* trustList READ trustList WRITE setTrustList NOTIFY trustListChanged)
  // Nothing scanned yet / after clear(): false.
  Q_PROPERTY(bool checked READ checked NOTIFY resultChanged)
  Q_PROPERTY(SignatureState signatureState READ signatureState NOTIFY resultChanged)
  // The core reason code of a failed check ("signature", "kid-unknown", "base45", ...), else empty.
  Q_PROPERTY(QString reason READ reason NOTIFY resultChanged)
  Q_PROPERTY(QString signatureText READ signatureText NOTIFY resultChanged)
  Q_PROPERTY(QString kind READ kind NOTIFY resultChanged)  // marriage | divorce | reissue | record
  Q_PROPERTY(QString kindText READ kindText NOTIFY resultChanged)
  Q_PROPERTY(QString identifier READ identifier NOTIFY resultChanged)
  Q_PROPERTY(QString registrationDate READ registrationDate NOTIFY resultChanged)  // YYYY-MM-DD
  Q_PROPERTY(QString office READ office NOTIFY resultChanged)
  // [{name, latinName, maskedId, birthDate}] — the masked form is all the certificate carries.
  // Own signal: a language switch re-words the texts but must not rebuild the list's delegates.
  Q_PROPERTY(QVariantList parties READ parties NOTIFY partiesChanged)
  Q_PROPERTY(QDateTime signatureCheckedAt READ signatureCheckedAt NOTIFY resultChanged)
  Q_PROPERTY(StatusState statusState READ statusState NOTIFY statusChanged)
  // valid | dissolved | superseded | revoked | unknown (the server's word), empty until it answers.
  Q_PROPERTY(QString status READ status NOTIFY statusChanged)
  Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
  Q_PROPERTY(QDateTime statusCheckedAt READ statusCheckedAt NOTIFY statusChanged)
  // Ages of both answers and of the trust list, re-worded as time passes.
  Q_PROPERTY(QString signatureAgeText READ signatureAgeText NOTIFY agesChanged)
  Q_PROPERTY(QString statusAgeText READ statusAgeText NOTIFY agesChanged)
  Q_PROPERTY(QString trustListAgeText READ trustListAgeText NOTIFY agesChanged)
  // The trust list is past next_update: the signature answer is given with this warning.
  Q_PROPERTY(bool trustListStale READ trustListStale NOTIFY agesChanged)

 public:
  enum class SignatureState { None, Valid, Invalid, NoTrustList };
  Q_ENUM(SignatureState)
  enum class StatusState { None, Checking, Known, Unavailable };
  Q_ENUM(StatusState)
  using Clock = std::function<QDateTime()>;

  static constexpr int kStatusTimeoutMs = 4000;

  explicit CertificateCheck(QObject* parent = nullptr);
  // From tests: a given client (not owned).
  explicit CertificateCheck(ApiClient* api, QObject* parent = nullptr);
  ~CertificateCheck() override;

  TrustListCache* trustList() const { return m_trustList; }
  void setTrustList(TrustListCache* trustList);
  bool checked() const { return m_signatureState != SignatureState::None; }
  SignatureState signatureState() const { return m_signatureState; }
  QString reason() const { return m_reason; }
  QString signatureText() const;
  QString kind() const { return m_kind; }
  QString kindText() const;
  QString identifier() const { return m_identifier; }
  QString registrationDate() const { return m_registrationDate; }
  QString office() const { return m_office; }
  QVariantList parties() const { return m_parties; }
  QDateTime signatureCheckedAt() const { return m_signatureCheckedAt; }
  StatusState statusState() const { return m_statusState; }
  QString status() const { return m_status; }
  QString statusText() const;
  QDateTime statusCheckedAt() const { return m_statusCheckedAt; }
  QString signatureAgeText() const;
  QString statusAgeText() const;
  QString trustListAgeText() const;
  bool trustListStale() const;

  void setClock(Clock clock);
  // "just now", "3 minutes ago", ... for the time between `then` and the clock.
  QString ageText(const QDateTime& then) const;

  // Checks a scanned QR text: offline at once, then asks the server for the status.
  Q_INVOKABLE void check(const QString& text);
  // Forgets the last certificate (idle wipe, next visitor).
  Q_INVOKABLE void clear();

 signals:
  void trustListChanged();
  void resultChanged();
  void partiesChanged();
  void statusChanged();
  void agesChanged();

 private:
  QDateTime now() const;
  void setStatus(StatusState state, const QString& status, const QDateTime& checkedAt);
  void askStatus(const QString& kidHex, const QString& hash);

  QPointer<ApiClient> m_api;
  QPointer<TrustListCache> m_trustList;
  QNetworkReply* m_statusReply = nullptr;
  QTimer m_ageTimer;
  Clock m_clock;
  SignatureState m_signatureState = SignatureState::None;
  QString m_reason;
  QString m_kind;
  QString m_identifier;
  QString m_registrationDate;
  QString m_office;
  QVariantList m_parties;
  QDateTime m_signatureCheckedAt;
  StatusState m_statusState = StatusState::None;
  QString m_status;
  QDateTime m_statusCheckedAt;
};

}  // namespace wedreg::kiosk
