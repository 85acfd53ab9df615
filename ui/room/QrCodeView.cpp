#include "QrCodeView.h"

#include <QPainter>

namespace {
// The smallest module a phone reads from across a room is far larger than this; below it the
// code is not worth painting at all.
constexpr int SmallestModule = 2;

int moduleFor(const QSize& area, const QrMatrix& matrix) {
    if (matrix.isNull())
        return 0;
    const int side = std::min(area.width(), area.height());
    const int module = side / (matrix.size + 2 * QrCodeView::QuietZone);
    return module >= SmallestModule ? module : 0;
}
} // namespace

QrCodeView::QrCodeView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code of the join link"));
}

void QrCodeView::setData(const QByteArray& data) {
    m_matrix = QrCode::encode(data);
    updateGeometry();
    update();
}

int QrCodeView::modulePixels() const {
    return moduleFor(size() * devicePixelRatioF(), m_matrix);
}

QRect QrCodeView::paint(QPainter& painter, const QRect& logicalArea, const QrMatrix& matrix) {
    // Whole pixels of the device, not of the layout: on a scaled screen (1.5×) a module of
    // whole logical pixels would straddle device pixels and blur.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QRect area(QPoint(qRound(logicalArea.x() * ratio), qRound(logicalArea.y() * ratio)),
                     logicalArea.size() * ratio);
    const int module = moduleFor(area.size(), matrix);
    if (!module)
        return {};
    const int side = (matrix.size + 2 * QrCodeView::QuietZone) * module;
    const QRect square(area.x() + (area.width() - side) / 2, area.y() + (area.height() - side) / 2,
                       side, side);
    painter.save();
    painter.scale(1 / ratio, 1 / ratio);
    painter.setRenderHint(QPainter::Antialiasing, false); // whole pixels: crisp edges
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, Qt::white);
    const QPoint origin = square.topLeft() + QPoint(QuietZone, QuietZone) * module;
    for (int row = 0; row < matrix.size; ++row) {
        // One rectangle per run of dark modules along the row: fewer, larger fills.
        int column = 0;
        while (column < matrix.size) {
            if (!matrix.isDark(row, column)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < matrix.size && matrix.isDark(row, column))
                ++column;
            painter.fillRect(origin.x() + start * module, origin.y() + row * module,
                             (column - start) * module, module, Qt::black);
        }
    }
    painter.restore();
    return QRectF(QPointF(square.topLeft()) / ratio, QSizeF(square.size()) / ratio).toRect();
}

QSize QrCodeView::sizeHint() const {
    const int modules = (m_matrix.isNull() ? 33 : m_matrix.size) + 2 * QuietZone;
    return {modules * 8, modules * 8};
}

QSize QrCodeView::minimumSizeHint() const {
    const int modules = (m_matrix.isNull() ? 33 : m_matrix.size) + 2 * QuietZone;
    return {modules * SmallestModule, modules * SmallestModule};
}

void QrCodeView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect(), m_matrix);
}
