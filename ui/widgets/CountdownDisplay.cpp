#include "CountdownDisplay.h"

#include "Theme.h"

#include <QFontMetrics>
#include <QPainter>

CountdownDisplay::CountdownDisplay(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("countdown"));
    setAccessibleName(tr("Stage timer"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void CountdownDisplay::setTime(qint64 remainingMs, Countdown::Phase phase, bool running) {
    const QString text = Countdown::format(remainingMs);
    if (text == m_text && phase == m_phase && running == m_running)
        return; // nothing visible changed: no repaint, a cheap tick
    const bool wider = text.size() != m_text.size();
    m_text = text;
    m_phase = phase;
    m_running = running;
    setAccessibleDescription(phase == Countdown::Phase::Overrun
                                 ? tr("%1 over time").arg(text.mid(1))
                                 : tr("%1 left%2").arg(text, running ? QString() : tr(", paused")));
    if (wider)
        updateGeometry();
    update();
}

void CountdownDisplay::setPixelHeight(int pixels) {
    m_pixelHeight = pixels;
    updateGeometry();
    update();
}

void CountdownDisplay::setTight(bool tight) {
    if (m_tight == tight)
        return;
    m_tight = tight;
    updateGeometry();
    update();
}

namespace {
constexpr int TightPad = 6; // above and below the figures in a tight box

// Where the figures and the colon reach, relative to the baseline.
QRect figuresBox(const QFontMetrics& metrics) {
    return metrics.tightBoundingRect(QStringLiteral("0123456789:+"));
}
} // namespace

void CountdownDisplay::setSurface(Surface surface) {
    m_surface = surface;
    update();
}

QSize CountdownDisplay::sizeHint() const {
    QFont font = Theme::font(10, QFont::DemiBold);
    font.setPixelSize(m_pixelHeight);
    const QFontMetrics metrics(font);
    // Size for the widest text of this length so the layout does not jitter every second.
    const QString widest = QString(m_text.size(), u'0').replace(m_text.indexOf(u':'), 1, u':');
    return {metrics.horizontalAdvance(widest + QStringLiteral("+")) + 8,
            m_tight ? figuresBox(metrics).height() + 2 * TightPad : metrics.height()};
}

QColor CountdownDisplay::colour() const {
    // Each pair passes against its background: the projector's at 7:1 or more (night,
    // paper), the console's at 4.5:1 or more on white (TestConsole checks them all).
    using R = Theme::Role;
    const int phase = m_phase == Countdown::Phase::Calm    ? 0
                      : m_phase == Countdown::Phase::Amber ? 1
                                                           : 2;
    static const R console[] = {R::Calm, R::AmberOnWhite, R::Red};
    static const R dark[] = {R::Paper, R::Star, R::RedOnNight};
    static const R light[] = {R::CalmOnPaper, R::AmberOnPaper, R::RedOnPaper};
    switch (m_surface) {
    case Surface::Console:
        return Theme::color(console[phase]);
    case Surface::ProjectorDark:
        return Theme::color(dark[phase]);
    case Surface::ProjectorLight:
        return Theme::color(light[phase]);
    }
    return {};
}

void CountdownDisplay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = Theme::font(10, QFont::DemiBold);
    font.setPixelSize(m_pixelHeight);
    painter.setFont(font);
    painter.setPen(colour());
    // Draw each character in a fixed-width cell: Inter's figures are proportional, and
    // digits that shift every second are distracting on a big screen.
    const QFontMetrics metrics(font);
    const int cell = metrics.horizontalAdvance(QLatin1Char('0'));
    int total = 0;
    for (QChar ch : m_text)
        total += ch.isDigit() ? cell : metrics.horizontalAdvance(ch);
    int x = (width() - total) / 2;
    const QRect figures = figuresBox(metrics);
    const int baseline = m_tight ? (height() - figures.height()) / 2 - figures.top()
                                 : (height() + metrics.ascent() - metrics.descent()) / 2;
    for (QChar ch : m_text) {
        const int w = ch.isDigit() ? cell : metrics.horizontalAdvance(ch);
        painter.drawText(QRect(x, baseline - metrics.ascent(), w, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, QString(ch));
        x += w;
    }
}
