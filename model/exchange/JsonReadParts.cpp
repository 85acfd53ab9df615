#include "JsonReadParts.h"

#include "ExchangeText.h"
#include "domain/TextLimits.h"
#include "exchange/ImportLimits.h"

#include <QCoreApplication>

#include <limits>

namespace {

using namespace ImportLimits;
constexpr int IntMax = std::numeric_limits<int>::max();
constexpr int IntMin = std::numeric_limits<int>::min();

const QStringList games = {gameKey(Game::Undecided), gameKey(Game::Attention),
                           gameKey(Game::Transaction), gameKey(Game::Productivity)};

// Reads the array `key` of `parent`, each element an object read by `readOne`, which must
// ask for every member the object may have.
template <typename F> void readEach(JsonReader& parent, const char* key, int maxCount, F readOne) {
    const QJsonArray array = parent.array(key, maxCount);
    for (qsizetype i = 0; i < array.size() && parent.ok(); ++i) {
        JsonReader item = parent.element(array, key, i);
        readOne(item, i);
        item.finish();
    }
}

Workshop readWorkshop(JsonReader& r) {
    Workshop w;
    w.id = r.id("id");
    w.title = r.text("title", S, true);
    w.product = r.text("product", S);
    w.facilitator = r.text("facilitator", S);
    w.vision = r.text("vision", L);
    w.agendaMinutes = int(r.integer("agendaMinutes", 0, 1000));
    if (r.ok() && w.agendaMinutes != 60 && w.agendaMinutes != 90 && w.agendaMinutes != 120)
        r.fail(r.field("agendaMinutes"), ExchangeText::tr("expected 60, 90 or 120"));
    w.createdAt = r.dateTime("createdAt");
    w.updatedAt = r.dateTime("updatedAt");
    w.currentStage = r.text("currentStage", S);
    w.game = gameFromKey(r.choice("game", games));
    w.gameRationale = r.text("gameRationale", L);
    w.valueExchange = r.text("valueExchange", L);
    w.status =
        workshopStatusFromKey(r.choice("status", {workshopStatusKey(WorkshopStatus::Planned),
                                                  workshopStatusKey(WorkshopStatus::Running),
                                                  workshopStatusKey(WorkshopStatus::Finished)}));
    w.anonymous = r.boolean("anonymous");
    w.northStarId = r.reference("northStarId");
    w.guardrailName = r.text("guardrailName", S);
    w.guardrailDefinition = r.text("guardrailDefinition", L);
    w.pairSeed = r.unsignedText("pairSeed");
    w.dotsPerPerson = int(r.integer("dotsPerPerson", 1, MaxDots));
    w.maxDotsPerCandidate = int(r.integer("maxDotsPerCandidate", 1, MaxDots));
    w.checklistPerPerson = r.boolean("checklistPerPerson");
    return w;
}

// Version 2: the note on why the North Star changed, and the workshop this one revisits.
void readHistory(JsonReader& r, WorkshopDocument* doc) {
    doc->changeNote = r.text("changeNote", L);
    bool present = false;
    JsonReader predecessor = r.optionalObject("predecessor", &present);
    if (!present)
        return;
    PredecessorRef ref;
    ref.title = predecessor.text("title", S, true);
    ref.createdAt = predecessor.dateTime("createdAt");
    predecessor.finish();
    doc->predecessor = ref;
}

QList<Input> readInputs(JsonReader& r, qint64 candidateId) {
    QList<Input> inputs;
    readEach(r, "inputs", InputsPerCandidate, [&](JsonReader& i, qsizetype) {
        Input input;
        input.id = i.id("id");
        input.candidateId = candidateId;
        input.name = i.text("name", S);
        input.definition = i.text("definition", L);
        input.pattern = inputPatternFromKey(i.choice(
            "pattern",
            {inputPatternKey(InputPattern::Breadth), inputPatternKey(InputPattern::Depth),
             inputPatternKey(InputPattern::Frequency), inputPatternKey(InputPattern::Efficiency),
             inputPatternKey(InputPattern::Other)}));
        input.owner = i.text("owner", S);
        input.position = int(i.integer("position", IntMin, IntMax));
        inputs.append(input);
    });
    return inputs;
}

Candidate readCandidate(JsonReader& r, int version, WorkshopDocument* doc) {
    Candidate c;
    c.id = r.id("id");
    c.workshopId = doc->workshop.id;
    c.authorId = r.reference("authorId");
    c.kind = candidateKindFromKey(r.choice(
        "kind", {candidateKindKey(CandidateKind::Own), candidateKindKey(CandidateKind::WarmUp),
                 candidateKindKey(CandidateKind::AntiExample),
                 candidateKindKey(CandidateKind::Pair), candidateKindKey(CandidateKind::Room)}));
    c.name = r.text("name", S);
    c.definition = r.text("definition", L);
    c.behaviour = r.text("behaviour", L);
    c.measure = r.text("measure", L);
    c.status = candidateStatusFromKey(
        r.choice("status", {candidateStatusKey(CandidateStatus::Active),
                            candidateStatusKey(CandidateStatus::Eliminated)}));
    c.eliminationReason = r.text("eliminationReason", L);
    c.position = int(r.integer("position", IntMin, IntMax));
    c.mergedFrom = r.ids("mergedFrom", SourcesPerCandidate);
    c.breaksCriterion = r.text("breaksCriterion", S);
    c.pairId = r.reference("pairId");
    if (version >= 2)
        c.incumbent = r.boolean("incumbent");
    const QList<Input> inputs = readInputs(r, c.id);
    if (r.ok() && !inputs.isEmpty()) {
        if (doc->inputs.contains(c.id)) // the duplicate candidate id itself is reported later
            r.fail(r.field("id"), ExchangeText::tr("id %1 is used twice").arg(c.id));
        doc->inputs.insert(c.id, inputs);
    }
    return c;
}

void readTeaching(JsonReader& root, WorkshopDocument* doc) {
    const qint64 workshopId = doc->workshop.id;
    readEach(root, "stages", Stages, [&](JsonReader& r, qsizetype) {
        StageState s;
        s.workshopId = workshopId;
        s.stageKey = r.text("stageKey", S, true);
        s.elapsedMs = r.integer("elapsedMs", 0, MaxElapsedMs);
        s.notes = r.text("notes", N);
        s.plannedMinutes = int(r.integer("plannedMinutes", -1, MaxStageMinutes));
        s.skipped = r.boolean("skipped");
        s.focus = int(r.integer("focus", 0, IntMax));
        s.revealed = r.boolean("revealed");
        doc->stages.append(s);
    });
    readEach(root, "customStages", CustomStages, [&](JsonReader& r, qsizetype) {
        CustomStage s;
        s.workshopId = workshopId;
        s.stageKey = r.text("stageKey", S, true);
        s.title = r.text("title", S, true);
        s.prompt = r.text("prompt", L);
        s.afterStage = r.text("afterStage", S);
        s.minutes = int(r.integer("minutes", 0, MaxStageMinutes));
        doc->customStages.append(s);
    });
    readEach(root, "questionNotes", QuestionNotes, [&](JsonReader& r, qsizetype) {
        const QString key = r.text("question", S, true);
        const QString notes = r.text("notes", N);
        if (r.ok() && doc->questionNotes.contains(key))
            r.fail(r.field("question"), ExchangeText::tr("\"%1\" appears twice").arg(key.left(40)));
        doc->questionNotes.insert(key, notes);
    });
    readEach(root, "gameTally", 3, [&](JsonReader& r, qsizetype) {
        const QString key = r.choice("game", games.mid(1));
        const int hands = int(r.integer("hands", 0, MaxHands));
        if (r.ok() && doc->gameTally.contains(gameFromKey(key)))
            r.fail(r.field("game"), ExchangeText::tr("\"%1\" appears twice").arg(key));
        doc->gameTally.insert(gameFromKey(key), hands);
    });
    readEach(root, "warmUpGroups", WarmUpGroups, [&](JsonReader& r, qsizetype) {
        WarmUpGroup g;
        g.id = r.id("id");
        g.workshopId = workshopId;
        g.name = r.text("name", S, true);
        g.game = gameFromKey(r.choice("game", games));
        g.candidateId = r.reference("candidateId");
        g.position = int(r.integer("position", IntMin, IntMax));
        g.members = r.ids("members", GroupMembers);
        doc->warmUpGroups.append(g);
    });
    readEach(root, "pairGroups", PairGroups, [&](JsonReader& r, qsizetype) {
        PairGroupRecord g;
        g.id = r.id("id");
        g.workshopId = workshopId;
        g.position = int(r.integer("position", IntMin, IntMax));
        g.members = r.ids("members", GroupMembers);
        doc->pairGroups.append(g);
    });
}

void readScores(JsonReader& root, WorkshopDocument* doc) {
    const qint64 workshopId = doc->workshop.id;
    readEach(root, "checklistScores", ChecklistScores, [&](JsonReader& r, qsizetype) {
        ChecklistScore s;
        s.candidateId = r.id("candidateId");
        s.criterion = r.text("criterion", S, true);
        s.participantId = r.reference("participantId");
        s.answer = ChecklistAnswer(r.integer("answer", 0, 2));
        doc->checklistScores.append(s);
    });
    readEach(root, "matrixCriteria", MatrixCriteria, [&](JsonReader& r, qsizetype) {
        MatrixCriterion c;
        c.id = r.id("id");
        c.workshopId = workshopId;
        c.name = r.text("name", S, true);
        c.weight = int(r.integer("weight", 1, 5));
        c.position = int(r.integer("position", IntMin, IntMax));
        doc->matrixCriteria.append(c);
    });
    readEach(root, "matrixScores", MatrixScores, [&](JsonReader& r, qsizetype) {
        MatrixScore s;
        s.criterionId = r.id("criterionId");
        s.candidateId = r.id("candidateId");
        s.value = int(r.integer("value", 1, 5));
        doc->matrixScores.append(s);
    });
    readEach(root, "votes", Votes, [&](JsonReader& r, qsizetype) {
        Vote v;
        v.participantId = r.id("participantId");
        v.candidateId = r.id("candidateId");
        v.dots = int(r.integer("dots", 1, MaxDots));
        doc->votes.append(v);
    });
    readEach(root, "followUps", FollowUps, [&](JsonReader& r, qsizetype) {
        FollowUp f;
        f.id = r.id("id");
        f.workshopId = workshopId;
        f.kind = followUpKindFromKey(r.choice("kind", {followUpKindKey(FollowUpKind::OpenQuestion),
                                                       followUpKindKey(FollowUpKind::NextStep)}));
        f.text = r.text("text", L);
        f.owner = r.text("owner", S);
        f.due = r.optionalDate("due");
        f.position = int(r.integer("position", IntMin, IntMax));
        doc->followUps.append(f);
    });
}

// Optional in version 2: the check-ins on the chosen North Star. A rating names its input by
// the input's id in this file; the name is filled in from that input, as the store reads it.
void readCheckIns(JsonReader& root, WorkshopDocument* doc) {
    readEach(root, "checkIns", CheckIns, [&](JsonReader& r, qsizetype) {
        CheckIn c;
        c.id = r.id("id");
        c.workshopId = doc->workshop.id;
        c.northStarId = r.id("candidateId");
        c.date = r.date("date");
        c.metricConfidence = int(
            r.integer("metricConfidence", CheckIn::LowestConfidence, CheckIn::HighestConfidence));
        const QList<Input> inputs = doc->inputsOf(c.northStarId);
        readEach(r, "inputs", RatingsPerCheckIn, [&](JsonReader& i, qsizetype) {
            InputConfidence rating;
            rating.inputId = i.id("inputId");
            rating.confidence =
                int(i.integer("confidence", CheckIn::LowestConfidence, CheckIn::HighestConfidence));
            for (const Input& input : inputs)
                if (input.id == rating.inputId)
                    rating.inputName = input.name;
            c.inputs.append(rating);
        });
        c.learned = r.text("learned", L);
        c.nextStep = r.text("nextStep", L);
        c.nextOwner = r.text("nextOwner", S);
        c.nextDue = r.date("nextDue", true);
        doc->checkIns.append(c);
    });
}

} // namespace

namespace JsonReadParts {

bool readDocument(JsonReader& root, int version, WorkshopDocument* doc) {
    JsonReader workshop = root.object("workshop");
    doc->workshop = readWorkshop(workshop);
    if (version >= 2)
        readHistory(workshop, doc);
    workshop.finish();
    const qint64 workshopId = doc->workshop.id;
    readEach(root, "participants", Participants, [&](JsonReader& r, qsizetype) {
        Participant p;
        p.id = r.id("id");
        p.workshopId = workshopId;
        p.name = r.text("name", S, true);
        p.discipline = r.text("discipline", S);
        p.position = int(r.integer("position", IntMin, IntMax));
        doc->participants.append(p);
    });
    readTeaching(root, doc);
    readEach(root, "candidates", Candidates, [&](JsonReader& r, qsizetype) {
        doc->candidates.append(readCandidate(r, version, doc));
    });
    readScores(root, doc);
    if (version >= 2 && root.has("checkIns")) // a version 1 file's is refused as unknown
        readCheckIns(root, doc);
    return root.ok();
}

} // namespace JsonReadParts
