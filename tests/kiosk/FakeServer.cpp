// SPDX-License-Identifier: Apache-2.0
#include "tests/kiosk/FakeServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace wedreg::kiosk::test {

namespace {
const char* reasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 401: return "Unauthorized";
    case 409: return "Conflict";
    case 422: return "Unprocessable Content";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
  }
}
}  // namespace

FakeServer::FakeServer(QObject* parent) : QObject(parent) {
  connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
}

FakeServer::~FakeServer() {
  stop();
}

bool FakeServer::start() {
  if (!m_server.listen(QHostAddress::LocalHost, m_port)) {
    return false;
  }
  m_port = m_server.serverPort();
  return true;
}

void FakeServer::stop() {
  m_server.close();
  for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
    if (socket) {
      socket->abort();
      socket->deleteLater();
    }
  }
  m_sockets.clear();
}

QUrl FakeServer::url() const {
  return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeServer::setResponse(const QByteArray& path, const Response& response) {
  m_responses.insert(path, response);
}

void FakeServer::queueResponses(const QByteArray& path, const QList<Response>& responses) {
  m_queued.insert(path, responses);
}

void FakeServer::serveDefaults() {
  setResponse("/healthz", {200, "application/json", healthJson()});
  setResponse("/api/v1/halls", {200, "application/json", hallsJson()});
}

void FakeServer::serveBooking(const QByteArray& hallId, const QByteArray& service) {
  setResponse("/api/v1/halls/" + hallId + "/slots", {200, "application/json", slotsJson(hallId, service)});
  setResponse("POST /api/v1/appointments", {201, "application/json", appointmentJson()});
  setResponse("POST /api/v1/staff/sessions",
              {201, "application/json",
               QByteArrayLiteral("{\"token\":\"tok-registrar-1\",\"role\":\"registrar\",") +
                   "\"expires_at\":\"2030-01-01T18:00:00+08:00\"}"});
  setResponse("GET /api/v1/staff/sessions/current",
              {200, "application/json",
               "{\"username\":\"clerk\",\"role\":\"registrar\",\"hall_id\":\"" + hallId +
                   "\",\"expires_at\":\"2030-01-01T18:00:00+08:00\"}"});
  setResponse("DELETE /api/v1/staff/sessions/current", {204, "application/json", {}});
  const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
  const QByteArray start = today.toString(Qt::ISODate).toLatin1() + "T09:00:00+08:00";
  setResponse("/api/v1/halls/" + hallId + "/appointments",
              {200, "application/json",
               "[{\"id\":\"apt-7\",\"service\":\"marriage\",\"status\":\"checked_in\",\"start\":\"" +
                   start + "\",\"queue_number\":3,\"parties\":[{\"name\":\"张明\"},{\"name\":\"李华\"}]}]"});
}

void FakeServer::serveRegistrar(const QByteArray& hallId) {
  const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
  const auto row = [&](const char* id, const char* status, int hour, int number, const QString& a,
                       const QString& b) {
    QJsonObject object{
        {QStringLiteral("id"), QString::fromLatin1(id)},
        {QStringLiteral("service"), QStringLiteral("marriage")},
        {QStringLiteral("status"), QString::fromLatin1(status)},
        {QStringLiteral("start"),
         QDateTime(today, QTime(hour, 0), Qt::OffsetFromUTC, 8 * 3600).toString(Qt::ISODate)},
        {QStringLiteral("parties"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), a}}, QJsonObject{{QStringLiteral("name"), b}}}}};
    object.insert(QStringLiteral("queue_number"), number > 0 ? QJsonValue(number) : QJsonValue());
    return object;
  };
  const QJsonArray queue{row("c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3", "booked", 9, 0, QStringLiteral("王五"),
                             QStringLiteral("赵六")),
                         row(kQueuedSecond, "checked_in", 9, 2, QStringLiteral("张明"), QStringLiteral("李华")),
                         row(kQueuedFirst, "checked_in", 10, 1, QStringLiteral("陈静"), QStringLiteral("周杰"))};
  setResponse("/api/v1/halls/" + hallId + "/appointments",
              {200, "application/json", QJsonDocument(queue).toJson(QJsonDocument::Compact)});
  // The server's call: the row as the list shows it, now with called_counter and called_at. The
  // counter is filled in from the request (see onReadyRead); "{counter}" stands for it here.
  const auto called = [&](int index) {
    QJsonObject object = queue.at(index).toObject();
    object.insert(QStringLiteral("called_counter"), QStringLiteral("{counter}"));
    object.insert(QStringLiteral("called_at"), QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
    return Response{200, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact)};
  };
  const QByteArray next = "POST /api/v1/halls/" + hallId + "/queue/next";
  setResponse(next, {409, "application/problem+json",
                     problemJson(409, "https://wedreg.example/problems/nobody-waiting",
                                 QStringLiteral("没有等候的当事人"), QStringLiteral("暂时没有等候的当事人。"))});
  queueResponses(next, {called(2), called(1)});
  setResponse("POST /api/v1/registrations", {201, "application/json", marriageActJson()});
}

QByteArray FakeServer::marriageActJson(const QString& certificateQr) {
  const QString day = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date().toString(Qt::ISODate);
  const QJsonObject certificate{
      {QStringLiteral("id"), QStringLiteral("cert-1")},
      {QStringLiteral("registration_id"), QStringLiteral("reg-1")},
      {QStringLiteral("kind"), QStringLiteral("marriage")},
      {QStringLiteral("identifier"), QStringLiteral("1.2.156.3005.2.11100000000000000J.330106.J202600001.001.Q")},
      {QStringLiteral("number"), QStringLiteral("J330106-2026-000001")},
      {QStringLiteral("status"), QStringLiteral("valid")},
      {QStringLiteral("qr"), certificateQr}};
  const QJsonObject act{
      {QStringLiteral("id"), QStringLiteral("reg-1")},
      {QStringLiteral("kind"), QStringLiteral("marriage")},
      {QStringLiteral("status"), QStringLiteral("in_force")},
      {QStringLiteral("day"), day},
      {QStringLiteral("cooling_off_ends"), QJsonValue()},
      {QStringLiteral("window_ends"), QJsonValue()},
      {QStringLiteral("parties"),
       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("陈静")},
                              {QStringLiteral("id_masked"), QStringLiteral("1101**********0032")}},
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("周杰")},
                              {QStringLiteral("id_masked"), QStringLiteral("1101**********0021")}}}},
      {QStringLiteral("certificate"), certificate}};
  return QJsonDocument(act).toJson(QJsonDocument::Compact);
}

QByteArray FakeServer::slotsJson(const QByteArray& hallId, const QByteArray& service) {
  const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600);
  const QDate today = now.date();
  const auto at = [](QDate day, int hour, int minute) {
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600).toString(Qt::ISODate);
  };
  const auto slot = [&](const QString& id, QDate day, int hour, int capacity, int booked,
                        const QString& opensAt) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("hall_id"), QString::fromLatin1(hallId)},
                       {QStringLiteral("service"), QString::fromLatin1(service)},
                       {QStringLiteral("start"), at(day, hour, 0)},
                       {QStringLiteral("end"), at(day, hour, 30)},
                       {QStringLiteral("capacity"), capacity},
                       {QStringLiteral("booked"), booked},
                       {QStringLiteral("available"), capacity - booked},
                       {QStringLiteral("opens_at"), opensAt}};
  };
  const QString opened = at(today.addDays(-7), 8, 0);
  const QString later = now.addSecs(26 * 3600).toString(Qt::ISODate);
  const QJsonArray list{slot(QStringLiteral("s-1"), today, 9, 10, 3, opened),
                         slot(QStringLiteral("s-2"), today, 10, 10, 10, opened),
                         slot(QStringLiteral("s-3"), today.addDays(1), 9, 10, 9, opened),
                         slot(QStringLiteral("s-4"), today.addDays(2), 9, 10, 0, later)};
  return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray FakeServer::appointmentJson() {
  // The server's formats: a 32-hex id, an 8-digit code, QR text "WRA1:<ID>:<code>" (the id in
  // upper case, so the whole text stays in the QR alphanumeric set).
  return "{\"id\":\"" + QByteArray(kAppointmentId) + "\",\"status\":\"booked\",\"check_in_code\":\"" +
         QByteArray(kCheckInCode) + "\",\"qr\":\"WRA1:" + QByteArray(kAppointmentId).toUpper() + ':' +
         QByteArray(kCheckInCode) + "\",\"manage_token\":\"mt-1\",\"slot\":{\"id\":\"s-1\"}}";
}

QByteArray FakeServer::lastHeader(const QByteArray& path, const QByteArray& name) const {
  return m_lastHeaders.value(path).value(name.toLower());
}

QByteArray FakeServer::healthJson() {
  return R"({"status":"ok","db":"sqlite","version":"0.1.0"})";
}

QByteArray FakeServer::hallsJson() {
  return R"([
  {"id":"bj-dongcheng","name":"东城区婚姻登记处","name_en":"Dongcheng District Marriage Registration Office",
   "kind":"office","province_code":"110000","city":"北京市","address":"东城区交道口东大街 85 号",
   "provincial_level":false,"services":["marriage","divorce","reissue"]},
  {"id":"hz-xihu","name":"西湖特色婚姻登记点","name_en":"West Lake Themed Registration Spot",
   "kind":"themed","province_code":"330000","city":"杭州市","address":"西湖区北山街 32 号",
   "provincial_level":false,"services":["marriage"]},
  {"id":"gd-provincial","name":"广东省婚姻登记中心","name_en":"Guangdong Provincial Marriage Registration Centre",
   "kind":"office","province_code":"440000","city":"广州市","address":"越秀区东风中路 305 号",
   "provincial_level":true,"services":["marriage","divorce","reissue","counselling"]},
  {"id":"sh-ceremony","name":"上海集体颁证礼堂","name_en":"Shanghai Collective Ceremony Hall",
   "kind":"ceremony_venue","province_code":"310000","city":"上海市","address":"黄浦区中山东一路 18 号",
   "provincial_level":false,"services":["ceremony"]}
])";
}

QByteArray FakeServer::problemJson(int status, const QByteArray& type, const QString& title,
                                   const QString& detail) {
  QJsonObject problem{{QStringLiteral("type"), QString::fromUtf8(type)},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("status"), status}};
  if (!detail.isEmpty()) {
    problem.insert(QStringLiteral("detail"), detail);
  }
  return QJsonDocument(problem).toJson(QJsonDocument::Compact);
}

void FakeServer::onNewConnection() {
  while (QTcpSocket* socket = m_server.nextPendingConnection()) {
    m_sockets.append(socket);
    if (m_mode == Mode::CloseConnection) {
      socket->close();
      socket->deleteLater();
      continue;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
  }
}

void FakeServer::onReadyRead(QTcpSocket* socket) {
  // The head ends at the first empty line; a body of Content-Length bytes may follow.
  QByteArray data = socket->property("head").toByteArray() + socket->readAll();
  socket->setProperty("head", data);
  const int end = data.indexOf("\r\n\r\n");
  if (end < 0) {
    return;
  }
  const QList<QByteArray> lines = data.left(end).split('\n');
  const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
  const QByteArray method = requestLine.value(0);
  QByteArray path = requestLine.value(1);
  QByteArray query;
  if (const int mark = path.indexOf('?'); mark >= 0) {
    query = path.mid(mark + 1);
    path.truncate(mark);
  }
  QHash<QByteArray, QByteArray> headers;
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const int colon = lines.at(i).indexOf(':');
    if (colon > 0) {
      headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
  }
  const int length = headers.value("content-length").toInt();
  if (data.size() < end + 4 + length) {
    return;  // wait for the rest of the body
  }
  if (socket->property("answered").toBool()) {
    return;
  }
  socket->setProperty("answered", true);
  m_requestCounts[path] += 1;
  m_lastHeaders.insert(path, headers);
  m_lastBodies.insert(path, data.mid(end + 4, length));
  m_lastQueries.insert(path, query);
  m_lastMethods.insert(path, method);

  if (m_mode == Mode::Silent) {
    return;  // keep the connection open and never answer
  }
  if (m_mode == Mode::CloseConnection) {
    socket->close();
    return;
  }
  const QByteArray methodKey = method + ' ' + path;
  const QByteArray queuedKey = !m_queued.value(methodKey).isEmpty() ? methodKey
                               : !m_queued.value(path).isEmpty()    ? path
                                                                    : QByteArray();
  Response response;
  if (!queuedKey.isEmpty()) {
    response = m_queued[queuedKey].takeFirst();
    // A called row goes to the counter the request named.
    const QJsonObject request = QJsonDocument::fromJson(data.mid(end + 4, length)).object();
    response.body.replace("{counter}", request.value(QLatin1String("counter")).toString().toUtf8());
  } else if (m_responses.contains(methodKey)) {
    response = m_responses.value(methodKey);
  } else {
    response = m_responses.value(
        path, {404, "application/problem+json",
               problemJson(404, "https://wedreg.example/problems/not-found", QStringLiteral("Not Found"),
                           QStringLiteral("No route for %1").arg(QString::fromUtf8(path)))});
  }
  QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType +
                     "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                     "\r\nConnection: close\r\n\r\n" + response.body;
  socket->write(reply);
  socket->disconnectFromHost();
}

}  // namespace wedreg::kiosk::test
