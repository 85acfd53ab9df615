#pragma once
// The candidates' cards, laid out once (issue #16). Each card is a one-cell table; in the
// story they were tables that Qt split across pages, so the report moved every card that
// straddled a break to the next page and laid the whole story out a second time. Here the
// cards are laid out together in a document of their own, without pages, and the story
// holds each card as one text object drawn from its slice of that document: an object is
// never split, so a card that does not fit moves to the next page as it is, and nothing is
// laid out twice. A card too tall for a page stays in the story's flow and breaks there.
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextDocument;
class ReportGraphics;

class CardDeck {
public:
    // Lays `cards` (HTML, one card each) out `width` wide on `device`, their pills and other
    // objects painted by `graphics`.
    CardDeck(const QStringList& cards, QPaintDevice* device, qreal width, ReportGraphics& graphics);
    ~CardDeck();

    // The height card `index` takes in the flow (its margins included), or -1 when the
    // cards could not be told apart.
    qreal height(int index) const;
    // Draws card `index` with its slice's top left at `topLeft`.
    void draw(QPainter& painter, int index, const QPointF& topLeft) const;

private:
    std::unique_ptr<QTextDocument> m_document;
    QList<qreal> m_tops; // where each card's slice starts
    QList<qreal> m_bottoms;
    qreal m_width;
};
