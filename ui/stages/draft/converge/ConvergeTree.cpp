#include "ConvergeTree.h"

#include "playbook/Playbook.h"
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

namespace ConvergeTree {

NorthStarTree build(const WorkshopStore& store, qint64 workshopId, Detail detail) {
    NorthStarTree tree;
    const auto workshop = store.workshop(workshopId);
    if (!workshop)
        return tree;
    const Playbook& playbook = Playbook::standard();
    if (const auto game = playbook.game(workshop->game))
        tree.gameLabel = QCoreApplication::translate("ConvergeTree", "%1 game").arg(game->title);
    tree.guardrailName = workshop->guardrailName.trimmed();
    if (detail == Detail::Console)
        tree.guardrailDefinition = workshop->guardrailDefinition.trimmed();
    const auto metric =
        workshop->northStarId ? store.candidate(workshop->northStarId) : std::optional<Candidate>();
    if (!metric)
        return tree;
    tree.metricName = metric->name.trimmed();
    tree.metricDefinition = metric->definition.trimmed();
    for (const Input& input : store.inputs(metric->id)) {
        const auto pattern = playbook.inputPattern(input.pattern);
        NorthStarTreeInput shown{input.name.trimmed(),
                                 input.pattern == InputPattern::Other || !pattern ? QString()
                                                                                  : pattern->title,
                                 input.owner.trimmed(), input.definition.trimmed()};
        // The owner stays for the room to see: a short screen shortens it to one line and
        // leaves other parts of the tree out first (NorthStarTreeLayout, Legible).
        if (detail == Detail::Projector)
            shown.definition.clear();
        tree.inputs.append(shown);
    }
    return tree;
}

} // namespace ConvergeTree
