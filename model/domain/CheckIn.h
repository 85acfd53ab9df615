#pragma once
// A check-in between workshops: some weeks after a workshop chose its North Star, the team
// says how confident it is in the metric and in each input (1 to 5), what it learned, and
// what to do next. It reviews the North Star of the workshop that chose it.
#include <QDate>
#include <QList>
#include <QString>

// The team's confidence in one input of the North Star reviewed.
struct InputConfidence {
    qint64 inputId = 0; // input.id: stable through renames and reorders of the input
    int confidence = 0; // 1..5
    QString inputName;  // as the input is named now (read back; not written)

    friend bool operator==(const InputConfidence&, const InputConfidence&) = default;
};

struct CheckIn {
    static constexpr int LowestConfidence = 1;
    static constexpr int HighestConfidence = 5;

    qint64 id = 0;
    qint64 workshopId = 0;  // the workshop that chose the North Star reviewed
    qint64 northStarId = 0; // the candidate reviewed; 0 when adding: the workshop's choice now
    QDate date;
    int metricConfidence = 0;      // 1..5
    QList<InputConfidence> inputs; // in the inputs' order; an input may be left unrated
    QString learned;               // what the team learned since the workshop
    QString nextStep;              // what to do next; may be empty
    QString nextOwner;             // only with a next step
    QDate nextDue;                 // only with a next step

    // The confidence in `inputId`, 0 when the team left it unrated.
    int confidenceIn(qint64 inputId) const {
        for (const InputConfidence& c : inputs)
            if (c.inputId == inputId)
                return c.confidence;
        return 0;
    }
    static bool isConfidence(int value) {
        return value >= LowestConfidence && value <= HighestConfidence;
    }

    friend bool operator==(const CheckIn&, const CheckIn&) = default;
};
