// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace wedreg::kiosk::test {

// A tiny HTTP/1.1 responder on 127.0.0.1 for the kiosk tests: serves canned bodies by path, can answer
// problem+json, go silent (accept and never answer), drop connections, or stop listening altogether.
class FakeServer : public QObject {
  Q_OBJECT

 public:
  struct Response {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
  };
  enum class Mode { Serve, Silent, CloseConnection };

  explicit FakeServer(QObject* parent = nullptr);
  ~FakeServer() override;

  // Listens on a free loopback port (the same port again after stop()).
  bool start();
  // Stops listening and drops open connections: clients then get "connection refused".
  void stop();
  bool isListening() const { return m_server.isListening(); }
  QUrl url() const;

  void setMode(Mode mode) { m_mode = mode; }
  // `path` alone answers every method; "POST /api/v1/appointments" (method, space, path) answers
  // that method only and wins over the path alone.
  void setResponse(const QByteArray& path, const Response& response);
  // Answers the next requests for `path` (same key rules) with `responses` in turn; once they are
  // used up, with what setResponse() gave.
  void queueResponses(const QByteArray& path, const QList<Response>& responses);
  // /healthz and /api/v1/halls with the contract's canned bodies.
  void serveDefaults();
  // The booking routes for `hallId`: slots (see slotsJson), POST appointments (201), and the staff
  // sessions (registrar "clerk") with the hall's appointment list.
  void serveBooking(const QByteArray& hallId, const QByteArray& service = "marriage");

  // The registrar's routes for `hallId` (after serveBooking): today's queue with two checked-in
  // marriages (No. 2 kQueuedSecond, No. 1 kQueuedFirst) and one still booked, and
  // POST /api/v1/registrations answering marriageActJson().
  void serveRegistrar(const QByteArray& hallId);

  int requestCount(const QByteArray& path) const { return m_requestCounts.value(path); }
  // A header of the last request for `path` (names are case-insensitive), empty when absent.
  QByteArray lastHeader(const QByteArray& path, const QByteArray& name) const;
  QByteArray lastBody(const QByteArray& path) const { return m_lastBodies.value(path); }
  QByteArray lastQuery(const QByteArray& path) const { return m_lastQueries.value(path); }
  QByteArray lastMethod(const QByteArray& path) const { return m_lastMethods.value(path); }

  static QByteArray healthJson();
  static QByteArray hallsJson();
  // Slots from `today` (Beijing) on: day 0 has an open slot with places and a full one, day 1 one
  // with a single place left, day 2 one that opens at now + 26 h.
  static QByteArray slotsJson(const QByteArray& hallId, const QByteArray& service = "marriage");
  // POST /api/v1/appointments' answer: kAppointmentId, kCheckInCode, QR "WRA1:<ID>:<code>".
  static constexpr const char* kAppointmentId = "5f0c2a9e4b7d41c38e6a1f2b3c4d5e6f";
  static constexpr const char* kCheckInCode = "48213067";
  static QByteArray appointmentJson();
  static constexpr const char* kQueuedFirst = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
  static constexpr const char* kQueuedSecond = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";
  // A recorded marriage with its certificate (as POST /api/v1/registrations answers): QR text
  // `certificateQr` (any text; the UI only draws it).
  static QByteArray marriageActJson(const QString& certificateQr = QStringLiteral("MC1:TEST"));
  static QByteArray problemJson(int status, const QByteArray& type, const QString& title,
                                const QString& detail);

 private:
  void onNewConnection();
  void onReadyRead(QTcpSocket* socket);

  QTcpServer m_server;
  quint16 m_port = 0;
  Mode m_mode = Mode::Serve;
  QHash<QByteArray, Response> m_responses;
  QHash<QByteArray, QList<Response>> m_queued;
  QHash<QByteArray, int> m_requestCounts;
  QHash<QByteArray, QHash<QByteArray, QByteArray>> m_lastHeaders;
  QHash<QByteArray, QByteArray> m_lastBodies;
  QHash<QByteArray, QByteArray> m_lastQueries;
  QHash<QByteArray, QByteArray> m_lastMethods;
  QList<QPointer<QTcpSocket>> m_sockets;
};

}  // namespace wedreg::kiosk::test
