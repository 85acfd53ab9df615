#pragma once
// The report's vector drawings inside its text flow: the North Star tree on page 1, the
// rows of the tables the report paints itself (ReportGrid: the decision matrix, the dot
// vote), the cards' checklist pills (PillRow) and the cards themselves (CardDeck). The HTML marks
// where each goes with an <img> whose source starts with "lodestar:"; replacePlaceholders() swaps
// those for text objects painted here, so they stay vectors in the PDF and move with the pagination
// like any line of text.
#include "NorthStarTreeLayout.h"
#include "ReportCards.h"
#include "ReportGrid.h"
#include "ReportPills.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

class ReportGraphics : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // The tree drawn where the HTML says tree(); laid out once, in 96-dpi units.
    explicit ReportGraphics(NorthStarTreeLayout tree, QObject* parent = nullptr);

    // Placeholders for the HTML (sizes in points).
    static QString treeTag(qreal widthPoints, qreal heightPoints);
    // Keeps `grid` and returns its HTML: a one-column table, one painted row per cell, the
    // header row repeated on every page the table spans; `bottomMarginPoints` below it and,
    // when the grid is ruled, 1px on the other sides (as the HTML grid tables).
    QString addGrid(ReportGrid grid, qreal bottomMarginPoints);
    // Keeps `pills` and returns the placeholder that paints them.
    QString addPills(PillRow pills);
    // Where the story is printed: `width` of text on `device`; a card `tall` or taller
    // stays in the flow (all in device units).
    void setPage(QPaintDevice* device, qreal width, qreal tall);
    // The cards' HTML (one card each) as the story holds them: after setPage(), each card
    // shorter than `tall` as one object drawn from a CardDeck; otherwise as they are.
    QString addCards(const QStringList& cards);

    // Replaces the placeholders in `document` with text objects. Cheapest before the
    // document has a layout: each change would lay the document out again.
    static void replacePlaceholders(QTextDocument& document);
    // Paints those objects in `document` from now on.
    void registerWith(QTextDocument& document);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    void drawTree(QPainter& painter, const QRectF& rect) const;

    NorthStarTreeLayout m_tree;
    std::vector<ReportGrid> m_grids;
    std::vector<PillRow> m_pills;
    QPaintDevice* m_device = nullptr;
    qreal m_width = 0, m_tall = 0;
    std::unique_ptr<CardDeck> m_cards;
};
