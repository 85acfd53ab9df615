#pragma once
// The phone's face of each stage, in one table: what a phone shows and may do while the room
// is in that stage. The room's rules (RoomRules), what the room sends each phone (RoomView)
// and the worksheet's writes (RoomWorksheet) all ask it, and so does the console's stage
// registry (ui/stages/common/StageRegistry) for the phone slot of its rows: the table is
// here, under the room, because the room server must not reach up into the widgets. A stage
// without a row puts the phones on "look at the screen".
#include <QLatin1String>
#include <QList>
#include <QString>

namespace RoomStages {

enum class Phone {
    Look,      // look at the screen (every stage without a row)
    Cards,     // the silent brainstorm: one's own cards, then every card after the reveal
    Score,     // the checklist for the candidate on the projector
    Vote,      // the dot vote
    Worksheet, // the warm-up group's worksheet
};

struct Row {
    QLatin1String key; // a StageKeys constant
    Phone phone;
};

const QList<Row>& all();
Phone phoneOf(const QString& stageKey);

} // namespace RoomStages
