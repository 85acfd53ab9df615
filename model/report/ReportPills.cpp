#include "ReportPills.h"

#include "ReportStyle.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

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
    return *m_layout;
}

QSizeF PillRow::size(const QPaintDevice* device) const {
    laid(device);
    return m_size;
}

void PillRow::paint(QPainter& painter, const QPointF& topLeft, const QPaintDevice* device) const {
    laid(device).draw(&painter, topLeft);
}
