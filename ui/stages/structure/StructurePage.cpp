#include "StructurePage.h"

#include "Theme.h"
#include "agenda/AgendaPlan.h"
#include "playbook/Playbook.h"
#include "stages/common/StageContext.h"
#include "stages/common/StageWidgets.h"
#include "widgets/NorthStarTreeView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

StructurePage::StructurePage(const PlannedStage& stage, StageContext& context, QWidget* parent)
    : QWidget(parent) {
    Q_UNUSED(context);
    setObjectName(QStringLiteral("structurePage"));
    const Playbook& playbook = Playbook::standard();
    auto* layout = new QVBoxLayout(this);
    StageWidgets::addPageHeader(stage, layout, this);

    QVBoxLayout* treeBody = nullptr;
    QFrame* treeCard = StageWidgets::card(
        tr("Worked example: %1").arg(playbook.workedExample().company), this, &treeBody);
    auto* tree = new NorthStarTreeView(treeCard);
    tree->setObjectName(QStringLiteral("workedExampleTree"));
    tree->setTree(workedTree());
    treeBody->addWidget(tree, 1);
    if (!playbook.workedExample().note.isEmpty())
        treeBody->addWidget(StageWidgets::hint(playbook.workedExample().note, treeCard));

    QVBoxLayout* patternBody = nullptr;
    QFrame* patterns = StageWidgets::card(tr("The formula"), this, &patternBody);
    QLabel* formula = StageWidgets::label(playbook.inputFormula(), patterns);
    formula->setObjectName(QStringLiteral("inputFormula"));
    formula->setStyleSheet(QStringLiteral("font-style: italic;"));
    patternBody->addWidget(formula);
    patternBody->addSpacing(8);
    for (const InputPatternGuide& p : playbook.inputPatterns()) {
        QLabel* title = StageWidgets::label(tr("%1 — %2").arg(p.title, p.question), patterns);
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
        patternBody->addWidget(title);
        patternBody->addWidget(StageWidgets::hint(p.meaning, patterns));
    }
    patternBody->addStretch();

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(treeCard, 3);
    columns->addWidget(patterns, 1);
    layout->addLayout(columns, 1);
}

NorthStarTree StructurePage::workedTree() {
    const Playbook& playbook = Playbook::standard();
    const WorkedExample& example = playbook.workedExample();
    NorthStarTree tree;
    tree.metricName = example.name;
    tree.metricDefinition = example.definition;
    if (const auto game = playbook.game(example.game))
        tree.gameLabel = tr("%1 game").arg(game->title);
    for (const WorkedInput& input : example.inputs) {
        const auto pattern = playbook.inputPattern(input.pattern);
        tree.inputs.append(
            {input.name, pattern ? pattern->title : QString(), input.owner, input.definition});
    }
    tree.guardrailName = example.guardrailName;
    tree.guardrailDefinition = example.guardrailDefinition;
    return tree;
}

QWidget* StructurePage::createAudienceView(QWidget* parent) {
    auto* tree = new NorthStarTreeView(parent);
    tree->setObjectName(QStringLiteral("projectorWorkedExample"));
    tree->setProjectorColors();
    // Every text at or above the projector's floor, the metric and input names larger.
    tree->setFont(Theme::font(StageWidgets::ProjectorFloor));
    tree->setSizing(TreeSizing::Legible);
    // Definitions and owners stay on the console: the room reads names from the back row,
    // and the facilitator tells the rest (a projector screen carries about 40 words).
    NorthStarTree shown = workedTree();
    for (NorthStarTreeInput& input : shown.inputs) {
        input.definition.clear();
        input.owner.clear();
    }
    shown.metricDefinition.clear();
    shown.guardrailDefinition.clear();
    tree->setTree(shown);
    return tree;
}
