#pragma once
// What one committed transaction changed: which workshops, which kinds of thing and which
// rows. WorkshopStore::changed() carries one of these per commit (a batch of edits is one
// commit), so a view can ignore what it does not show and update the rows it does show
// instead of rebuilding. The stage clock (the running timer's saved time) is not a change a
// view shows: it travels on WorkshopStore::stageClockSaved() alone.
#include <QFlags>
#include <QSet>
#include <QString>

enum class ChangeKind : quint32 {
    Library = 1u << 0,    // a workshop was added to or removed from the library
    Workshop = 1u << 1,   // header fields, game, guardrail, status, current stage, North Star
    Roster = 1u << 2,     // participants
    StageState = 1u << 3, // a stage's focus or reveal (what the room is looking at)
    StageNotes = 1u << 4, // the facilitator's notes on a stage or a question
    StageClock = 1u << 5, // the time spent in a stage (never alone in changed())
    Plan = 1u << 6,       // planned minutes, skipped stages, discussion blocks
    Candidate = 1u << 7,  // candidate cards: text, lineage, order, added or removed
    Input = 1u << 8,      // the inputs under a candidate
    Score = 1u << 9,      // checklist scores, matrix criteria and scores
    Vote = 1u << 10,      // dot votes
    FollowUp = 1u << 11,  // what is left open
    WarmUp = 1u << 12,    // warm-up groups, their members and worksheets
    Pairs = 1u << 13,     // the pair-and-share draw
    GameTally = 1u << 14, // hands raised per game
    CheckIn = 1u << 15,   // check-ins on the workshop's chosen North Star (rowIds: check-ins)
};
Q_DECLARE_FLAGS(ChangeKinds, ChangeKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeKinds)

// Who wrote a change: the console (the facilitator, an import, a test) or the room (the
// phones' writes, which RoomServer commits once a pass of the event loop).
enum class ChangeSource { Console, Room };

struct WorkshopChanges {
    // The workshop the transaction changed; 0 when it changed several (see workshopIds).
    qint64 workshopId = 0;
    QSet<qint64> workshopIds;
    ChangeKinds kinds;
    // The rows touched, when the store knows them; an empty set with the kind present means
    // "any of them" (a new draw of pairs, an import), so refresh them all.
    QSet<QString> stageKeys;     // stages whose state, notes, clock or plan changed
    QSet<qint64> candidateIds;   // candidates written (an input's candidate included)
    QSet<qint64> inputIds;       // inputs written
    QSet<qint64> participantIds; // people written
    QSet<qint64> rowIds;         // other rows: follow-ups, criteria, groups
    // The room's writes: a view may show them in the next pass of the event loop, once the
    // room has acknowledged them, and once for all the pass's commits. The console's own
    // edits are shown at once (a second click reads the first one's answer).
    ChangeSource source = ChangeSource::Console;

    bool isEmpty() const { return !kinds; }
    bool concerns(qint64 id) const { return workshopIds.contains(id); }
    bool has(ChangeKinds any) const { return (kinds & any) != ChangeKinds(); }
    // True when the workshop `id` changed in one of `any` kinds.
    bool has(qint64 id, ChangeKinds any) const { return concerns(id) && has(any); }
    // True when the workshop `id` changed state of `stageKey` in one of `any` kinds.
    bool hasStage(qint64 id, const QString& stageKey, ChangeKinds any) const {
        return has(id, any) && stageKeys.contains(stageKey);
    }
    bool hasStage(qint64 id, QLatin1String stageKey, ChangeKinds any) const {
        return hasStage(id, QString(stageKey), any);
    }

    void add(qint64 workshop, ChangeKinds what) {
        workshopIds.insert(workshop);
        workshopId = workshopIds.size() == 1 ? workshop : 0;
        kinds |= what;
    }
    // One commit's changes after another's (a batch). A kind present with no rows named means
    // any of them, so merged with named rows it still means any: the union would tell a view
    // to refresh only the named ones and leave the rest stale.
    void merge(const WorkshopChanges& other) {
        const auto unite = [&](auto& mine, const auto& theirs, ChangeKinds about) {
            const bool mineAny = has(about) && mine.isEmpty();
            const bool theirsAny = other.has(about) && theirs.isEmpty();
            if (mineAny || theirsAny)
                mine.clear();
            else
                mine.unite(theirs);
        };
        unite(stageKeys, other.stageKeys,
              ChangeKind::StageState | ChangeKind::StageNotes | ChangeKind::StageClock |
                  ChangeKind::Plan);
        unite(candidateIds, other.candidateIds,
              ChangeKind::Candidate | ChangeKind::Input | ChangeKind::Score | ChangeKind::Vote);
        unite(inputIds, other.inputIds, ChangeKind::Input);
        unite(participantIds, other.participantIds, ChangeKind::Roster);
        unite(rowIds, other.rowIds,
              ChangeKind::FollowUp | ChangeKind::Score | ChangeKind::WarmUp | ChangeKind::Pairs |
                  ChangeKind::CheckIn);
        for (const qint64 id : other.workshopIds)
            add(id, other.kinds);
        kinds |= other.kinds;
    }
};
