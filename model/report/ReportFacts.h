#pragma once
// What every export of a workshop says, worked out once from a WorkshopDocument: the
// candidates the room considered with authors, checklist results, lint hints, matrix rows
// and dots; the anti-examples, the eliminated, the follow-ups and the chosen North Star's
// tree. The PDF, the Markdown page and the CSV all read it, so they never disagree.
#include "NorthStarTree.h"
#include "exchange/WorkshopDocument.h"
#include "scoring/ChecklistTally.h"
#include "scoring/DecisionMatrix.h"
#include "scoring/DotVote.h"

#include <QCoreApplication>

#include <optional>

class Playbook;

struct CandidateFacts {
    Candidate candidate;
    QString name;      // trimmed; "Unnamed candidate" when blank
    QString author;    // who wrote it; empty when the workshop is anonymous or nobody is known
    QString kindLabel; // "Own card", "Pair", "Whole room"
    ChecklistSummary checklist;
    QStringList hints;               // lint hints, translated
    std::optional<MatrixRow> matrix; // only for survivors of a scored matrix
    int dots = 0;
    int voters = 0;
    bool chosen = false; // the North Star

    bool eliminated() const { return candidate.status == CandidateStatus::Eliminated; }
};

struct ChecklistColumn {
    QString key;
    QString title;
};

struct ReportFacts {
    Q_DECLARE_TR_FUNCTIONS(ReportFacts)

public:
    static ReportFacts gather(const WorkshopDocument& doc, const Playbook& playbook);

    const WorkshopDocument* doc = nullptr;
    QString gameTitle;                        // "Transaction", empty while undecided
    QString gameTagline;                      // may be empty
    QList<std::pair<QString, int>> gameHands; // game title and hands raised, when any
    QList<ChecklistColumn> checklistColumns;
    QList<CandidateFacts> considered;         // in Shortlist order
    QList<Candidate> antiExamples;            // by position
    QList<ChecklistColumn> antiExampleBreaks; // per anti-example: the criterion it breaks
    DecisionMatrix matrix;                    // survivors x the workshop's criteria
    QList<MatrixRow> ranking;                 // best first; empty while no cell is scored
    QList<DotTally> tally;                    // best first; empty while nobody voted
    int dotsPlaced = 0;
    QList<FollowUp> openQuestions;
    QList<FollowUp> nextSteps;
    const Candidate* northStar = nullptr;
    QList<Input> northStarInputs;
    NorthStarTree tree;           // empty metric name without a chosen North Star
    QStringList participantNames; // "Ana Ribeiro (product)"

    QList<const CandidateFacts*> eliminated() const;
    const CandidateFacts* facts(qint64 candidateId) const;
    QString inputPatternTitle(const Input& input) const;
    QString criterionTitle(const QString& key) const;
    // The answer word for one checklist result: "Yes", "Partly", "No", or for individual
    // answers "Yes 3 · Partly 1"; empty when unscored.
    static QString answerText(const ChecklistCriterionResult& result);
    static QString candidateName(const Candidate& candidate);

private:
    const Playbook* m_playbook = nullptr;
};
