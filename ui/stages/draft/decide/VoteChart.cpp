#include "VoteChart.h"

#include "Theme.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/CandidateText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <algorithm>

VoteChart::VoteChart(QWidget* parent)
    : QChartView(parent)
    , m_set(new QBarSet(tr("Dots")))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis) {
    setObjectName(QStringLiteral("voteChart"));
    setAccessibleName(tr("Dot vote result"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::NoBrush);
    setStyleSheet(QStringLiteral("background: transparent;"));
    viewport()->setAutoFillBackground(false);
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* series = new QHorizontalBarSeries;
    series->append(m_set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    m_categories->setTruncateLabels(false);
    m_categories->setLabelsFont(Theme::font(StageWidgets::ProjectorBody, QFont::DemiBold));
    m_categories->setGridLineVisible(false);
    m_categories->setLineVisible(false);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setLabelsVisible(false);
    m_values->setGridLineVisible(false);
    m_values->setLineVisible(false);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_values);
    m_set->setLabelFont(Theme::font(StageWidgets::ProjectorLarge, QFont::Bold));
    setChart(chart);
    applyColours();
}

void VoteChart::setTally(const QList<DotTally>& tally, const QHash<qint64, QString>& names,
                         int most) {
    m_tally = tally;
    if (m_set->count() > 0)
        m_set->remove(0, m_set->count());
    m_categories->clear();
    // A horizontal bar chart draws its first category at the bottom: feed it worst first.
    QStringList labels;
    QList<qreal> values;
    for (auto it = tally.crbegin(); it != tally.crend(); ++it) {
        QString label = names.value(it->candidateId).toHtmlEscaped();
        if (it->tied && it->dots > 0) // a tie at nothing says nothing
            label = tr("%1 · tie").arg(label);
        // Axis labels are drawn as rich text: long names wrap onto a second line.
        label = CandidateText::lines(label, 24).replace(u'\n', QStringLiteral("<br>"));
        // Category labels must be unique; two candidates with the same name stay two bars.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
        values << it->dots;
        most = std::max(most, it->dots);
    }
    m_categories->append(labels);
    m_set->append(values);
    // Room at the end of the longest bar for its count.
    m_values->setRange(0, std::max(1, most) * 1.15);
    applyColours();
}

QStringList VoteChart::labels() const {
    QStringList result = m_categories->categories();
    std::reverse(result.begin(), result.end());
    for (QString& label : result) {
        label.remove(QChar(0x200B));
        label.replace(QStringLiteral("<br>"), QStringLiteral(" "));
        label = QTextDocumentFragment::fromHtml(label).toPlainText();
    }
    return result;
}

QList<int> VoteChart::values() const {
    QList<int> result;
    for (int i = m_set->count() - 1; i >= 0; --i)
        result << int(m_set->at(i));
    return result;
}

QList<QColor> VoteChart::barColours() const {
    QList<QColor> result;
    for (int i = m_set->count() - 1; i >= 0; --i)
        result << (m_set->isBarSelected(i) ? m_set->selectedColor() : m_set->color());
    return result;
}

void VoteChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void VoteChart::applyColours() {
    // The projector styles its labels (dark or light look) with a style sheet; a label made
    // here picks up the same text colour, and the chart stays transparent over the window.
    QLabel probe(this);
    probe.ensurePolished();
    const QColor text = probe.palette().color(QPalette::WindowText);
    const bool dark = text.lightness() > 128;
    m_categories->setLabelsColor(text);
    m_set->setLabelColor(text);
    // Everyone else in a quiet tone of the text colour; the leaders (all of them, when tied)
    // in the star accent.
    const QColor others = dark ? QColor(0x8F, 0xA3, 0xC7) : QColor(0x5A, 0x6B, 0x8C);
    m_set->setColor(others);
    m_set->setBorderColor(Qt::transparent);
    m_set->setSelectedColor(Theme::color(Theme::Role::Star));
    m_set->deselectAllBars();
    const int count = int(m_tally.size());
    for (int i = 0; i < count; ++i) {
        const DotTally& t = m_tally.at(i);
        if (t.rank == 1 && t.dots > 0)
            m_set->selectBar(count - 1 - i);
    }
}
