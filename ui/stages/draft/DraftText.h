#pragma once
// Words and small facts shared by the draft pages and their projector views, so the console
// and the room name cards, people and pairs the same way: a card's title, a count of cards,
// the members of a pair, "built from …" lineage, and whether the silent brainstorm is
// revealed yet.
#include "domain/Candidate.h"
#include "domain/Participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QWidget;
class WorkshopStore;

namespace DraftText {

// The card's name, else its behaviour, else "Untitled card"; on one line.
QString title(const Candidate& card);
// Whether anybody wrote anything on it yet.
bool hasText(const Candidate& card);
// One line, at most `maxChars` characters, "…" when cut; for the projector and compact lists.
QString oneLine(const QString& text, int maxChars);
// "1 card", "3 cards".
QString cardCount(int count);

QHash<qint64, QString> names(const QList<Participant>& people);
// "Ana & Ben", "Ana, Ben & Chloé", "Ana".
QString memberNames(const QList<qint64>& members, const QHash<qint64, QString>& names);
// The silent-brainstorm cards (kind Own) written by `authorId`, in order.
QList<Candidate> ownCards(const QList<Candidate>& all, qint64 authorId);
// "Weekly cooks (Ana), Fresh boxes (Ben)" for the cards `card` was built from; empty when none.
QString sources(const Candidate& card, const QList<Candidate>& all,
                const QHash<qint64, QString>& names, int maxChars = 60);

// How the revealed cards are paged on the projector, a few people or pairs side by side:
// how many on one page, and how many pages.
int perPage(int items);
int pageCount(int items);

// Takes a widget out of its page at once (so nothing finds its text any more) and deletes it
// once the event loop is back: it may be the very widget whose signal led here.
void discard(QWidget* widget);

} // namespace DraftText
