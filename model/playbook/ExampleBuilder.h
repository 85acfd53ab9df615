#pragma once
// The small writer the example workshop is built with: each call adds one thing to the
// store and remembers whether every write so far succeeded, so the example is built in a
// straight line and checked once at the end. Internal to ExampleWorkshop.
#include "storage/WorkshopStore.h"

#include <QCoreApplication>

struct ExampleBuilder {
    Q_DECLARE_TR_FUNCTIONS(ExampleWorkshop)

public:
    WorkshopStore& store;
    qint64 workshopId = 0;
    bool ok = true;
    QList<qint64> people; // participant ids in roster order

    // A candidate by the person at `author` in the roster (-1: nobody in particular).
    qint64 candidate(int author, CandidateKind kind, const QString& name, const QString& definition,
                     const QString& behaviour = {}, const QString& measure = {},
                     const QList<qint64>& sources = {}, qint64 pairId = 0, int position = 0);
    void input(qint64 candidateId, InputPattern pattern, const QString& name,
               const QString& definition, const QString& owner, int position);
    void eliminate(qint64 candidateId, const QString& reason);
    // The room's consensus on the seven checklist points, in the playbook's order (0..2).
    void check(qint64 candidateId, const QList<int>& answers);
    void tag(qint64 candidateId, const QString& criterion);
    // The four standard matrix criteria (weighted 3, 2, 2, 1) and each row's scores in them.
    void matrix(const QList<std::pair<qint64, QList<int>>>& rows);
    // Each person's dots (roster place, then candidate and count).
    void dots(const QList<std::pair<int, QList<std::pair<qint64, int>>>>& placed);
    void note(const QString& questionKey, const QString& text);
    void group(const QString& name, Game game, const QList<int>& members, qint64 worksheet,
               int position);
    void stage(const QString& key, int minutesSpent, const QString& notes);
    void reveal(const QString& stageKey);
    void followUp(FollowUpKind kind, const QString& text, const QString& owner, const QDate& due,
                  int position);
};

// Block 6 of the example: the silent cards, the pair draw and the pairs' candidates, the
// checklist, the matrix and the dot vote, and the chosen North Star with its inputs and
// what the room left open.
namespace ExampleDraft {
void fill(ExampleBuilder& b);
} // namespace ExampleDraft
