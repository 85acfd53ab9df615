#pragma once
// A workshop in the team library, as its list shows it: what it is, which version is current,
// and who published it when. The workshop itself travels as a JSON exchange document.
#include <QDateTime>
#include <QString>

struct TeamWorkshopSummary {
    qint64 teamId = 0;
    int version = 0;
    QString title;
    QString product;
    QString facilitator;
    QDateTime heldAt;  // the workshop's own date (when it was created)
    QString northStar; // the chosen North Star Metric's name, empty if none
    // Where the workshop got to (an agenda stage key, "" before the first stage) and how many
    // candidates the team drafted (kind "own"): the server's reading of the document.
    QString currentStage;
    int candidateCount = 0;
    QString publishedBy;
    QDateTime publishedAt;

    friend bool operator==(const TeamWorkshopSummary&, const TeamWorkshopSummary&) = default;
};

// One page of the team's list, searched and sorted by the server (the Team view).
struct TeamListQuery {
    enum class Sort {
        PublishedAt,
        Title,
        Product,
        Facilitator,
        HeldAt,
        NorthStar,
        Stage,     // in agenda order, as the laptop's list sorts "Stage reached"
        Candidates // how many candidates the team drafted
    };

    QString search; // matched, case-insensitively, inside title, product, facilitator, North Star
    Sort sort = Sort::PublishedAt;
    bool descending = true;
    int limit = 0; // rows per page; 0 for all
    int offset = 0;
};
