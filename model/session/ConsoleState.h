#pragma once
// What the facilitator's console alone remembers about an open workshop: whose turn it is to
// write in the silent brainstorm and whether everybody else's cards are masked. Never stored
// in the library and never shown on the projector; it lasts while the app runs.
#include <QtGlobal>

struct ConsoleState {
    qint64 silentTurn = 0; // the person writing now; 0 before anybody has had a turn
    bool silentMasked = false;
};
