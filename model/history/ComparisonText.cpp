#include "ComparisonText.h"

#include "domain/TextDirection.h"
#include "playbook/Playbook.h"

namespace {

class ComparisonTr {
    Q_DECLARE_TR_FUNCTIONS(ComparisonText)
};

QString quoted(const QString& text) {
    return ComparisonTr::tr("“%1”").arg(TextDirection::isolate(text.simplified()));
}

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? ComparisonTr::tr("—") : text;
}

bool blank(const QString& text) {
    return text.trimmed().isEmpty();
}

} // namespace

namespace ComparisonText {

QString gameLabel(Game game) {
    const auto guide = Playbook::standard().game(game);
    return guide ? ComparisonTr::tr("%1 game").arg(guide->title) : QString();
}

QStringList summary(const WorkshopComparison& c) {
    QStringList sentences;
    const NorthStarRecord& a = c.before();
    const NorthStarRecord& b = c.after();
    if (!a.hasNorthStar() || !b.hasNorthStar()) {
        if (!a.hasNorthStar())
            sentences << ComparisonTr::tr("The earlier workshop chose no North Star.");
        if (!b.hasNorthStar())
            sentences << ComparisonTr::tr("The later workshop chose no North Star.");
    } else if (c.metricName().changed()) {
        sentences << ComparisonTr::tr("The North Star changed from %1 to %2.")
                         .arg(quoted(a.metricName), quoted(b.metricName));
    } else if (c.metricDefinition().changed()) {
        sentences << ComparisonTr::tr("The North Star kept its name, %1, with a new definition.")
                         .arg(quoted(b.metricName));
    } else {
        sentences
            << ComparisonTr::tr("The North Star stayed the same: %1.").arg(quoted(b.metricName));
    }
    if (c.game() != Difference::Same)
        sentences << ComparisonTr::tr("The game: %1 → %2.")
                         .arg(orDash(gameLabel(a.game)), orDash(gameLabel(b.game)));
    QStringList counts;
    if (const int n = c.keptInputs())
        counts << ComparisonTr::tr("%1 unchanged").arg(n);
    if (const int n = c.inputCount(InputChange::Renamed))
        counts << ComparisonTr::tr("%1 renamed").arg(n);
    if (const int n = c.inputCount(InputChange::Redefined))
        counts << ComparisonTr::tr("%1 with a new definition").arg(n);
    if (const int n = c.inputCount(InputChange::OwnerChanged))
        counts << ComparisonTr::tr("%1 with a new owner").arg(n);
    if (const int n = c.inputCount(InputChange::Added))
        counts << ComparisonTr::tr("%1 added").arg(n);
    if (const int n = c.inputCount(InputChange::Removed))
        counts << ComparisonTr::tr("%1 dropped").arg(n);
    if (!counts.isEmpty())
        sentences << ComparisonTr::tr("Inputs: %1.").arg(counts.join(ComparisonTr::tr(", ")));
    switch (guardrail(c)) {
    case Difference::Same:
        break;
    case Difference::Added:
        sentences << ComparisonTr::tr("A guardrail was added.");
        break;
    case Difference::Removed:
        sentences << ComparisonTr::tr("The guardrail was dropped.");
        break;
    case Difference::Changed:
        sentences << ComparisonTr::tr("The guardrail changed.");
        break;
    }
    if (c.identical())
        sentences << ComparisonTr::tr("Nothing else changed between the two workshops.");
    return sentences;
}

Difference guardrail(const WorkshopComparison& c) {
    if (!c.guardrailChanged())
        return Difference::Same;
    const bool before = !blank(c.before().guardrailName) || !blank(c.before().guardrailDefinition);
    const bool after = !blank(c.after().guardrailName) || !blank(c.after().guardrailDefinition);
    if (!before)
        return Difference::Added;
    if (!after)
        return Difference::Removed;
    return Difference::Changed;
}

QString kindKey(Difference difference) {
    switch (difference) {
    case Difference::Same:
        return QStringLiteral("same");
    case Difference::Added:
        return QStringLiteral("added");
    case Difference::Removed:
        return QStringLiteral("removed");
    case Difference::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString kindKey(const InputDifference& input) {
    if (input.has(InputChange::Added))
        return QStringLiteral("added");
    if (input.has(InputChange::Removed))
        return QStringLiteral("removed");
    return input.kept() ? QStringLiteral("same") : QStringLiteral("changed");
}

QString words(Difference difference) {
    switch (difference) {
    case Difference::Same:
        return ComparisonTr::tr("same");
    case Difference::Added:
        return ComparisonTr::tr("added");
    case Difference::Removed:
        return ComparisonTr::tr("dropped");
    case Difference::Changed:
        break;
    }
    return ComparisonTr::tr("changed");
}

QString words(const InputDifference& input) {
    if (input.has(InputChange::Added))
        return ComparisonTr::tr("added");
    if (input.has(InputChange::Removed))
        return ComparisonTr::tr("dropped");
    if (input.kept())
        return ComparisonTr::tr("kept");
    QStringList what;
    if (input.has(InputChange::Renamed))
        what << ComparisonTr::tr("renamed");
    if (input.has(InputChange::Redefined))
        what << ComparisonTr::tr("new definition");
    if (input.has(InputChange::OwnerChanged))
        what << ComparisonTr::tr("new owner");
    return what.join(ComparisonTr::tr(", "));
}

} // namespace ComparisonText
