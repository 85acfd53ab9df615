#pragma once
// What one device may see now: a pure function of the room's state and the device. It is
// the only code that turns workshop data into bytes for the network, so the privacy rules
// live here and nowhere else: a phone sees its own cards before the reveal and nobody
// else's; authors vanish in an anonymous workshop; notes, scripts, the matrix and follow-ups
// are never read into it at all. Checklist answers and dots are read only in their own
// stages, and only MY answers and dots leave (RoomJudgementView; the tally once closed).
#include "RoomJudgementView.h"
#include "RoomWorksheetView.h"
#include "domain/Candidate.h"
#include "domain/Participant.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class WorkshopSession;

// The room's state, read once per push (RoomSnapshot::read) and shared by every device.
struct RoomSnapshot {
    QString title;
    bool anonymous = false;
    QString stageKey;
    QString stageTitle;
    bool revealed = false; // the silent brainstorm's cards have been revealed
    bool timerRunning = false;
    qint64 elapsedMs = 0;
    qint64 plannedMs = 0;
    qint64 serverTime = 0; // ms since the epoch, when read
    QList<Participant> people;
    QList<Candidate> cards;    // silent-brainstorm cards only (kind Own), by position
    RoomScoring scoring;       // read only in draft.score (RoomJudgementView)
    RoomVoting voting;         // read only in draft.decide
    RoomWorksheets worksheets; // read only in the warm-up (RoomWorksheetView)

    // Reads the session's store and runner; nothing private is copied in. `cards`, when
    // given, are the silent cards already known (RoomCardCache), not read again.
    static RoomSnapshot read(const WorkshopSession& session, qint64 serverTimeMs,
                             const QList<Candidate>* cards = nullptr);
};

// One device as the view needs it.
struct RoomViewer {
    QString device;
    qint64 participantId = 0; // 0 while waiting
    QString name;
    bool waiting = false;
};

// A phone's own card as it goes out before the reveal, kept from push to push while the card's
// text stays (issue #17: serialising a phone's cards for every push was most of a push in the
// silent brainstorm). Keyed by the card's id; holds nothing a phone may not see of its own card.
class RoomCardBytes {
public:
    QByteArray own(const Candidate& card);
    qsizetype size() const { return m_cards.size(); }
    // How many cards this process serialised: a test's measure.
    static qint64 serialised();

private:
    struct Kept {
        QString name, behaviour, measure, definition;
        QByteArray bytes;
    };
    QHash<qint64, Kept> m_cards;
};

// A push's "state" messages (issue #17): the parts that are the same for every phone in a mode
// (the workshop, the stage, the limits, a revealed card, the candidates, the counts) are
// serialised once per push, and each phone's message is those bytes with its own parts (me,
// its cards, its answers and dots) put in between. Holds `room`, which must outlive it.
class RoomStateFrames {
public:
    // `cards`, when given, keeps the phones' own cards from push to push.
    explicit RoomStateFrames(const RoomSnapshot& room, RoomCardBytes* cards = nullptr);
    ~RoomStateFrames();
    RoomStateFrames(const RoomStateFrames&) = delete;
    RoomStateFrames& operator=(const RoomStateFrames&) = delete;

    struct Frame {
        QByteArray bytes; // the message, with "rev": `revision`
        QByteArray key;   // what the phone would show: a running timer as its start moment
    };
    Frame frame(const RoomViewer& viewer, qint64 revision);
    // How many times the parts every phone shares were serialised, in this process: a test's
    // measure (once per push and mode, however many phones).
    static qint64 sharedBuilds();

private:
    struct Shared;
    const Shared& shared(int mode);

    const RoomSnapshot& m_room;
    RoomCardBytes* m_cards;
    QByteArray m_head; // {"type", "workshop", "limits" — the same in every mode
    QHash<int, std::shared_ptr<Shared>> m_modes;
};

namespace RoomView {
// The "state" message for `viewer`, without its "rev" (the server adds it): the bytes
// RoomStateFrames sends, read back.
QJsonObject state(const RoomSnapshot& room, const RoomViewer& viewer);
// POST /roster's answer: the workshop's title and who can be claimed.
QJsonObject roster(const RoomSnapshot& room, bool locked, const QSet<qint64>& taken);
// The text limits a phone must respect (TextLimits, as the store enforces them).
QJsonObject limits();
} // namespace RoomView
