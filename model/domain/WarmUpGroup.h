#pragma once
// A small group in the warm-up on another product, with its worksheet: the game it chose
// and its North Star (a warm-up candidate, whose inputs are the worksheet's inputs).
#include "Game.h"

#include <QList>
#include <QString>

struct WarmUpGroup {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString name;
    Game game = Game::Undecided;
    qint64 candidateId = 0; // the group's North Star on its worksheet; 0 until written
    int position = 0;
    QList<qint64> members; // participant ids

    friend bool operator==(const WarmUpGroup&, const WarmUpGroup&) = default;
};
