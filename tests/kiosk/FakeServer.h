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
  void setResponse(const QByteArray& path, const Response& response);
  // /healthz and /api/v1/halls with the contract's canned bodies.
  void serveDefaults();

  int requestCount(const QByteArray& path) const { return m_requestCounts.value(path); }
  // A header of the last request for `path` (names are case-insensitive), empty when absent.
  QByteArray lastHeader(const QByteArray& path, const QByteArray& name) const;

  static QByteArray healthJson();
  static QByteArray hallsJson();
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
  QList<QPointer<QTcpSocket>> m_sockets;
};

}  // namespace wedreg::kiosk::test
