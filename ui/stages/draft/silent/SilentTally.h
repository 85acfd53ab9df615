#pragma once
// The projector's tally of the silent brainstorm before the reveal: each person's name and how
// many cards they have written, in as many columns as the room needs, every row at the
// projector's floor size. When the rows do not all fit (a room of sixty phones), it shows
// none of them but a summary: how many people have written so far and how many are still
// thinking. Nobody is singled out; everybody or nobody has a row.
//
// Each count reads "— 3 cards" when the columns have room for it, and only "3" (under the
// heading "12 cards so far") when that lets every row fit.
//
// It places its rows itself, on each resize, so a new number only sets one label's text: the
// count column keeps room for one more digit, and the rows move only when a count outgrows it.
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class ElidedLabel;
class QLabel;
class SteadyBox;

class SilentTally : public QWidget {
    Q_OBJECT

public:
    struct Row {
        QString name;
        int cards = 0;
        bool person = true; // false: "Without a name", counted in no person's tally
    };
    // Gaps between a name and its count, between columns and between rows, in pixels; a name
    // shortened with "…" keeps at least the room of MinNameChars letters (a name's first few
    // characters: fewer for wide letters and emoji).
    static constexpr int NameGap = 16;
    static constexpr int ColumnGap = 32;
    static constexpr int RowGap = 4;
    static constexpr int MinNameChars = 6;

    explicit SilentTally(const QList<Row>& rows, QWidget* parent = nullptr);

    // Row `row` now has `cards` written cards: sets that row's count and, when a person wrote
    // a first card or rubbed out a last one, the summary's numbers. Nothing moves.
    void setCards(qsizetype row, int cards);
    // The labels of the counts, one a row, in order (shown or not).
    QList<QLabel*> countLabels() const { return m_counts; }
    bool showsRows() const { return m_showsRows; }
    // The text of a count: "— 3 cards", or in short "3".
    static QString countText(int cards, bool brief);
    // The least room for the name `name` shows: MinNameChars letters and "…", or the whole
    // name when it is shorter.
    static int leastNameWidth(const ElidedLabel* name);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Shape {
        int columns = 0;
        int perColumn = 0;
        int nameWidth = 0; // room for a name
    };
    // How the rows fit this widget's size with counts `brief` or not; nullopt when they do not.
    std::optional<Shape> shape(bool brief, int rowHeight) const;
    void place();
    void setSummary();
    void setBrief(bool brief);
    int rowHeight() const;
    // The widest count, and with `reserve` a digit more.
    int countWidth(bool brief, bool reserve = true) const;

    QList<ElidedLabel*> m_names;
    QList<QLabel*> m_counts;
    QList<SteadyBox*> m_countBoxes;
    QList<Row> m_rows;
    QLabel* m_written = nullptr;  // "12 of 60 people have written"
    QLabel* m_thinking = nullptr; // "48 are still thinking"
    int m_placedCountWidth = 0;
    bool m_showsRows = true;
    bool m_brief = false;
};
