#include "ReportPills.h"

#include "ReportStyle.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal PillPoints = 7.5;
constexpr qreal PillLineHeight = 1.5; // the row's "line-height: 150%"
} // namespace

PillRow::PillRow(QList<Pill> pills, qreal widthPoints)
    : m_pills(std::move(pills))
    , m_widthPoints(widthPoints) {}

PillRow::~PillRow() = default;
PillRow::PillRow(PillRow&&) noexcept = default;
PillRow& PillRow::operator=(PillRow&&) noexcept = default;

QTextLayout& PillRow::laid(const QPaintDevice* device) const {
    if (m_layout)
        return *m_layout;
    // " title answer " on the pill's colour, the answer bold; pills apart by a plain space,
    // where the row may wrap (the pill's own spaces do not break).
    const QChar nbsp(0x00A0);
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Pill& pill : m_pills) {
        if (!text.isEmpty())
            text += u' ';
        const auto unbroken = [&](const QString& s) {
            return ReportStyle::drawable(s).replace(u' ', nbsp);
        };
        const int start = int(text.size());
        text += nbsp + unbroken(pill.title) + nbsp;
        const int answerStart = int(text.size());
        text += unbroken(pill.answer);
        const int answerEnd = int(text.size());
        text += nbsp;
        QTextCharFormat whole;
        whole.setBackground(pill.fill);
        whole.setForeground(pill.colour);
        formats.append({start, int(text.size()) - start, whole});
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        formats.append({answerStart, answerEnd - answerStart, bold});
    }
    m_layout = std::make_unique<QTextLayout>(text, ReportStyle::font(PillPoints), device);
    m_layout->setFormats(formats);
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const qreal width = m_widthPoints * (device ? device->logicalDpiY() : 96.0) / 72.0;
    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        // As Qt lays out a paragraph with a proportional line height.
        y += std::ceil(line.ascent() + line.descent() + line.leading()) * PillLineHeight;
    }
    m_layout->endLayout();
    m_size = QSizeF(width, y);
    gather();
    return *m_layout;
}

void PillRow::gather() const {
    QList<QTextLayout::FormatRange> pills;
    for (const QTextLayout::FormatRange& range : m_layout->formats())
        if (range.format.hasProperty(QTextFormat::BackgroundBrush))
            pills.append(range);
    for (qsizetype i = 0; i < pills.size(); ++i) {
        const QTextLayout::FormatRange& pill = pills.at(i);
        const QColor colour = m_pills.at(i).colour;
        const QTextLine line = m_layout->lineForTextPosition(pill.start);
        const qreal left = line.cursorToX(pill.start);
        const qreal right = line.cursorToX(pill.start + pill.length);
        m_backgrounds.append(
            {QRectF(left, line.y(), right - left, line.height()), m_pills.at(i).fill});
        for (const QGlyphRun& run : m_layout->glyphRuns(pill.start, pill.length)) {
            const auto same = std::find_if(m_runs.begin(), m_runs.end(), [&](const auto& r) {
                return r.second == colour && r.first.rawFont() == run.rawFont();
            });
            if (same == m_runs.end()) {
                m_runs.append({run, colour});
                continue;
            }
            same->first.setGlyphIndexes(same->first.glyphIndexes() + run.glyphIndexes());
            same->first.setPositions(same->first.positions() + run.positions());
        }
    }
}

QSizeF PillRow::size(const QPaintDevice* device) const {
    laid(device);
    return m_size;
}

void PillRow::paint(QPainter& painter, const QPointF& topLeft, const QPaintDevice* device) const {
    laid(device);
    painter.save();
    for (const auto& [rect, fill] : m_backgrounds)
        painter.fillRect(rect.translated(topLeft), fill);
    for (const auto& [run, colour] : m_runs) {
        painter.setPen(colour);
        painter.drawGlyphRun(topLeft, run);
    }
    painter.restore();
}
