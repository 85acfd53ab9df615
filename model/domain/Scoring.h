#pragma once
// The judgements the room makes about candidates: checklist answers, decision-matrix
// scores and dots.
#include <QString>

enum class ChecklistAnswer { No = 0, Partly = 1, Yes = 2 };

struct ChecklistScore {
    qint64 candidateId = 0;
    QString criterion;        // a checklist criterion key from the playbook
    qint64 participantId = 0; // 0: the group's consensus
    ChecklistAnswer answer = ChecklistAnswer::No;

    friend bool operator==(const ChecklistScore&, const ChecklistScore&) = default;
};

struct MatrixCriterion {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString name;
    int weight = 1; // 1..5
    int position = 0;

    friend bool operator==(const MatrixCriterion&, const MatrixCriterion&) = default;
};

struct MatrixScore {
    qint64 criterionId = 0;
    qint64 candidateId = 0;
    int value = 0; // 1..5

    friend bool operator==(const MatrixScore&, const MatrixScore&) = default;
};

struct Vote {
    qint64 participantId = 0;
    qint64 candidateId = 0;
    int dots = 0;

    friend bool operator==(const Vote&, const Vote&) = default;
};
