#pragma once
// Paints a QR code: dark modules on white, whatever the theme around it (a reader needs the
// contrast the standard asks for, and a dark-on-light code is the one every phone reads), with
// the standard's quiet zone of four modules, each module a whole number of pixels so its
// edges stay crisp on a projector. The code is as large as the widget's square allows and
// centred in it; the white square takes exactly the code and its quiet zone.
#include <QWidget>

#include "room/QrCode.h"

class QPainter;

class QrCodeView : public QWidget {
    Q_OBJECT

public:
    static constexpr int QuietZone = 4; // modules of white around the code

    explicit QrCodeView(QWidget* parent = nullptr);

    // Encodes `data` (a join link); an empty or over-long one shows nothing.
    void setData(const QByteArray& data);
    const QrMatrix& matrix() const { return m_matrix; }

    // The device pixels of one module at this widget's size (0: too small to paint or no code).
    int modulePixels() const;

    // Paints `matrix` with its quiet zone, as large as whole-pixel modules allow, centred in
    // `area`; returns the white square it painted (empty when nothing fits).
    static QRect paint(QPainter& painter, const QRect& area, const QrMatrix& matrix);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QrMatrix m_matrix;
};
