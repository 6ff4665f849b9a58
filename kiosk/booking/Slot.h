// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wedreg::kiosk {

// Registration halls keep Beijing time (+08:00): every day and clock time on screen is taken there,
// whatever zone the machine or the test runner is in.
inline constexpr int kBeijingOffsetSeconds = 8 * 3600;

inline QDateTime toBeijing(const QDateTime& instant) {
  return instant.toOffsetFromUtc(kBeijingOffsetSeconds);
}

// One bookable slot as GET /api/v1/halls/{id}/slots describes it.
struct Slot {
  QString id;
  QString hallId;
  QString service;
  QDateTime start;
  QDateTime end;
  int capacity = 0;
  int booked = 0;
  int available = 0;
  QDateTime opensAt;  // invalid: already open

  QDate day() const { return toBeijing(start).date(); }
  bool isOpenAt(const QDateTime& now) const { return !opensAt.isValid() || opensAt <= now; }
  // "2026年5月20日星期三  09:00–09:30" / "Wednesday, May 20, 2026  09:00–09:30": the day in
  // `language` ("zh_CN" | "en"), the times in Beijing.
  QString label(const QString& language) const;

  // Null when id, start or end is missing or unreadable.
  static std::optional<Slot> fromJson(const QJsonObject& object);
};

// How full a slot or a day is, for the availability colours.
enum class Availability { None, Full, Few, Plenty, NotOpen };

// "few": at most a fifth of the capacity is left.
Availability availabilityOf(int available, int capacity);

}  // namespace wedreg::kiosk
