#include "ComparisonText.h"

#include "domain/ProductName.h"
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

namespace {

// The two North Stars set beside each other: which product chose what. The products are
// named when both have one; otherwise the workshops are told apart by when they met.
QString contrastedMetrics(const NorthStarRecord& a, const NorthStarRecord& b,
                          const WorkshopComparison& c) {
    if (!c.metricName().changed())
        return c.metricDefinition().changed()
                   ? ComparisonTr::tr("Both chose %1, each with its own definition.")
                         .arg(quoted(b.metricName))
                   : ComparisonTr::tr("Both chose the same North Star: %1.")
                         .arg(quoted(b.metricName));
    if (ProductName::key(a.product).isEmpty() || ProductName::key(b.product).isEmpty())
        return ComparisonTr::tr("The earlier workshop chose %1; the later one chose %2.")
            .arg(quoted(a.metricName), quoted(b.metricName));
    return ComparisonTr::tr("%1 chose %2; %3 chose %4.")
        .arg(quoted(ProductName::tidy(a.product)), quoted(a.metricName),
             quoted(ProductName::tidy(b.product)), quoted(b.metricName));
}

QStringList changeSummary(const WorkshopComparison& c) {
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

// The same facts for two products: what differs, in words that claim no change.
QStringList contrastSummary(const WorkshopComparison& c) {
    QStringList sentences;
    const NorthStarRecord& a = c.before();
    const NorthStarRecord& b = c.after();
    const bool aNamed = !ProductName::key(a.product).isEmpty();
    const bool bNamed = !ProductName::key(b.product).isEmpty();
    if (aNamed && bNamed)
        sentences << ComparisonTr::tr("Two different products: %1 and %2.")
                         .arg(quoted(ProductName::tidy(a.product)),
                              quoted(ProductName::tidy(b.product)));
    else if (aNamed || bNamed)
        sentences << ComparisonTr::tr("Only one of these workshops names its product: %1.")
                         .arg(quoted(ProductName::tidy(aNamed ? a.product : b.product)));
    else
        sentences << ComparisonTr::tr("Neither workshop names its product.");
    if (!a.hasNorthStar() || !b.hasNorthStar()) {
        if (!a.hasNorthStar())
            sentences << ComparisonTr::tr("The earlier workshop chose no North Star.");
        if (!b.hasNorthStar())
            sentences << ComparisonTr::tr("The later workshop chose no North Star.");
    } else {
        sentences << contrastedMetrics(a, b, c);
    }
    if (c.game() != Difference::Same)
        sentences << ComparisonTr::tr("Games: %1 and %2.")
                         .arg(orDash(gameLabel(a.game)), orDash(gameLabel(b.game)));
    QStringList counts;
    if (const int n = c.keptInputs())
        counts << ComparisonTr::tr("%1 alike").arg(n);
    if (const int n = c.inputCount(InputChange::Renamed))
        counts << ComparisonTr::tr("%1 under another name").arg(n);
    if (const int n = c.inputCount(InputChange::Redefined))
        counts << ComparisonTr::tr("%1 defined otherwise").arg(n);
    if (const int n = c.inputCount(InputChange::OwnerChanged))
        counts << ComparisonTr::tr("%1 with another owner").arg(n);
    if (const int n = c.inputCount(InputChange::Added))
        counts << ComparisonTr::tr("%1 only in the later workshop").arg(n);
    if (const int n = c.inputCount(InputChange::Removed))
        counts << ComparisonTr::tr("%1 only in the earlier workshop").arg(n);
    if (!counts.isEmpty())
        sentences << ComparisonTr::tr("Inputs: %1.").arg(counts.join(ComparisonTr::tr(", ")));
    switch (guardrail(c)) {
    case Difference::Same:
        break;
    case Difference::Added:
        sentences << ComparisonTr::tr("Only the later workshop has a guardrail.");
        break;
    case Difference::Removed:
        sentences << ComparisonTr::tr("Only the earlier workshop has a guardrail.");
        break;
    case Difference::Changed:
        sentences << ComparisonTr::tr("Their guardrails differ.");
        break;
    }
    if (c.identical())
        sentences << ComparisonTr::tr("Nothing else differs between the two workshops.");
    return sentences;
}

} // namespace

Wording wording(const WorkshopComparison& c) {
    return c.sameProduct() ? Wording::Change : Wording::Contrast;
}

QString productLabel(const NorthStarRecord& record) {
    const QString name = ProductName::tidy(record.product);
    return name.isEmpty() ? ComparisonTr::tr("no product named") : name;
}

QStringList summary(const WorkshopComparison& c) {
    return wording(c) == Wording::Change ? changeSummary(c) : contrastSummary(c);
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

QString words(Difference difference, Wording wording) {
    const bool change = wording == Wording::Change;
    switch (difference) {
    case Difference::Same:
        return ComparisonTr::tr("same");
    case Difference::Added:
        return change ? ComparisonTr::tr("added") : ComparisonTr::tr("only later");
    case Difference::Removed:
        return change ? ComparisonTr::tr("dropped") : ComparisonTr::tr("only earlier");
    case Difference::Changed:
        break;
    }
    return change ? ComparisonTr::tr("changed") : ComparisonTr::tr("different");
}

QString words(const InputDifference& input, Wording wording) {
    const bool change = wording == Wording::Change;
    if (input.has(InputChange::Added))
        return change ? ComparisonTr::tr("added") : ComparisonTr::tr("only later");
    if (input.has(InputChange::Removed))
        return change ? ComparisonTr::tr("dropped") : ComparisonTr::tr("only earlier");
    if (input.kept())
        return change ? ComparisonTr::tr("kept") : ComparisonTr::tr("alike");
    QStringList what;
    if (input.has(InputChange::Renamed))
        what << (change ? ComparisonTr::tr("renamed") : ComparisonTr::tr("other name"));
    if (input.has(InputChange::Redefined))
        what << (change ? ComparisonTr::tr("new definition")
                        : ComparisonTr::tr("other definition"));
    if (input.has(InputChange::OwnerChanged))
        what << (change ? ComparisonTr::tr("new owner") : ComparisonTr::tr("other owner"));
    return what.join(ComparisonTr::tr(", "));
}

} // namespace ComparisonText
