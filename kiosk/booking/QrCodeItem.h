// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// Shows `text` as a QR code (wedreg_core's QrEncoder: ECC level Q, quiet zone 4), scaled to whole
// pixels per module so a scanner reads it sharply. Nothing is written anywhere: the symbol lives in
// this item's memory and goes when `text` is emptied.
class QrCodeItem : public QQuickPaintedItem {
  Q_OBJECT
  QML_NAMED_ELEMENT(QrCode)
  Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
  // False when text is empty or does not fit a QR code.
  Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
  Q_PROPERTY(int modules READ modules NOTIFY textChanged)

 public:
  explicit QrCodeItem(QQuickItem* parent = nullptr);

  QString text() const { return m_text; }
  void setText(const QString& text);
  bool valid() const { return !m_symbol.isNull(); }
  int modules() const { return m_symbol.width(); }
  // The rendered symbol, one pixel per module (tests decode it).
  QImage symbol() const { return m_symbol; }

  void paint(QPainter* painter) override;

  // One pixel per module, quiet zone included; null image when `text` cannot be encoded.
  static QImage render(const QString& text);

 signals:
  void textChanged();

 private:
  QString m_text;
  QImage m_symbol;
};

}  // namespace wedreg::kiosk
