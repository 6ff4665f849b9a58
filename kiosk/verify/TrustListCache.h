// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace wedreg::core::cert {
class TrustListVerifier;
class TrustStore;
}  // namespace wedreg::core::cert

namespace wedreg::kiosk {

class ApiClient;

// The signed trust list (DESIGN §7) as this kiosk holds it: fetched from GET /api/v1/trust-list
// (CBOR), checked against the pinned root (KioskSettings.trustRootPath) and kept in memory only. A
// failed fetch, a list that does not verify, or one with a lower seq than the one held (a replay)
// leaves the last good list in place, so offline verification keeps working while the server is down.
// Past its next_update the list is `stale`: a warning shown beside every answer, not a refusal.
class TrustListCache : public QObject {
  Q_OBJECT
  QML_ELEMENT
  // A verified list is held (offline checks possible).
  Q_PROPERTY(bool ready READ ready NOTIFY listChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(qint64 seq READ seq NOTIFY listChanged)
  Q_PROPERTY(QDateTime issuedAt READ issuedAt NOTIFY listChanged)
  Q_PROPERTY(QDateTime nextUpdate READ nextUpdate NOTIFY listChanged)
  Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY listChanged)
  Q_PROPERTY(int keyCount READ keyCount NOTIFY listChanged)
  Q_PROPERTY(bool stale READ stale NOTIFY staleChanged)
  // Why the last refresh did not replace the list (readable); empty after a good one.
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  // Machine-readable form of the same: "root" (no usable pinned root), "network", "verify",
  // "rollback"; empty after a good refresh.
  Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorTextChanged)
  // The pinned root file; from QML it follows KioskSettings.trustRootPath.
  Q_PROPERTY(QString rootPath READ rootPath WRITE setRootPath NOTIFY rootPathChanged)

 public:
  using Clock = std::function<QDateTime()>;

  // From QML: the process-wide ApiClient and KioskSettings.trustRootPath.
  explicit TrustListCache(QObject* parent = nullptr);
  // From tests: a given client (not owned), root path set by the test.
  explicit TrustListCache(ApiClient* api, QObject* parent = nullptr);
  ~TrustListCache() override;

  bool ready() const { return m_store != nullptr; }
  bool loading() const { return m_reply != nullptr; }
  qint64 seq() const { return m_seq ? static_cast<qint64>(*m_seq) : -1; }
  QDateTime issuedAt() const { return m_issuedAt; }
  QDateTime nextUpdate() const { return m_nextUpdate; }
  QDateTime fetchedAt() const { return m_fetchedAt; }
  int keyCount() const { return m_keyCount; }
  bool stale() const;
  QString errorText() const;
  QString errorCode() const { return m_errorCode; }
  QString rootPath() const { return m_rootPath; }
  void setRootPath(const QString& path);

  // The store CertificateCheck verifies against; null until a list verified.
  std::shared_ptr<const core::cert::TrustStore> store() const { return m_store; }

  void setClock(Clock clock);
  QDateTime now() const;

  // Fetches the list now (a fetch already in flight is left to finish).
  Q_INVOKABLE void refresh();
  // Verifies and installs `signedList` (the CBOR body); false (and errorText) when refused.
  bool install(const QByteArray& signedList);

 signals:
  void listChanged();
  void loadingChanged();
  void staleChanged();
  void errorTextChanged();
  void rootPathChanged();
  // Every finished refresh, whatever its outcome.
  void refreshed(bool ok);

 private:
  bool loadRoot();
  // `detail`: the network error's words, for code "network".
  void setError(const QString& code, const QString& detail = {});

  QPointer<ApiClient> m_api;
  QNetworkReply* m_reply = nullptr;
  Clock m_clock;
  QString m_rootPath;
  std::unique_ptr<core::cert::TrustListVerifier> m_verifier;
  std::shared_ptr<const core::cert::TrustStore> m_store;
  std::optional<std::uint64_t> m_seq;
  QDateTime m_issuedAt;
  QDateTime m_nextUpdate;
  QDateTime m_fetchedAt;
  int m_keyCount = 0;
  QString m_errorCode;
  QString m_errorDetail;
};

}  // namespace wedreg::kiosk
