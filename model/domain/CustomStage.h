#pragma once
// A discussion block the facilitator added to this workshop's agenda, placed after one of
// the playbook's blocks (or another custom block).
#include <QString>

struct CustomStage {
    qint64 workshopId = 0;
    QString stageKey; // "custom.N", unique within the workshop
    QString title;
    QString prompt;     // the line shown to the room
    QString afterStage; // the block it follows
    int minutes = 10;

    friend bool operator==(const CustomStage&, const CustomStage&) = default;
};
