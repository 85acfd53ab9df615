#include "ReportFacts.h"

#include "playbook/Playbook.h"
#include "scoring/ListText.h"
#include "scoring/MetricLint.h"
#include "scoring/Shortlist.h"

#include <algorithm>

namespace {

QString authorOf(const WorkshopDocument& doc, const Candidate& c) {
    if (doc.workshop.anonymous)
        return {};
    switch (c.kind) {
    case CandidateKind::Pair:
        for (const PairGroupRecord& group : doc.pairGroups) {
            if (group.id != c.pairId)
                continue;
            QStringList names;
            for (qint64 member : group.members)
                if (const Participant* p = doc.participant(member))
                    names << p->name.trimmed();
            return ListText::joined(names);
        }
        return {};
    case CandidateKind::Room:
        return ReportFacts::tr("the whole room");
    default:
        if (const Participant* p = doc.participant(c.authorId))
            return p->name.trimmed();
        return {};
    }
}

QString kindLabel(CandidateKind kind) {
    switch (kind) {
    case CandidateKind::Pair:
        return ReportFacts::tr("Pair candidate");
    case CandidateKind::Room:
        return ReportFacts::tr("Written by the room");
    case CandidateKind::Own:
        return ReportFacts::tr("Silent-brainstorm card");
    case CandidateKind::WarmUp:
        return ReportFacts::tr("Warm-up");
    case CandidateKind::AntiExample:
        return ReportFacts::tr("Anti-example");
    }
    return {};
}

} // namespace

QString ReportFacts::candidateName(const Candidate& candidate) {
    const QString trimmed = candidate.name.trimmed();
    return trimmed.isEmpty() ? tr("Unnamed candidate") : trimmed;
}

ReportFacts ReportFacts::gather(const WorkshopDocument& doc, const Playbook& playbook) {
    ReportFacts f;
    f.doc = &doc;
    f.m_playbook = &playbook;
    const Workshop& w = doc.workshop;
    if (const auto game = playbook.game(w.game)) {
        f.gameTitle = game->title;
        f.gameTagline = game->tagline;
    }
    for (const GameGuide& guide : playbook.games())
        if (const int hands = doc.gameTally.value(guide.game); hands > 0)
            f.gameHands.append({guide.title, hands});
    QStringList keys;
    for (const ChecklistCriterion& c : playbook.checklist()) {
        f.checklistColumns.append({c.key, c.title});
        keys << c.key;
    }
    if (keys.isEmpty())
        keys = ChecklistTally::standardCriteria();
    for (const Participant& p : doc.participants)
        f.participantNames << (p.discipline.trimmed().isEmpty()
                                   ? p.name.trimmed()
                                   : tr("%1 (%2)").arg(p.name.trimmed(), p.discipline.trimmed()));

    // Candidates in front of the room, and the matrix and vote over the survivors, as the
    // decide stage shows them.
    const QList<Candidate> considered = Shortlist::considered(doc.candidates);
    QList<qint64> survivorIds;
    for (const Candidate& c : Shortlist::survivors(doc.candidates))
        survivorIds << c.id;
    f.matrix = DecisionMatrix(doc.matrixCriteria, survivorIds, doc.matrixScores);
    QHash<qint64, MatrixRow> rows;
    if (f.matrix.hasScores()) {
        f.ranking = f.matrix.ranking();
        for (const MatrixRow& row : f.ranking)
            rows.insert(row.candidateId, row);
    }
    DotVote vote(w.dotsPerPerson, w.maxDotsPerCandidate);
    vote.setVotes(doc.votes);
    QHash<qint64, DotTally> dots;
    for (const DotTally& t : vote.tally(survivorIds)) {
        f.dotsPlaced += t.dots;
        dots.insert(t.candidateId, t);
    }
    if (f.dotsPlaced > 0)
        f.tally = vote.tally(survivorIds);

    static const MetricLint lint;
    for (const Candidate& c : considered) {
        CandidateFacts cf;
        cf.candidate = c;
        cf.name = candidateName(c);
        cf.author = authorOf(doc, c);
        cf.kindLabel = kindLabel(c.kind);
        cf.checklist = ChecklistTally::summarize(c.id, doc.checklistScores, keys);
        for (const MetricHint& h : lint.check(c.name, c.definition))
            cf.hints << h.message;
        const qsizetype inputs = doc.inputs.value(c.id).size();
        if (inputs > 0)
            for (const MetricHint& h : lint.checkInputCount(int(inputs)))
                cf.hints << h.message;
        if (rows.contains(c.id))
            cf.matrix = rows.value(c.id);
        cf.dots = dots.value(c.id).dots;
        cf.voters = dots.value(c.id).voters;
        cf.chosen = c.id == w.northStarId;
        f.considered.append(cf);
    }

    for (const Candidate& c : doc.candidates)
        if (c.kind == CandidateKind::AntiExample)
            f.antiExamples << c;
    std::stable_sort(
        f.antiExamples.begin(), f.antiExamples.end(),
        [](const Candidate& a, const Candidate& b) { return a.position < b.position; });
    for (const Candidate& c : f.antiExamples)
        f.antiExampleBreaks.append({c.breaksCriterion, f.criterionTitle(c.breaksCriterion)});

    QList<FollowUp> followUps = doc.followUps;
    std::stable_sort(followUps.begin(), followUps.end(),
                     [](const FollowUp& a, const FollowUp& b) { return a.position < b.position; });
    for (const FollowUp& fu : followUps) {
        if (fu.text.trimmed().isEmpty())
            continue;
        (fu.kind == FollowUpKind::NextStep ? f.nextSteps : f.openQuestions).append(fu);
    }

    f.northStar = doc.northStar();
    if (f.gameTitle.size() > 0)
        f.tree.gameLabel = tr("%1 game").arg(f.gameTitle);
    f.tree.guardrailName = w.guardrailName.trimmed();
    f.tree.guardrailDefinition = w.guardrailDefinition.trimmed();
    if (f.northStar) {
        f.northStarInputs = doc.inputsOf(f.northStar->id);
        f.tree.metricName = candidateName(*f.northStar);
        f.tree.metricDefinition = f.northStar->definition.trimmed();
        for (const Input& input : f.northStarInputs)
            f.tree.inputs.append({input.name.trimmed(), f.inputPatternTitle(input),
                                  input.owner.trimmed(), input.definition.trimmed()});
    }
    return f;
}

QList<const CandidateFacts*> ReportFacts::eliminated() const {
    QList<const CandidateFacts*> result;
    for (const CandidateFacts& c : considered)
        if (c.eliminated())
            result << &c;
    return result;
}

const CandidateFacts* ReportFacts::facts(qint64 candidateId) const {
    for (const CandidateFacts& c : considered)
        if (c.candidate.id == candidateId)
            return &c;
    return nullptr;
}

QString ReportFacts::inputPatternTitle(const Input& input) const {
    if (input.pattern == InputPattern::Other || !m_playbook)
        return {};
    const auto pattern = m_playbook->inputPattern(input.pattern);
    return pattern ? pattern->title : QString();
}

QString ReportFacts::criterionTitle(const QString& key) const {
    for (const ChecklistColumn& c : checklistColumns)
        if (c.key == key)
            return c.title;
    return key;
}

QString ReportFacts::answerText(const ChecklistCriterionResult& r) {
    const auto word = [](ChecklistAnswer a) {
        switch (a) {
        case ChecklistAnswer::Yes:
            return tr("Yes");
        case ChecklistAnswer::Partly:
            return tr("Partly");
        case ChecklistAnswer::No:
            return tr("No");
        }
        return QString();
    };
    if (r.consensus)
        return word(*r.consensus);
    if (r.answerCount() == 0)
        return {};
    QStringList parts;
    if (r.yes)
        parts << tr("Yes %1").arg(r.yes);
    if (r.partly)
        parts << tr("Partly %1").arg(r.partly);
    if (r.no)
        parts << tr("No %1").arg(r.no);
    return parts.join(QStringLiteral(" · "));
}
