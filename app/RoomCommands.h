#pragma once
// `lodestar --room --commands`: the facilitator's moves as lines on standard input, for
// scripts and tests that drive a headless room through a workshop (the browser test moves
// from scoring to the vote with them). One command a line; each is answered on standard
// output by one line, "ok" or "error: <why>":
//   stage KEY              go to that stage, as the console's agenda rail does
//   focus KEY N            the stage's focus (draft.score: the candidate id on the projector)
//   reveal KEY on|off      the stage's reveal (draft.silent: the cards; draft.decide: Close vote)
//   caps DOTS MAX          the dot vote's dots per person and most dots on one candidate
#include <QCoreApplication>
#include <QString>

class WorkshopSession;

class RoomCommands {
    Q_DECLARE_TR_FUNCTIONS(RoomCommands)

public:
    // Applies one line; returns the answer line (without its line break).
    static QString apply(WorkshopSession& session, const QString& line);
};
