#pragma once
// The projector's decision matrix, painted in one widget: a page of candidates (rows) by
// criteria (columns) with totals and ranks, the leader's row framed in the star accent and
// ties marked. Painting instead of a grid of labels lets the columns take exactly the room
// their text needs, so a small projector holds four criteria by four candidates at the
// design's 28 pt: criterion headers wrap to up to three lines, candidate names to two (only
// a longer name is shortened with "…"). Names are drawn as plain text, whatever they hold;
// the whole page, every name in full, is the widget's accessible description.
#include <QFont>
#include <QList>
#include <QStringList>
#include <QWidget>

struct MatrixBoardRow {
    QString name;      // as typed
    QStringList cells; // one per criterion on the page: "1"…"5", or "–" when not scored
    QString total;     // "–" before any score
    int rank = 0;      // 0: nothing scored yet
    bool tied = false;
    bool leader = false;
};

// What one page of the matrix holds, and how its columns divide the width.
struct MatrixBoardPage {
    QStringList criteria; // headers, "Actionable ×2"
    QList<MatrixBoardRow> rows;
    QString where;       // "Page 2 of 6", in the corner above the names; empty on a single page
    QString whereInFull; // which candidates and criteria, for the accessible description
    int headerLines = 2; // criterion headers wrap to at most this many lines
    int nameLines = 2;   // names to at most this many
    QList<int> criterionWidths;
    int nameWidth = 0;
    int totalWidth = 0;
    int rankWidth = 0;
};

// Which rows and criteria of a whole matrix go on the page that holds the console's cell.
struct MatrixBoardPlan {
    int firstRow = 0, rowCount = 0, rowPage = 0, rowPages = 1;
    int firstCriterion = 0, criterionCount = 0, columnPage = 0, columnPages = 1;
    int headerLines = 2;
    int nameLines = 2;
    QList<int> criterionWidths; // of the criteria on the page
    int nameWidth = 0, totalWidth = 0, rankWidth = 0;
    int height = 0; // the board's height for the page
    int pages() const { return rowPages * columnPages; }
};

class MatrixBoard : public QWidget {
    Q_OBJECT

public:
    // The design's floor for projector text, which every text on the board is set at.
    static constexpr qreal Points = 28;
    // The page's measures, shared by the plan (MatrixBoardPlan.cpp) and the drawing.
    static constexpr int CellPad = 4;   // each side of a column's text
    static constexpr int NameLeft = 14; // the name's indent, inside the leader's frame
    static constexpr int RowPad = 3;    // above and below a row's text
    static constexpr int HeaderGap = 8; // between the headers and the first row (a rule)
    static constexpr int MaxHeaderLines = 3;
    static constexpr int LeaderBorder = 4; // the star-accent frame, as projectorCardChosen
    // The taller of a header line and a bold body line.
    static int lineHeight();

    explicit MatrixBoard(QWidget* parent = nullptr);

    // Plans the page holding row `cursorRow` and criterion `cursorColumn` of a matrix with
    // `names` (every row, "★ " already added to the leader's) and `headers` (every
    // criterion), inside `width` × `height` pixels. `rankTexts` are the ranks as shown, to
    // size the rank column.
    static MatrixBoardPlan plan(const QStringList& names, const QStringList& headers,
                                const QStringList& rankTexts, int width, int height, int cursorRow,
                                int cursorColumn);

    void setPage(const MatrixBoardPage& page);
    const MatrixBoardPage& page() const { return m_page; }
    // The lines row `row`'s name is painted in (at most two; the last ends in "…" when cut).
    QStringList nameLines(int row) const;
    // The lines criterion `column`'s header is painted in.
    QStringList headerLines(int column) const;
    // The smallest text painted, in points.
    qreal smallestPoints() const { return Points; }

    // The text of a rank as the board shows it: "2", or "2 · tie".
    static QString rankText(int rank, bool tied);
    // `text` broken into at most `maxLines` lines of `width` pixels in `font`, at word
    // boundaries where it can (anywhere in a word too long for a line), the last line
    // shortened with "…" if the text goes on.
    static QStringList wrap(const QString& text, const QFont& font, int width, int maxLines);
    static QFont headerFont();
    static QFont bodyFont(bool bold);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int headerHeight() const;
    int rowHeight(int row) const;
    void describe();

    MatrixBoardPage m_page;
    QList<QStringList> m_nameLines;   // each row's name as painted, wrapped once per page
    QList<QStringList> m_headerLines; // each criterion's header as painted
};
