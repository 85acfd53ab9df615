#pragma once
// The report's vector drawings inside its text flow: the North Star tree on page 1 and the
// bars of the vote tally. The HTML marks where each goes with an <img> whose source starts
// with "lodestar:"; install() swaps those for text objects painted here, so they stay
// vectors in the PDF and move with the pagination like any line of text.
#include "NorthStarTreeLayout.h"

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
    // One bar of the vote chart: `value` of `maximum`, in the accent colour when `leading`.
    static QString barTag(int value, int maximum, bool leading, qreal widthPoints);

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
    static void drawBar(QPainter& painter, const QRectF& rect, const QTextFormat& format);

    NorthStarTreeLayout m_tree;
};
