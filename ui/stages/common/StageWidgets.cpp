#include "StageWidgets.h"

#include "Theme.h"
#include "agenda/AgendaPlan.h"
#include "widgets/ElidedLabel.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <QEvent>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace {

int layouts = 0; // see StageWidgets::labelLayouts()

// A wrapping label that remembers its height for the last few widths of its text. A layout
// asks a label's height for a width several times a pass (minimum, hint, each enclosing layout,
// the scroll area sizing the page), often for two or three widths in turn, and QLabel lays its
// text out again each time: with a room of phones writing, the console's pages are laid out
// many times a second, and shaping the same texts was a tenth of the work.
class HeightKeepingLabel : public QLabel {
public:
    using QLabel::QLabel;

    // QLabel's hints, which it keeps, noted for heightForWidth(): the layouts ask for them
    // before they ask for heights.
    QSize minimumSizeHint() const override {
        refresh();
        const QSize minimum = QLabel::minimumSizeHint();
        m_hints = std::pair(minimum, QLabel::sizeHint());
        return minimum;
    }

    int heightForWidth(int width) const override {
        refresh();
        for (const auto& [knownWidth, height] : m_heights)
            if (knownWidth == width)
                return height;
        // A plain text on one line is as tall for every width it fits in: the count in a
        // heading, new after each card a phone writes, needs one layout at most, not one for
        // each width the layouts ask. It fits in any width as wide as its hint when that is
        // one line tall (as tall as the minimum, which is the text on one line), and in any
        // width as wide as one it took a single line in (more room never wraps it more).
        if (textFormat() == Qt::PlainText) {
            if (!m_hints)
                minimumSizeHint(); // what the layouts ask first anyway; QLabel keeps it
            const auto& [minimum, hint] = *m_hints;
            const int oneLine = minimum.height();
            if ((hint.height() == oneLine && width >= hint.width()) ||
                (m_oneLineFrom >= 0 && width >= m_oneLineFrom))
                return oneLine;
        }
        const int height = QLabel::heightForWidth(width);
        ++layouts;
        m_heights[m_next] = {width, height};
        m_next = (m_next + 1) % m_heights.size();
        if (m_hints && height == m_hints->first.height() &&
            (m_oneLineFrom < 0 || width < m_oneLineFrom))
            m_oneLineFrom = width;
        return height;
    }

protected:
    bool event(QEvent* event) override {
        // Anything but these may change the height the text takes (a font, a style, a margin,
        // the direction, the screen): it is laid out again when next asked.
        switch (event->type()) {
        case QEvent::Paint:
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::UpdateRequest:
        case QEvent::Timer:
        case QEvent::Enter:
        case QEvent::Leave:
        case QEvent::HoverEnter:
        case QEvent::HoverLeave:
        case QEvent::HoverMove:
        case QEvent::MouseMove:
        case QEvent::ToolTip:
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::ShowToParent:
        case QEvent::HideToParent:
            break;
        default:
            m_valid = false;
        }
        return QLabel::event(event);
    }

private:
    // What else the height depends on that changes without an event to the label.
    struct Key {
        bool wrapped = false;
        Qt::TextFormat format = Qt::PlainText;
        int indent = 0;
        int margin = 0;
        QSize minimum;
        int maximumWidth = 0;
        bool operator==(const Key&) const = default;
    };

    // Forgets the heights and hints kept for another text or look.
    void refresh() const {
        const Key now{wordWrap(), textFormat(), indent(), margin(), minimumSize(), maximumWidth()};
        if (m_valid && now == m_key && text() == m_text)
            return;
        m_key = now;
        m_text = text();
        m_heights.fill({-1, 0});
        m_hints.reset();
        m_oneLineFrom = -1;
        m_valid = true;
    }

    mutable bool m_valid = false;
    mutable Key m_key;
    mutable QString m_text;
    mutable std::optional<std::pair<QSize, QSize>> m_hints; // minimum size hint, size hint
    mutable int m_oneLineFrom = -1; // the narrowest width the text took one line in
    mutable std::array<std::pair<int, int>, 4> m_heights{}; // width, height
    mutable std::size_t m_next = 0;
};

} // namespace

namespace StageWidgets {

int labelLayouts() {
    return layouts;
}

QLabel* label(const QString& text, QWidget* parent, const char* objectName) {
    auto* l = new HeightKeepingLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    if (objectName)
        l->setObjectName(QLatin1String(objectName));
    return l;
}

void addPageHeader(const PlannedStage& stage, QVBoxLayout* layout, QWidget* page) {
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(label(stage.title, page, "pageTitle"));
    if (!stage.purpose.isEmpty())
        layout->addWidget(label(stage.purpose, page, "pageSubtitle"));
}

QFrame* card(const QString& heading, QWidget* parent, QVBoxLayout** body) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    if (!heading.isEmpty())
        layout->addWidget(label(heading, frame, "sectionTitle"));
    if (body)
        *body = layout;
    return frame;
}

QLabel* hint(const QString& text, QWidget* parent) {
    QLabel* l = label(text, parent, "pageSubtitle");
    return l;
}

QLabel* projectorLabel(const QString& text, qreal points, QWidget* parent, QFont::Weight weight) {
    auto* l = label(text, parent);
    l->setFont(Theme::font(std::max(points, ProjectorFloor), weight));
    return l;
}

QLabel* projectorLine(const QString& text, qreal points, QWidget* parent, QFont::Weight weight) {
    auto* l = new ElidedLabel(text, parent);
    l->setFont(Theme::font(std::max(points, ProjectorFloor), weight));
    return l;
}

QSize projectorScreen(const QWidget* inside) {
    return inside ? inside->window()->size() : QSize();
}

bool isCompactProjector(const QWidget* inside) {
    return projectorScreen(inside).height() < CompactProjectorBelowHeight;
}

QFrame* projectorCard(QWidget* parent, bool chosen) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(chosen ? QStringLiteral("projectorCardChosen")
                                : QStringLiteral("projectorCard"));
    frame->setAttribute(Qt::WA_StyledBackground); // AudienceWindow's style sheet draws it
    return frame;
}

} // namespace StageWidgets
