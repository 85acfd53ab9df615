#pragma once
// Someone in the room. The discipline lets the roster check spot missing voices.
#include <QString>

struct Participant {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString name;
    QString discipline; // free text; the playbook suggests engineering, design, product ...
    int position = 0;

    friend bool operator==(const Participant&, const Participant&) = default;
};
