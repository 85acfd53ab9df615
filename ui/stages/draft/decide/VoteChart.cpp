#include "VoteChart.h"

#include "Theme.h"
#include "stages/common/StageWidgets.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>

namespace {
QFont voteNameFont() {
    return Theme::font(StageWidgets::ProjectorBody, QFont::DemiBold);
}
QFont voteCountFont() {
    return Theme::font(StageWidgets::ProjectorLarge, QFont::Bold);
}
constexpr int VoteGap = 16; // between a name and its bar, and a bar and its count
} // namespace

VoteChart::VoteChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("voteChart"));
    setAccessibleName(tr("Dot vote result"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    takeTextColour();
}

void VoteChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        takeTextColour();
        update();
    }
}

void VoteChart::takeTextColour() {
    // The projector styles its labels (dark or light look) with a style sheet; a label made
    // here picks up the same text colour.
    QLabel probe(this);
    probe.ensurePolished();
    m_text = probe.palette().color(QPalette::WindowText);
}

void VoteChart::setTally(const QList<DotTally>& tally, const QHash<qint64, QString>& names,
                         int most) {
    m_rows.clear();
    m_most = std::max(1, most);
    for (const DotTally& t : tally) {
        QString label = names.value(t.candidateId).simplified();
        if (t.tied && t.dots > 0) // a tie at nothing says nothing
            label = tr("%1 · tie").arg(label);
        m_rows.append({label, t.dots, t.rank == 1 && t.dots > 0});
        m_most = std::max(m_most, t.dots);
    }
    describe();
    update();
}

void VoteChart::describe() {
    QStringList lines;
    for (const Row& row : std::as_const(m_rows))
        lines << (row.dots == 1 ? tr("%1: 1 dot").arg(row.label)
                                : tr("%1: %2 dots").arg(row.label).arg(row.dots));
    setAccessibleDescription(lines.join(u'\n'));
}

QStringList VoteChart::labels() const {
    QStringList result;
    for (const Row& row : m_rows)
        result << row.label;
    return result;
}

QList<int> VoteChart::values() const {
    QList<int> result;
    for (const Row& row : m_rows)
        result << row.dots;
    return result;
}

QList<QColor> VoteChart::barColours() const {
    // Everyone in a quiet tone of the text colour; the leaders (all of them, when tied) in the
    // star accent.
    const QColor text = palette().color(QPalette::WindowText);
    const QColor others =
        text.lightness() > 128 ? QColor(0x8F, 0xA3, 0xC7) : QColor(0x5A, 0x6B, 0x8C);
    QList<QColor> result;
    for (const Row& row : m_rows)
        result << (row.leader ? Theme::color(Theme::Role::Star) : others);
    return result;
}

VoteChart::Geometry VoteChart::geometry() const {
    Geometry g;
    const int count = int(m_rows.size());
    if (count == 0)
        return g;
    const QFontMetrics names(voteNameFont());
    // A row is at least a line of its name, and never taller than three: a short tally keeps
    // slim bars rather than stretching them over the screen.
    g.rowHeight = std::clamp(height() / count, names.lineSpacing() + 4, 3 * names.lineSpacing());
    g.maxLines = std::clamp((g.rowHeight - 4) / names.lineSpacing(), 1, 3);
    g.top = std::max(0, (height() - g.rowHeight * count) / 2); // a short tally sits centred
    int widest = 0;
    for (const Row& row : m_rows)
        widest = std::max(widest, names.horizontalAdvance(row.label));
    g.nameWidth = std::min(widest, width() * 2 / 5);
    return g;
}

QStringList VoteChart::nameLines(const QString& label, int width, int maxLines) const {
    QTextLayout layout(label, voteNameFont());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) { // the last line it may have: the rest, shortened
            const QFontMetrics metrics(voteNameFont());
            lines << metrics.elidedText(label.mid(line.textStart()).trimmed(), Qt::ElideRight,
                                        width);
            break;
        }
        lines << label.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QStringList VoteChart::drawnLabels() const {
    const Geometry g = geometry();
    QStringList result;
    for (const Row& row : m_rows)
        result << nameLines(row.label, g.nameWidth, g.maxLines).join(u'\n');
    return result;
}

void VoteChart::paintEvent(QPaintEvent*) {
    if (m_rows.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QFont nameFont = voteNameFont();
    const QFont countFont = voteCountFont();
    const QFontMetrics names(nameFont);
    const QFontMetrics counts(countFont);
    const QColor text = m_text;
    const QList<QColor> colours = barColours();
    const int barLeft = g.nameWidth + VoteGap;
    const int countWidth = counts.horizontalAdvance(QString::number(m_most)) + VoteGap;
    const int barRoom = std::max(1, width() - barLeft - countWidth);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QRect band(0, g.top + i * g.rowHeight, width(), g.rowHeight);
        const QStringList lines = nameLines(row.label, g.nameWidth, g.maxLines);
        painter.setFont(nameFont);
        painter.setPen(text);
        const int textTop = band.center().y() - int(lines.size()) * names.lineSpacing() / 2;
        for (int l = 0; l < lines.size(); ++l) {
            const QRect lineRect(0, textTop + l * names.lineSpacing(), g.nameWidth,
                                 names.lineSpacing());
            painter.drawText(QStyle::visualRect(layoutDirection(), rect(), lineRect),
                             Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight),
                             lines.at(l));
        }
        const int barHeight = std::min(band.height() * 7 / 10, 2 * names.lineSpacing());
        const int length = std::max(row.dots > 0 ? 4 : 0, barRoom * row.dots / m_most);
        const QRect bar(barLeft, band.center().y() - barHeight / 2, length, barHeight);
        painter.fillRect(QStyle::visualRect(layoutDirection(), rect(), bar), colours.at(i));
        painter.setFont(countFont);
        const QRect count(barLeft + length + VoteGap / 2, band.top(), countWidth, band.height());
        painter.drawText(QStyle::visualRect(layoutDirection(), rect(), count),
                         Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                         QString::number(row.dots));
    }
}
