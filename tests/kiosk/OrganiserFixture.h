// SPDX-License-Identifier: Apache-2.0
#pragma once

// Canned server answers for the ceremony and organiser screens, shaped like the real handlers'
// (server/http/handlers/CeremoniesHandler.cpp, StatsHandler.cpp): the Jinan demo ceremonies
// (assets/demo/ceremonies.json), one ceremony's sessions with live counts, its sign-ups (names masked),
// a year of statistics, and an organiser's sign-in.

#include "tests/kiosk/FakeServer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace wedreg::kiosk::test {

class OrganiserFixture {
 public:
  static constexpr const char* kCeremonyId = "cer-2027-10-01";
  static constexpr int kStatsYear = 2025;
  // Per month of kStatsYear at jn-lixia: marriages, divorce applications, divorces, reissues.
  static constexpr std::array<int, 12> kMarriages = {120, 95, 150, 160, 260, 140, 130, 230, 150, 240, 125, 120};
  static constexpr std::array<int, 12> kDivorceApplications = {140, 90, 150, 135, 130, 125,
                                                               140, 135, 130, 120, 150, 169};
  static constexpr std::array<int, 12> kDivorces = {50, 40, 60, 55, 55, 50, 55, 55, 55, 50, 60, 65};
  static constexpr std::array<int, 12> kReissues = {45, 40, 50, 50, 55, 50, 50, 55, 50, 50, 50, 54};
  // A second hall's May (5·20): summed into the same month by the model.
  static constexpr int kSecondHallMayMarriages = 40;

  static void serve(FakeServer& server) {
    server.setResponse("GET /api/v1/ceremonies", {200, "application/json", ceremoniesJson()});
    server.setResponse(QByteArray("GET /api/v1/ceremonies/") + kCeremonyId,
                       {200, "application/json", ceremonyJson()});
    server.setResponse(QByteArray("GET /api/v1/ceremonies/") + kCeremonyId + "/registrations",
                       {200, "application/json", signupsJson()});
    server.setResponse("GET /api/v1/stats", {200, "application/json", statsJson()});
    server.setResponse(QByteArray("POST /api/v1/ceremonies/") + kCeremonyId + "/registrations",
                       {201, "application/json", signupAnswerJson(false)});
    server.setResponse("GET /api/v1/presenters", {200, "application/json", presentersJson()});
    server.setResponse(QByteArray("GET /api/v1/ceremonies/") + kCeremonyId + "/presenters",
                       {200, "application/json", assignmentsJson()});
    server.setResponse(QByteArray("GET /api/v1/ceremonies/") + kCeremonyId + "/programme",
                       {200, "text/csv; charset=utf-8", programmeCsv()});
    for (const char* session : {"ses-1", "ses-2", "ses-3"}) {
      server.setResponse(QByteArray("POST ") + sessionPresentersPath(session),
                         {201, "application/json", "{\"position\":1}"});
    }
  }

  // The route of one session's presenters (assign: POST; take off: DELETE …/{presenter}).
  static QByteArray sessionPresentersPath(const char* sessionId) {
    return QByteArray("/api/v1/ceremonies/") + kCeremonyId + "/sessions/" + sessionId + "/presenters";
  }

  // The roster (GET /api/v1/presenters): two presenters free on the National Day, one only on 5·20.
  static QByteArray presentersJson() {
    const auto presenter = [](const char* id, const QString& name, const QString& nameEn, const QString& honour,
                              const QString& honourEn, const QStringList& days) {
      return QJsonObject{{"id", QString::fromLatin1(id)},      {"name", name},
                         {"name_en", nameEn},                  {"honour", honour},
                         {"honour_en", honourEn},              {"organisation", QStringLiteral("济南市")},
                         {"photo_consent", true},              {"contact_consent", false},
                         {"contact", QString()},               {"available_days", QJsonArray::fromStringList(days)}};
    };
    const QJsonArray list{
        presenter("pre-1", QStringLiteral("王秀英"), QStringLiteral("Wang Xiuying"), QStringLiteral("全国劳动模范"),
                  QStringLiteral("National model worker"), {QStringLiteral("2027-10-01")}),
        presenter("pre-2", QStringLiteral("李建国"), QStringLiteral("Li Jianguo"), QStringLiteral("全国道德模范"),
                  QStringLiteral("National moral model"), {QStringLiteral("2027-05-20"), QStringLiteral("2027-10-01")}),
        presenter("pre-3", QStringLiteral("陈志华"), QStringLiteral("Chen Zhihua"), QStringLiteral("时代楷模"),
                  QStringLiteral("Role model of the times"), {QStringLiteral("2027-05-20")})};
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
  }

  // The National Day ceremony's assignments: Wang opens session 1, Li hands out in session 2 (out of
  // order on purpose).
  static QByteArray assignmentsJson() {
    const auto assignment = [](const char* session, const char* presenter, int position) {
      return QJsonObject{{"session_id", QString::fromLatin1(session)},
                         {"presenter_id", QString::fromLatin1(presenter)},
                         {"position", position}};
    };
    const QJsonArray list{assignment("ses-2", "pre-2", 1), assignment("ses-1", "pre-2", 2),
                          assignment("ses-1", "pre-1", 1)};
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
  }

  // GET …/programme?format=csv as ProgrammeRenderer writes it: BOM, CRLF, a header, couples of
  // sessions 1 and 2 (session 3 has nobody seated, so no rows); one name needs quoting.
  static QByteArray programmeCsv() {
    return QByteArray("\xEF\xBB\xBF"
                      "session,session_start,session_end,order,time,couple,presenter,status\r\n") +
           QStringLiteral("1,09:00,10:00,1,09:10,张伟 · 李娜,王秀英,checked_in\r\n"
                          "1,09:00,10:00,2,09:30,王磊 · 陈静,王秀英,seated\r\n"
                          "1,09:00,10:00,3,09:50,\"Smith, John · 刘芳\",李建国,seated\r\n"
                          "2,10:30,11:30,1,10:40,赵强 · 孙丽,李建国,checked_in\r\n")
               .toUtf8();
  }

  // A couple's sign-up answer: a seat in session 2 with its ticket, or the third place on the waitlist.
  static QByteArray signupAnswerJson(bool waitlisted) {
    const QJsonObject answer{
        {"id", QStringLiteral("sig-44")},
        {"event_id", QString::fromLatin1(kCeremonyId)},
        {"status", waitlisted ? QStringLiteral("waitlisted") : QStringLiteral("seated")},
        {"session_id", waitlisted ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("ses-2"))},
        {"session", waitlisted ? 0 : 2},
        {"sequence", 44},
        {"waitlist_position", waitlisted ? 3 : 0},
        {"basis", QStringLiteral("registered")},
        {"names", QStringLiteral("张* & 李*")},
        {"manage_token", QStringLiteral("manage-token-not-shown")},
        {"ticket", waitlisted ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QStringLiteral("MT1:NCFOXN%TS3DH0YOJ58S3.SR+F3$Q9ABCDEF1234567890"))}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
  }

  // An organiser's sign-in (username "organiser").
  static void serveOrganiserSignIn(FakeServer& server) {
    server.setResponse("POST /api/v1/staff/sessions",
                       {201, "application/json",
                        "{\"token\":\"tok-organiser-1\",\"role\":\"organiser\","
                        "\"expires_at\":\"2030-01-01T18:00:00+08:00\"}"});
    server.setResponse("GET /api/v1/staff/sessions/current",
                       {200, "application/json",
                        "{\"username\":\"organiser\",\"role\":\"organiser\",\"hall_id\":\"\","
                        "\"expires_at\":\"2030-01-01T18:00:00+08:00\"}"});
  }

  static QJsonObject session(const char* id, int position, const char* day, const char* start, const char* end,
                             int capacity, int seated) {
    const QString d = QString::fromLatin1(day);
    return {{"id", QString::fromLatin1(id)},
            {"position", position},
            {"start", d + QStringLiteral("T") + QString::fromLatin1(start) + QStringLiteral(":00+08:00")},
            {"end", d + QStringLiteral("T") + QString::fromLatin1(end) + QStringLiteral(":00+08:00")},
            {"capacity", capacity},
            {"seated", seated},
            {"available", capacity - seated}};
  }

  // Sign-up opened on 1 January of the year before the ceremony unless `opensAt` says otherwise.
  static QJsonObject ceremony(const char* id, const QString& title, const QString& titleEn, const char* day,
                              const char* status, const QJsonArray& sessions, const char* opensAt = nullptr) {
    const QString opens = opensAt != nullptr
                              ? QString::fromLatin1(opensAt)
                              : QString::number(QString::fromLatin1(day).left(4).toInt() - 1) +
                                    QStringLiteral("-01-01T09:00:00+08:00");
    return {{"id", QString::fromLatin1(id)},
            {"title", title},
            {"title_en", titleEn},
            {"theme", title},
            {"day", QString::fromLatin1(day)},
            {"venue_id", QStringLiteral("jn-quancheng-park")},
            {"guests_per_couple", 2},
            {"notes", QStringLiteral("着正装或中式礼服；请提前20分钟到场。")},
            {"notes_en", QStringLiteral("Formal or Chinese-style dress; arrive 20 minutes early.")},
            {"signup_opens_at", opens},
            {"allocation", QStringLiteral("first_come")},
            {"status", QString::fromLatin1(status)},
            {"sessions", sessions}};
  }

  static QJsonArray nationalDaySessions() {
    return {session("ses-1", 1, "2027-10-01", "09:00", "10:00", 20, 20),
            session("ses-2", 2, "2027-10-01", "10:30", "11:30", 20, 15),
            session("ses-3", 3, "2027-10-01", "14:30", "15:30", 20, 8)};
  }

  // Out of day order on purpose (the model sorts): a past archived one, three published, a draft.
  static QByteArray ceremoniesJson() {
    const QJsonArray list{
        ceremony("cer-2027-08-08", QStringLiteral("七夕·鹊桥相会集体颁证"),
                 QStringLiteral("Qixi — collective certificate ceremony"), "2027-08-08", "published",
                 {session("ses-q1", 1, "2027-08-08", "09:30", "10:30", 20, 4),
                  session("ses-q2", 2, "2027-08-08", "14:00", "15:00", 20, 0)},
                 "2027-07-08T09:00:00+08:00"),
        ceremony("cer-2026-10-01", QStringLiteral("真爱与国同庆·2026国庆集体颁证"),
                 QStringLiteral("True Love, Celebrating with the Nation — National Day 2026"), "2026-10-01",
                 "archived",
                 {session("ses-a1", 1, "2026-10-01", "09:00", "10:00", 20, 20),
                  session("ses-a2", 2, "2026-10-01", "10:30", "11:30", 20, 18),
                  session("ses-a3", 3, "2026-10-01", "14:30", "15:30", 20, 12)}),
        ceremony("cer-2027-05-20", QStringLiteral("5·20 情定泉城集体颁证"),
                 QStringLiteral("5·20 Love in the City of Springs — collective ceremony"), "2027-05-20",
                 "published",
                 {session("ses-m1", 1, "2027-05-20", "10:00", "11:00", 15, 15),
                  session("ses-m2", 2, "2027-05-20", "15:00", "16:00", 15, 9)}),
        ceremony(kCeremonyId, QStringLiteral("真爱与国同庆·2027国庆集体颁证"),
                 QStringLiteral("True Love, Celebrating with the Nation — National Day 2027"), "2027-10-01",
                 "published", nationalDaySessions()),
        ceremony("cer-2027-12-31", QStringLiteral("跨年·相守集体颁证"),
                 QStringLiteral("New Year's Eve — collective ceremony"), "2027-12-31", "draft",
                 {session("ses-d1", 1, "2027-12-31", "20:00", "21:00", 30, 0)}),
    };
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
  }

  static QJsonObject counts(const char* sessionId, int position, int capacity, int seated, int checkedIn,
                            int waitlisted) {
    return {{"session_id", QString::fromLatin1(sessionId)}, {"position", position}, {"capacity", capacity},
            {"expected", seated}, {"checked_in", checkedIn}, {"waitlisted", waitlisted}};
  }

  // The National Day ceremony on its morning: session 1 full with a waitlist, check-ins coming in.
  static QByteArray ceremonyJson() {
    QJsonObject event = ceremony(kCeremonyId, QStringLiteral("真爱与国同庆·2027国庆集体颁证"),
                                 QStringLiteral("True Love, Celebrating with the Nation — National Day 2027"),
                                 "2027-10-01", "published", nationalDaySessions());
    event.insert("counts", QJsonArray{counts("ses-1", 1, 20, 20, 12, 3), counts("ses-2", 2, 20, 15, 4, 0),
                                      counts("ses-3", 3, 20, 8, 0, 0)});
    event.insert("statistics",
                 QJsonObject{{"couples", 43}, {"checked_in", 16}, {"not_arrived", 27}, {"waitlisted", 3}});
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
  }

  static QByteArray signupsJson() {
    const auto signup = [](int sequence, const char* status, int session, int waitlist, const QString& names) {
      return QJsonObject{{"id", QStringLiteral("sig-%1").arg(sequence)},
                         {"event_id", QString::fromLatin1(kCeremonyId)},
                         {"status", QString::fromLatin1(status)},
                         {"session_id", session > 0 ? QJsonValue(QStringLiteral("ses-%1").arg(session))
                                                    : QJsonValue(QJsonValue::Null)},
                         {"session", session},
                         {"sequence", sequence},
                         {"waitlist_position", waitlist},
                         {"basis", QStringLiteral("registered")},
                         {"names", names},
                         {"ticket", QJsonValue(QJsonValue::Null)}};
    };
    const QJsonArray list{signup(1, "checked_in", 1, 0, QStringLiteral("张* & 李*")),
                          signup(2, "seated", 1, 0, QStringLiteral("王* & 陈**")),
                          signup(3, "cancelled", 2, 0, QStringLiteral("刘* & 赵*")),
                          signup(4, "waitlisted", 0, 1, QStringLiteral("黄* & 周*"))};
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
  }

  static QJsonObject statsRow(const QString& hall, const QString& month, int marriages, int applications,
                              int divorces, int reissues) {
    const int withdrawals = 30;
    const int lapses = 28;
    const int records = 10;
    return {{"hall_id", hall},
            {"month", month},
            {"marriages", marriages},
            {"divorce_applications", applications},
            {"withdrawals", withdrawals},
            {"lapses", lapses},
            {"divorces", divorces},
            {"reissues", reissues},
            {"record_certificates", records},
            {"refusals", 8},
            {"acts", marriages + applications + divorces + reissues + records}};
  }

  static QByteArray statsJson() {
    QJsonArray rows;
    std::array<int, 5> sums{};  // marriages, applications, divorces, reissues, months
    const QString year = QString::number(kStatsYear);
    for (int i = 0; i < 12; ++i) {
      const QString month = year + QStringLiteral("-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
      rows.append(statsRow(QStringLiteral("jn-lixia"), month, kMarriages[i], kDivorceApplications[i],
                           kDivorces[i], kReissues[i]));
      if (i == 4) {
        rows.append(statsRow(QStringLiteral("jn-baihuazhou"), month, kSecondHallMayMarriages, 0, 0, 0));
        sums[0] += kSecondHallMayMarriages;
        ++sums[4];
      }
      sums[0] += kMarriages[i];
      sums[1] += kDivorceApplications[i];
      sums[2] += kDivorces[i];
      sums[3] += kReissues[i];
      ++sums[4];
    }
    QJsonObject totals = statsRow({}, {}, sums[0], sums[1], sums[2], sums[3]);
    totals.remove("hall_id");
    totals.remove("month");
    for (const char* key : {"withdrawals", "lapses", "record_certificates", "refusals"}) {
      totals.insert(key, totals.value(key).toInt() * sums[4]);
    }
    totals.insert("acts", sums[0] + sums[1] + sums[2] + sums[3] + 10 * sums[4]);
    const QJsonObject report{{"from", year + QStringLiteral("-01-01")},
                             {"to", year + QStringLiteral("-12-31")},
                             {"hall", QJsonValue(QJsonValue::Null)},
                             {"rows", rows},
                             {"totals", totals}};
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
  }
};

}  // namespace wedreg::kiosk::test
