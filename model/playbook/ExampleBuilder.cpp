#include "ExampleBuilder.h"

#include "scoring/DecisionMatrix.h"

qint64 ExampleBuilder::candidate(int author, CandidateKind kind, const QString& name,
                                 const QString& definition, const QString& behaviour,
                                 const QString& measure, const QList<qint64>& sources,
                                 qint64 pairId, int position) {
    if (!ok)
        return 0;
    Candidate c;
    c.workshopId = workshopId;
    c.authorId = author >= 0 ? people.value(author) : 0;
    c.kind = kind;
    c.name = name;
    c.definition = definition;
    c.behaviour = behaviour;
    c.measure = measure;
    c.mergedFrom = sources;
    c.pairId = pairId;
    c.position = position;
    const auto id = store.addCandidate(c);
    ok = id.has_value();
    return id.value_or(0);
}

void ExampleBuilder::input(qint64 candidateId, InputPattern pattern, const QString& name,
                           const QString& definition, const QString& owner, int position) {
    if (ok)
        ok = store.addInput({0, candidateId, name, definition, pattern, owner, position})
                 .has_value();
}

void ExampleBuilder::eliminate(qint64 candidateId, const QString& reason) {
    if (!ok)
        return;
    auto c = store.candidate(candidateId);
    ok = c.has_value();
    if (!ok)
        return;
    c->status = CandidateStatus::Eliminated;
    c->eliminationReason = reason;
    ok = store.updateCandidate(*c);
}

void ExampleBuilder::check(qint64 candidateId, const QList<int>& answers) {
    static const QStringList criteria = {
        QStringLiteral("value"),          QStringLiteral("vision"),
        QStringLiteral("leading"),        QStringLiteral("actionable"),
        QStringLiteral("understandable"), QStringLiteral("measurable"),
        QStringLiteral("not_vanity")};
    for (int i = 0; ok && i < criteria.size() && i < answers.size(); ++i)
        ok = store.setChecklistScore(
            {candidateId, criteria.at(i), 0, static_cast<ChecklistAnswer>(answers.at(i))});
}

void ExampleBuilder::matrix(const QList<std::pair<qint64, QList<int>>>& rows) {
    const QList<MatrixCriterion> criteria = DecisionMatrix::standardCriteria();
    const QList<int> weights = {3, 2, 2, 1};
    QList<qint64> ids;
    for (int i = 0; ok && i < criteria.size(); ++i) {
        MatrixCriterion criterion = criteria.at(i);
        criterion.workshopId = workshopId;
        criterion.weight = weights.value(i, 1);
        const auto id = store.addMatrixCriterion(criterion);
        ok = id.has_value();
        ids.append(id.value_or(0));
    }
    for (const auto& [candidateId, values] : rows)
        for (int i = 0; ok && i < values.size() && i < ids.size(); ++i)
            ok = store.setMatrixScore({ids.at(i), candidateId, values.at(i)});
}

void ExampleBuilder::dots(const QList<std::pair<int, QList<std::pair<qint64, int>>>>& placed) {
    for (const auto& [person, choices] : placed)
        for (const auto& [candidateId, count] : choices)
            if (ok)
                ok = store.setVote({people.value(person), candidateId, count});
}

void ExampleBuilder::tag(qint64 candidateId, const QString& criterion) {
    if (!ok)
        return;
    auto c = store.candidate(candidateId);
    ok = c.has_value();
    if (!ok)
        return;
    c->breaksCriterion = criterion;
    ok = store.updateCandidate(*c);
}

void ExampleBuilder::note(const QString& questionKey, const QString& text) {
    if (ok)
        ok = store.setQuestionNote(workshopId, questionKey, text);
}

void ExampleBuilder::group(const QString& name, Game game, const QList<int>& members,
                           qint64 worksheet, int position) {
    if (!ok)
        return;
    WarmUpGroup g;
    g.workshopId = workshopId;
    g.name = name;
    g.game = game;
    g.candidateId = worksheet;
    g.position = position;
    for (int member : members)
        g.members.append(people.value(member));
    ok = store.addWarmUpGroup(g).has_value();
}

void ExampleBuilder::stage(const QString& key, int minutesSpent, const QString& notes) {
    if (ok)
        ok = store.setStageElapsed(workshopId, key, qint64(minutesSpent) * 60'000);
    if (ok && !notes.isEmpty())
        ok = store.setStageNotes(workshopId, key, notes);
}

void ExampleBuilder::reveal(const QString& stageKey) {
    if (ok)
        ok = store.setStageRevealed(workshopId, stageKey, true);
}

void ExampleBuilder::followUp(FollowUpKind kind, const QString& text, const QString& owner,
                              const QDate& due, int position) {
    if (ok)
        ok = store.addFollowUp({0, workshopId, kind, text, owner, due, position}).has_value();
}
