#pragma once
// A plain-text label that wraps (StageWidgets::label), as QLabel draws and measures it but
// without laying its text out again for every paint and every size question. QLabel draws a
// plain text with QPainter::drawText, which lays it out and shapes it on each paint, and
// measures it with QFontMetrics::boundingRect three to five times whenever its hints are
// asked afresh: on the console's pages, with a room of phones writing, that was more than
// half of all painting and most of the layouts' work (#17).
//
// It draws and measures a LaidOutText, its text laid out for its font and the last few widths
// asked (a one-line text once for every wider width), with QLabel's own arithmetic around it; the
// measures are kept for every label with that text and font, and each label keeps its heights for
// the last few widths. Rich or selectable text, a buddy's mnemonic, tabs, a disabled label, pixmaps
// and style sheets that change its colour on hover go through QLabel's own code.
#include <QLabel>

#include <array>
#include <memory>
#include <optional>
#include <utility>

class LaidOutText;

class WrappingLabel : public QLabel {
public:
    explicit WrappingLabel(const QString& text, QWidget* parent = nullptr);
    ~WrappingLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    // How many times these labels have measured their text for a height at a width.
    static int heightLayouts();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Key {
        Qt::Alignment alignment;
        bool wrapped = false;
        Qt::TextFormat format = Qt::PlainText;
        Qt::TextInteractionFlags interaction;
        Qt::FocusPolicy focus = Qt::NoFocus;
        const QWidget* buddy = nullptr;
        int indent = 0;
        int margin = 0;
        QSize minimum;
        int maximumWidth = 0;
        bool operator==(const Key&) const = default;
    };

    void refresh() const;
    bool drawsItself() const;
    bool measuresItself() const;
    QSize sizeForWidth(int width, bool forHeight = false) const;
    QRect measured(int width, int flags, bool forHeight) const;
    std::shared_ptr<LaidOutText> shaped() const;
    QRect textRect(int flags) const;

    mutable bool m_valid = false;
    mutable Key m_key;
    mutable QString m_text;
    mutable bool m_ownText = false; // plain, not selectable, no buddy, laid out as drawText does
    mutable Qt::LayoutDirection m_direction = Qt::LeftToRight; // the text's, as QLabel's
    mutable std::optional<std::pair<QSize, QSize>> m_hints;    // minimum size hint, size hint
    mutable int m_oneLineFrom = -1; // the narrowest width the text took one line in
    mutable std::array<std::pair<int, int>, 4> m_heights{}; // width, height
    mutable std::size_t m_next = 0;
    mutable bool m_measuresAsMetrics = false;      // its lines are QFontMetrics::boundingRect's
    mutable std::shared_ptr<LaidOutText> m_shaped; // the text it draws and measures
};
