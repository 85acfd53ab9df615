#pragma once
// The console page of a stage that needs no special tools (and of the facilitator's own
// discussion blocks): what the stage is for and the line the room sees.
#include <QWidget>

struct PlannedStage;

class GeneralStagePage : public QWidget {
    Q_OBJECT

public:
    GeneralStagePage(const PlannedStage& stage, QWidget* parent = nullptr);
};
