#include "NorthStarTreePainter.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

void NorthStarTreePainter::paint(QPainter& painter, const NorthStarTree& tree, const QRectF& area,
                                 const TreeColors& colors, const QFont& base) {
    paint(painter, NorthStarTreeLayout::compute(tree, area, base), colors);
}

QPolygonF NorthStarTreePainter::star(const QRectF& box) {
    QPolygonF points;
    const qreal outer = std::min(box.width(), box.height()) / 2;
    const qreal inner = outer * 0.42;
    // Centre the star's own bounding box (it is shorter than it is wide).
    const QPointF centre = box.center() + QPointF(0, outer * 0.1);
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : inner;
        const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        points << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return points;
}

void NorthStarTreePainter::paintArrow(QPainter& painter, const TreeArrow& arrow, qreal unit) {
    const QLineF line(arrow.from, arrow.to);
    if (line.length() < 1)
        return;
    const qreal head = std::clamp(unit * 0.55, 5.0, line.length() * 0.6);
    const QPointF direction = (arrow.to - arrow.from) / line.length();
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = arrow.to - direction * head;
    painter.drawLine(QLineF(arrow.from, base + direction * 0.5));
    const QPolygonF tip{arrow.to, base + normal * head * 0.55, base - normal * head * 0.55};
    painter.save();
    painter.setBrush(painter.pen().color());
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(tip);
    painter.restore();
}

void NorthStarTreePainter::paintText(QPainter& painter, const TreeText& text,
                                     const TreeColors& colors) {
    switch (text.role) {
    case TreeTextRole::Ink:
        painter.setPen(colors.ink);
        break;
    case TreeTextRole::Muted:
        painter.setPen(colors.muted);
        break;
    case TreeTextRole::OnAccent:
        painter.setPen(colors.onAccent);
        break;
    }
    painter.setFont(text.font);
    const QFontMetricsF fm(text.font);
    qreal y = text.rect.top();
    for (const QString& line : text.lines) {
        qreal x = text.rect.left();
        if (text.alignment & Qt::AlignHCenter)
            x += (text.rect.width() - fm.horizontalAdvance(line)) / 2;
        else if (text.alignment & Qt::AlignRight)
            x += text.rect.width() - fm.horizontalAdvance(line);
        painter.drawText(QPointF(x, y + fm.ascent()), line);
        y += text.lineHeight;
    }
}

void NorthStarTreePainter::paint(QPainter& painter, const NorthStarTreeLayout& layout,
                                 const TreeColors& colors) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(layout.area, colors.background);

    const qreal u = layout.unit;
    const qreal stroke = std::max(1.0, u * 0.07);
    const qreal radius = std::max(4.0, u * 0.4);

    // Arrows first, so boxes sit on top of their ends.
    const qreal arrowWidth = std::max(1.5, u * 0.11);
    for (const TreeArrow& arrow : layout.arrows) {
        painter.setPen(QPen(colors.line, arrowWidth, arrow.tentative ? Qt::DashLine : Qt::SolidLine,
                            Qt::FlatCap));
        paintArrow(painter, arrow, u);
    }

    // Business results: an outline only; they are the consequence, not the work.
    painter.setPen(QPen(colors.line, stroke * 1.4));
    painter.setBrush(Qt::NoBrush);
    if (!layout.results.isNull()) // a short projector leaves the results out
        painter.drawRoundedRect(layout.results, layout.results.height() / 2,
                                layout.results.height() / 2);

    for (const QRectF& box : layout.inputs) {
        painter.setPen(QPen(colors.line, stroke));
        painter.setBrush(colors.boxFill);
        painter.drawRoundedRect(box, radius, radius);
        // An accent bar along the top ties every input to the star it feeds.
        QPainterPath clip;
        clip.addRoundedRect(box, radius, radius);
        painter.save();
        painter.setClipPath(clip);
        painter.fillRect(QRectF(box.left(), box.top(), box.width(), 0.22 * u), colors.accent);
        painter.restore();
    }
    if (!layout.inputsPlaceholder.isNull()) {
        painter.setPen(QPen(colors.line, stroke, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(layout.inputsPlaceholder, radius, radius);
    }
    if (!layout.guardrail.isNull()) {
        painter.setPen(QPen(colors.line, stroke * 1.4, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(layout.guardrail, radius, radius);
    }

    // The North Star Metric: the one box in the accent colour.
    painter.setPen(QPen(colors.accent, std::max(2.0, u * 0.16)));
    painter.setBrush(colors.metricFill);
    painter.drawRoundedRect(layout.metric, radius * 1.4, radius * 1.4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.accent);
    painter.drawPolygon(star(layout.star));
    if (!layout.gameChip.isNull())
        painter.drawRoundedRect(layout.gameChip, layout.gameChip.height() / 2,
                                layout.gameChip.height() / 2);

    for (const TreeText& text : layout.texts)
        paintText(painter, text, colors);
    painter.restore();
}
