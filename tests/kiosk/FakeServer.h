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
  // /healthz and /api/v1/halls with the contract's canned bodies.
  void serveDefaults();
  // The booking routes for `hallId`: slots (see slotsJson), POST appointments (201), and the staff
  // sessions (registrar "clerk") with the hall's appointment list.
  void serveBooking(const QByteArray& hallId, const QByteArray& service = "marriage");

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
  static QByteArray appointmentJson();
  static QByteArray problemJson(int status, const QByteArray& type, const QString& title,
                                const QString& detail);

 private:
  void onNewConnection();
  void onReadyRead(QTcpSocket* socket);

  QTcpServer m_server;
  quint16 m_port = 0;
  Mode m_mode = Mode::Serve;
  QHash<QByteArray, Response> m_responses;
  QHash<QByteArray, int> m_requestCounts;
  QHash<QByteArray, QHash<QByteArray, QByteArray>> m_lastHeaders;
  QHash<QByteArray, QByteArray> m_lastBodies;
  QHash<QByteArray, QByteArray> m_lastQueries;
  QHash<QByteArray, QByteArray> m_lastMethods;
  QList<QPointer<QTcpSocket>> m_sockets;
};

}  // namespace wedreg::kiosk::test
