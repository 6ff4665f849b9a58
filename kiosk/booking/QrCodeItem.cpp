// SPDX-License-Identifier: Apache-2.0
#include "kiosk/booking/QrCodeItem.h"

#include "core/qr/QrEncoder.h"
#include "core/qr/QrError.h"

#include <QPainter>

#include <algorithm>

namespace wedreg::kiosk {

QrCodeItem::QrCodeItem(QQuickItem* parent) : QQuickPaintedItem(parent) {
  setAntialiasing(false);
}

QImage QrCodeItem::render(const QString& text) {
  if (text.isEmpty()) {
    return {};
  }
  try {
    const QByteArray utf8 = text.toUtf8();
    const core::qr::QrSymbol symbol =
        core::qr::QrEncoder::encode(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    QImage image(symbol.size(), symbol.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < symbol.size(); ++y) {
      uchar* line = image.scanLine(y);
      for (int x = 0; x < symbol.size(); ++x) {
        line[x] = symbol.isDark(x, y) ? 0 : 255;
      }
    }
    return image;
  } catch (const std::exception&) {
    return {};
  }
}

void QrCodeItem::setText(const QString& text) {
  if (m_text == text) {
    return;
  }
  m_text = text;
  m_symbol = render(text);
  emit textChanged();
  update();
}

void QrCodeItem::paint(QPainter* painter) {
  if (m_symbol.isNull()) {
    return;
  }
  const int side = static_cast<int>(std::min(width(), height()));
  const int scale = std::max(1, side / m_symbol.width());
  const int drawn = scale * m_symbol.width();
  const QRect target((static_cast<int>(width()) - drawn) / 2, (static_cast<int>(height()) - drawn) / 2,
                     drawn, drawn);
  painter->drawImage(target, m_symbol);
}

}  // namespace wedreg::kiosk
