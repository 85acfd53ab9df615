#pragma once
// The facilitator's reference material as plain values: opening questions, the three
// games, the checklist, input patterns with a worked example, reference North Stars, the
// warm-up brief and the fill-in templates. Playbook loads them from resources/playbook/.
#include "domain/Game.h"
#include "domain/Input.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct OpeningQuestion {
    QString key;
    QString question; // shown to the room
    QString note;     // facilitator's note; console only
};

struct GameGuide {
    Game game = Game::Undecided;
    QString key; // attention, transaction, productivity
    QString title;
    QString tagline; // two or three words for a projector card
    QString question;
    QStringList weSay; // signals: "we win when…"
    QStringList examples;
    QString sampleCompany;
    QString sampleName;
    QString sampleDefinition;
    QString valueExchange; // the coaching point for this game
};

struct ChecklistCriterion {
    QString key; // value, vision, leading, actionable, understandable, measurable, not_vanity
    QString title;
    QString meaning;  // one line
    QString question; // the criterion asked of a candidate
    // The point as a metric breaks it ("Is a vanity metric"): how a terrible North Star is
    // tagged, so the tag never reads as praise ("Daily active users · Not a vanity metric").
    QString broken;
};

// Words that make a candidate suspicious (a hint, never a block).
struct MetricWordList {
    QString hint;
    QStringList terms;
};

struct InputPatternGuide {
    InputPattern pattern = InputPattern::Other;
    QString key; // breadth, depth, frequency, efficiency
    QString title;
    QString meaning;
    QString question; // "How many?"
};

struct WorkedInput {
    InputPattern pattern = InputPattern::Other;
    QString name;
    QString definition;
    QString owner;
};

// A North Star broken into inputs, used to teach the structure (Instacart).
struct WorkedExample {
    QString company;
    Game game = Game::Undecided;
    QString name;
    QString definition;
    QString note;
    QList<WorkedInput> inputs;
    QString guardrailName; // may be empty
    QString guardrailDefinition;
};

struct ReferenceExample {
    QString company;
    QString metric;
    QStringList inputs; // may be empty
    QString note;       // may be empty
    // The metric in a few words for the projector's cheat sheet ("projector" in the file);
    // empty: the example stays on the console's full list only.
    QString projectorLine;

    // The projector's cheat sheet keeps to about 40 words: a few examples, a few words each.
    static constexpr int ProjectorLineWords = 6;
    static constexpr int ProjectorExamples = 6;
};

struct WarmUpBrief {
    QString company;
    QString title;
    QString brief;
    QStringList facts;
    QStringList tasks;
};

struct TemplateBlank {
    QString key;
    QString hint;
};

// A sentence with {blank} placeholders that participants complete.
struct FillInTemplate {
    QString key;
    QString group; // candidate, belief, vision, input
    QString title;
    QString text;
    QList<TemplateBlank> blanks;

    // The sentence with each blank replaced by its value, or by "⟨hint⟩" when the value is
    // missing or empty.
    QString filled(const QHash<QString, QString>& values = {}) const;
    // The placeholder keys in the order they appear in the text.
    QStringList placeholders() const;
};

// One block a revisit adds before the draft: its title and line for the room, the points the
// room walks through (shown under the line), and its planned minutes.
struct RevisitStageGuide {
    QString title;
    QString prompt;
    QStringList points;
    int minutes = 10;
    QString script; // what the facilitator says while the block runs (may be empty)
    QString tip;    // a coaching tip beside it (may be empty)

    // The line and its points, one per line, as a custom stage's prompt.
    QString roomText() const;
};

// How a revisit runs: the playbook blocks it leaves out (the team already knows the
// teaching) and the blocks it runs first — the signals that it may be time to change, and a
// confidence check — before the usual draft, score, decide and converge.
struct RevisitGuide {
    QStringList skippedStages;
    QList<RevisitStageGuide> stages;
    // The questions a check-in between workshops asks (prompts, not a form).
    QStringList checkInQuestions;
};
