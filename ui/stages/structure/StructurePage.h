#pragma once
// The console page of block 4, structure: the worked example (Instacart) drawn as a North
// Star tree, the input formula, and what breadth, depth, frequency and efficiency mean.
// Also makes the same tree for the projector, in projector colours.
#include <QWidget>

struct NorthStarTree;
struct PlannedStage;
struct StageContext;

class StructurePage : public QWidget {
    Q_OBJECT

public:
    StructurePage(const PlannedStage& stage, StageContext& context, QWidget* parent = nullptr);

    // The playbook's worked example as a tree.
    static NorthStarTree workedTree();
    // The projector's face of the block: the worked example's tree and nothing else.
    static QWidget* createAudienceView(QWidget* parent);
};
