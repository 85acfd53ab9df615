#pragma once
// `lodestar --room --commands`: the facilitator's moves as lines on standard input, for
// scripts and tests that drive a headless room through a workshop (the browser test moves
// from scoring to the vote with them). One command a line; each is answered on standard
// output by one line, "ok" or "error: <why>":
//   stage KEY              go to that stage, as the console's agenda rail does
//   focus KEY N            the stage's focus (draft.score: the candidate id on the projector)
//   reveal KEY on|off      the stage's reveal (draft.silent: the cards; draft.decide: Close vote)
//   caps DOTS MAX          the dot vote's dots per person and most dots on one candidate
//   approve NAME           let in the device waiting as NAME ("I'm not on the list")
//   release NAME           free NAME for another phone (the phone holding it is signed out)
//   remove NAME            sign out the device of NAME (joined or waiting)
//   lock on|off            lock the room (no new joins) or open it again
// NAME is the rest of the line, matched with runs of spaces as one; several devices of that
// name is an error.
#include <QCoreApplication>
#include <QString>

class RoomServer;
class WorkshopSession;

class RoomCommands {
    Q_DECLARE_TR_FUNCTIONS(RoomCommands)

public:
    // Applies one line; returns the answer line (without its line break).
    static QString apply(WorkshopSession& session, RoomServer& room, const QString& line);
};
