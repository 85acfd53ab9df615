#include "ConvergeOutcomeLine.h"

#include "UserText.h"
#include "storage/WorkshopStore.h"

QString ConvergeOutcomeLine::quoted(const QString& name) {
    const QString trimmed = name.trimmed();
    return tr("“%1”").arg(trimmed.isEmpty() ? tr("(no name yet)") : UserText::isolate(trimmed));
}

ConvergeOutcomeLine ConvergeOutcomeLine::read(const WorkshopStore& store, qint64 workshopId) {
    ConvergeOutcomeLine line;
    const auto workshop = store.workshop(workshopId);
    if (!workshop)
        return line;
    std::optional<Candidate> incumbent;
    for (const Candidate& c : store.candidates(workshopId))
        if (c.incumbent)
            incumbent = c;
    line.outcome = northStarOutcome(incumbent ? incumbent->id : 0, workshop->northStarId);
    if (!incumbent)
        return line;
    line.incumbent = quoted(incumbent->name);
    if (line.outcome == NorthStarOutcome::Kept) {
        line.text = tr("★ We kept our North Star: %1.").arg(line.incumbent);
    } else if (line.outcome == NorthStarOutcome::Changed) {
        // The room's own version of the incumbent is a new North Star too (the history says
        // "changed"); say where it came from, as its name may read the same.
        const auto chosen = store.candidate(workshop->northStarId);
        const QString name = quoted(chosen ? chosen->name : QString());
        line.text = chosen && chosen->mergedFrom.contains(incumbent->id)
                        ? tr("We changed our North Star: %1, the room's own version of %2.")
                              .arg(name, line.incumbent)
                        : tr("We changed our North Star: %1 → %2.").arg(line.incumbent, name);
    }
    return line;
}
