#include "SilentTally.h"

#include "Theme.h"
#include "stages/common/StageWidgets.h"
#include "stages/draft/DraftText.h"
#include "widgets/ElidedLabel.h"
#include "widgets/SteadyBox.h"

#include <QEvent>
#include <QLabel>
#include <QStyle>

#include <algorithm>

namespace {
constexpr qreal RowPoints = StageWidgets::ProjectorFloor;
constexpr qreal SummaryPoints = StageWidgets::ProjectorBody;

void setShown(QWidget* widget, bool shown) {
    if (widget->isHidden() == shown) // no event for a widget already so
        widget->setVisible(shown);
}
} // namespace

SilentTally::SilentTally(const QList<Row>& rows, QWidget* parent)
    : QWidget(parent)
    , m_rows(rows) {
    setObjectName(QStringLiteral("projectorSilentTally"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    for (const Row& row : rows) {
        ElidedLabel* name = StageWidgets::projectorLine(row.name, RowPoints, this);
        name->setObjectName(QStringLiteral("projectorPersonName"));
        // Every name starts at the same edge, a right-to-left one too: a column reads as one.
        name->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter |
                           (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
        QLabel* count = StageWidgets::projectorLabel(countText(row.cards, false), RowPoints, this);
        count->setWordWrap(false);
        count->setObjectName(QStringLiteral("projectorPersonCount"));
        m_names << name;
        m_counts << count;
        m_countBoxes << new SteadyBox(count, this);
    }
    m_written = StageWidgets::projectorLabel({}, SummaryPoints, this);
    m_written->setObjectName(QStringLiteral("projectorSilentWritten"));
    m_thinking = StageWidgets::projectorLabel({}, SummaryPoints, this);
    m_thinking->setObjectName(QStringLiteral("projectorSilentThinking"));
    setSummary();
    m_written->hide();
    m_thinking->hide();
}

void SilentTally::setCards(qsizetype row, int cards) {
    const bool wasWriting = m_rows.at(row).cards > 0;
    m_rows[row].cards = cards;
    m_counts.at(row)->setText(countText(cards, m_brief));
    if (m_rows.at(row).person && wasWriting != (cards > 0))
        setSummary();
}

// Counts people, never names them: the room sees how far it has come together.
void SilentTally::setSummary() {
    int people = 0;
    int writing = 0;
    for (const Row& row : std::as_const(m_rows))
        if (row.person) {
            ++people;
            writing += row.cards > 0 ? 1 : 0;
        }
    const int thinking = people - writing;
    m_written->setText(writing == people ? tr("All %1 people have written").arg(people)
                       : writing == 1
                           ? tr("1 of %1 people has written").arg(people)
                           : tr("%1 of %2 people have written").arg(writing).arg(people));
    m_thinking->setText(thinking == 0   ? tr("Keep going: every card helps the choice")
                        : thinking == 1 ? tr("1 person is still thinking")
                                        : tr("%1 are still thinking").arg(thinking));
}

int SilentTally::rowHeight() const {
    int height = QFontMetrics(Theme::font(RowPoints)).height();
    for (const ElidedLabel* name : m_names)
        height = std::max(height, name->sizeHint().height());
    for (const SteadyBox* box : m_countBoxes)
        height = std::max(height, box->sizeHint().height());
    return height;
}

int SilentTally::leastNameWidth(const ElidedLabel* name) {
    const QFontMetrics metrics(name->font());
    const int least =
        metrics.horizontalAdvance(QString(MinNameChars, u'n') + QChar(0x2026)); // "nnnnnnn…"
    return std::min(metrics.size(0, name->fullText()).width(), least);
}

QString SilentTally::countText(int cards, bool brief) {
    return brief ? QString::number(cards) : tr("— %1").arg(DraftText::cardCount(cards));
}

int SilentTally::countWidth(bool brief, bool reserve) const {
    if (m_counts.isEmpty())
        return 0;
    const QFontMetrics metrics(m_counts.first()->font());
    int widest = 0;
    for (const Row& row : m_rows)
        widest = std::max(widest, metrics.horizontalAdvance(countText(row.cards, brief)));
    return widest + (reserve ? metrics.horizontalAdvance(u'0') : 0);
}

std::optional<SilentTally::Shape> SilentTally::shape(bool brief, int rowHeight) const {
    const int rows = int(m_rows.size());
    if (rows == 0)
        return Shape{};
    const int perColumnMost = (height() + RowGap) / (rowHeight + RowGap);
    if (perColumnMost < 1)
        return std::nullopt;
    int nameNeed = 0;
    int nameLeast = 0;
    for (const ElidedLabel* name : m_names) {
        nameNeed = std::max(nameNeed, name->sizeHint().width());
        nameLeast = std::max(nameLeast, leastNameWidth(name));
    }
    const int count = countWidth(brief);
    Shape shape;
    shape.columns = (rows + perColumnMost - 1) / perColumnMost;
    if (shape.columns * (nameLeast + NameGap + count) + (shape.columns - 1) * ColumnGap > width())
        return std::nullopt;
    shape.perColumn = (rows + shape.columns - 1) / shape.columns;
    const int columnWidth = (width() - (shape.columns - 1) * ColumnGap) / shape.columns;
    shape.nameWidth = std::min(nameNeed, columnWidth - NameGap - count);
    return shape;
}

void SilentTally::setBrief(bool brief) {
    if (brief == m_brief)
        return;
    m_brief = brief;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_counts.at(i)->setAlignment((brief ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        m_counts.at(i)->setText(countText(m_rows.at(i).cards, brief));
    }
}

// Whole counts when every row fits with them, short ones when only those fit, else the summary.
void SilentTally::place() {
    const int rowHeight = this->rowHeight();
    std::optional<Shape> fit = shape(false, rowHeight);
    bool brief = false;
    if (!fit) {
        fit = shape(true, rowHeight);
        brief = fit.has_value();
    }
    setBrief(brief);
    m_placedCountWidth = countWidth(brief);
    m_showsRows = fit.has_value();
    const auto put = [this](QWidget* widget, const QRect& at) {
        widget->setGeometry(QStyle::visualRect(layoutDirection(), rect(), at));
    };
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        setShown(m_names.at(i), m_showsRows);
        setShown(m_countBoxes.at(i), m_showsRows);
        if (!fit)
            continue;
        const int columnWidth =
            (width() - (fit->columns - 1) * ColumnGap) / std::max(1, fit->columns);
        const int x = int(i / fit->perColumn) * (columnWidth + ColumnGap);
        const int y = int(i % fit->perColumn) * (rowHeight + RowGap);
        put(m_names.at(i), QRect(x, y, fit->nameWidth, rowHeight));
        put(m_countBoxes.at(i),
            QRect(x + fit->nameWidth + NameGap, y, m_placedCountWidth, rowHeight));
    }
    setShown(m_written, !m_showsRows);
    setShown(m_thinking, !m_showsRows);
    if (!m_showsRows) {
        const int written = m_written->heightForWidth(width());
        put(m_written, QRect(0, 0, width(), written));
        put(m_thinking,
            QRect(0, written + 3 * RowGap, width(), m_thinking->heightForWidth(width())));
    }
}

QSize SilentTally::sizeHint() const {
    int nameNeed = 0;
    for (const ElidedLabel* name : m_names)
        nameNeed = std::max(nameNeed, name->sizeHint().width());
    return {nameNeed + NameGap + countWidth(false), 4 * rowHeight()};
}

QSize SilentTally::minimumSizeHint() const {
    return {countWidth(true) + NameGap +
                QFontMetrics(m_written->font()).horizontalAdvance(u'M') * 3,
            rowHeight()};
}

bool SilentTally::event(QEvent* event) {
    // A label's new text asks for a layout here. Only a count wider than the room its column
    // keeps, or a summary line that wraps anew, moves anything.
    if (event->type() == QEvent::LayoutRequest) {
        const bool countOutgrew = m_showsRows && countWidth(m_brief, false) > m_placedCountWidth;
        const bool summaryWraps =
            !m_showsRows && (m_written->height() != m_written->heightForWidth(width()) ||
                             m_thinking->height() != m_thinking->heightForWidth(width()));
        if (countOutgrew || summaryWraps)
            place();
    }
    return QWidget::event(event);
}

void SilentTally::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    place();
}
