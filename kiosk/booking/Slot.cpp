// SPDX-License-Identifier: Apache-2.0
#include "kiosk/booking/Slot.h"

#include <QLocale>
#include <QVariant>

#include <algorithm>

namespace wedreg::kiosk {

namespace {
QDateTime parseInstant(const QJsonValue& value) {
  const QString text = value.toString();
  return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}
}  // namespace

QString Slot::label(const QString& language) const {
  const QLocale locale(language);
  return locale.toString(day(), QLocale::LongFormat) + QStringLiteral("  ") +
         toBeijing(start).toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
         toBeijing(end).toString(QStringLiteral("HH:mm"));
}

std::optional<Slot> Slot::fromJson(const QJsonObject& object) {
  Slot slot;
  slot.id = object.value(QLatin1String("id")).toVariant().toString();
  slot.start = parseInstant(object.value(QLatin1String("start")));
  slot.end = parseInstant(object.value(QLatin1String("end")));
  if (slot.id.isEmpty() || !slot.start.isValid() || !slot.end.isValid()) {
    return std::nullopt;
  }
  slot.hallId = object.value(QLatin1String("hall_id")).toVariant().toString();
  slot.service = object.value(QLatin1String("service")).toString();
  slot.capacity = object.value(QLatin1String("capacity")).toInt();
  slot.booked = object.value(QLatin1String("booked")).toInt();
  slot.available = object.contains(QLatin1String("available"))
                       ? object.value(QLatin1String("available")).toInt()
                       : std::max(0, slot.capacity - slot.booked);
  slot.opensAt = parseInstant(object.value(QLatin1String("opens_at")));
  return slot;
}

Availability availabilityOf(int available, int capacity) {
  if (capacity <= 0) {
    return Availability::None;
  }
  if (available <= 0) {
    return Availability::Full;
  }
  if (available * 5 <= capacity) {
    return Availability::Few;
  }
  return Availability::Plenty;
}

}  // namespace wedreg::kiosk
