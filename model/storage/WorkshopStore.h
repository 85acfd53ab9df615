#pragma once
// The only code that reads and writes the library's tables. Every edit is one small
// transaction, committed before the call returns (there is no Save), followed by one
// changed() signal saying what changed (WorkshopChange.h); batch() makes several edits one
// transaction and one signal. User text is always bound, never spliced
// into SQL. A write that fails returns false, keeps lastError() and emits writeFailed(), so
// the edit in hand is reported to the facilitator instead of silently dropped.
#include "WorkshopChange.h"
#include "domain/Candidate.h"
#include "domain/CheckIn.h"
#include "domain/CustomStage.h"
#include "domain/FollowUp.h"
#include "domain/Input.h"
#include "domain/NorthStarRecord.h"
#include "domain/PairGroup.h"
#include "domain/Participant.h"
#include "domain/Scoring.h"
#include "domain/StageState.h"
#include "domain/WarmUpGroup.h"
#include "domain/Workshop.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class Database;
class StatementCache;
struct RevisitPlan;
struct WorkshopDocument;

class WorkshopStore : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit WorkshopStore(Database& database, QObject* parent = nullptr);

    QString lastError() const { return m_lastError; }
    // The library file this store writes to (the team library tells laptops apart by it).
    QString libraryPath() const;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    Clock clock() const { return m_clock; }

    // Runs `edits` (calls to this store) as one transaction: committed if it returns true and
    // every write in it succeeded, rolled back otherwise. Listeners hear one changed() after
    // the commit and nothing after a rollback. Batches nest (the outermost one commits, and
    // its `source` is the change's).
    bool batch(const std::function<bool()>& edits, ChangeSource source = ChangeSource::Console);
    bool inBatch() const { return m_batchDepth > 0; }

    // --- Workshops and the library -------------------------------------------------
    std::optional<qint64> createWorkshop(const Workshop& workshop,
                                         const QList<Participant>& participants = {});
    // A new workshop holding everything in `doc` (an import), in one transaction: every
    // row gets a new id and every reference is renumbered; the created and updated dates are
    // the document's. Nothing is written when the document breaks a rule (DocumentCheck) or
    // a write fails; lastError() says why.
    std::optional<qint64> importWorkshop(const WorkshopDocument& doc);
    std::optional<Workshop> workshop(qint64 id) const;
    bool updateWorkshop(const Workshop& workshop); // header fields, game, guardrail, status
    bool renameWorkshop(qint64 id, const QString& title);
    bool setCurrentStage(qint64 id, const QString& stageKey);
    // The furthest stage the room has reached (a stage key; empty before the first move).
    // Stages up to it stay done in the agenda, whatever time was recorded in them.
    QString reachedStage(qint64 id) const;
    bool setReachedStage(qint64 id, const QString& stageKey);
    bool setNorthStar(qint64 workshopId, qint64 candidateId); // 0 clears it
    // A new workshop with the same header and people, and nothing else.
    std::optional<qint64> duplicateWorkshop(qint64 id, const QString& title);
    // Deleting moves a workshop to the trash, which is emptied when the library is next
    // opened; until then restoreWorkshop() undoes it.
    bool deleteWorkshop(qint64 id);
    bool restoreWorkshop(qint64 id);
    QList<WorkshopSummary> workshopSummaries() const; // all, the latest change first
    QList<WorkshopSummary> workshopSummaries(const QList<qint64>& ids) const; // in any order
    std::optional<WorkshopSummary> workshopSummary(qint64 id) const;
    int workshopCount() const;
    // What `lodestar --list` prints of a workshop: only these columns are read, and the last
    // update is the ISO 8601 text, in UTC to the second, that QDateTime would print. Text is
    // UTF-8, byte for byte what QString::toUtf8() makes of the text Qt's driver reads, and
    // valid only during the call it is handed to (mostly SQLite's own bytes, not copied).
    struct ListedWorkshop {
        qint64 id = 0;
        QByteArrayView title, product, updatedAt, currentStage, northStar;
    };
    // Hands every workshop to `row`, the latest change first, one at a time (10,000 of them
    // are listed without the start screen's summaries). False if the library could not be
    // read to the end (a damaged page, say); `error` then says why.
    bool listWorkshops(const std::function<void(const ListedWorkshop&)>& row, QString* error) const;

    // The library as the start screen lists it: the ids of the workshops whose title,
    // product, facilitator or North Star contains `search` (ignoring the case of ASCII
    // letters), in `order`, ties by id. Text sorts ignore ASCII case; Stage follows
    // `stageOrder` (stage keys), with stages not in it last.
    enum class LibraryOrder {
        Title,
        Product,
        Created,
        Updated,
        Facilitator,
        Stage,
        NorthStar,
        Candidates
    };
    struct LibraryQuery {
        QString search;
        LibraryOrder order = LibraryOrder::Updated;
        bool descending = true;
        QStringList stageOrder;
    };
    QList<qint64> libraryIds(const LibraryQuery& query) const;

    // --- A product's history (WorkshopStoreHistory.cpp) -----------------------------------
    // Workshops are grouped by ProductName::key of their product, so "Meal kit" and
    // " meal  KIT" are one product. The trash is left out of what is shown.
    // Every product in the library, by name (ignoring case), the unnamed one last.
    QList<ProductSummary> products() const;
    // The workshops of the product with `key`, newest first, each with its chosen North Star.
    QList<NorthStarRecord> productHistory(const QString& key) const;
    std::optional<NorthStarRecord> northStarRecord(qint64 workshopId) const;
    // How each workshop of the product with `key` spells it, the trash included (so undoing a
    // rename after restoring a deleted workshop still finds it).
    QList<ProductSpelling> productSpellings(const QString& key) const;
    // How each of the workshops `ids` spells its product now, the trash included; ids that
    // no longer exist are left out.
    QList<ProductSpelling> productSpellingsOf(const QList<qint64>& ids) const;
    // Gives each listed workshop its product, in one transaction and one change: renaming
    // and merging products, and undoing either. Leaves updated_at alone (naming a product
    // is a library edit, not work on the workshop, and must not reorder the library).
    bool setProducts(const QList<ProductSpelling>& spellings);
    QString changeNote(qint64 workshopId) const;
    bool setChangeNote(qint64 workshopId, const QString& note);

    // --- Revisits (WorkshopStoreRevisit.cpp) ----------------------------------------------
    // Creates the workshop `plan` describes in one transaction: header and people, the
    // incumbent candidate (kind Room, marked incumbent) with its inputs, the revisit's blocks
    // (custom stages, each after the one before, the first where plan.stages[0] says) and the
    // agenda stages it skips, linked to plan.predecessorId. Refused when the predecessor is
    // gone or in the trash.
    std::optional<qint64> createRevisit(const RevisitPlan& plan);
    // The workshop `workshopId` revisits; 0 when none, or when it is in the trash or gone (a
    // purged predecessor leaves the successor standing on its own).
    qint64 predecessorOf(qint64 workshopId) const;
    // The oldest workshop (not in the trash) with this title created at this moment: how an
    // imported revisit finds its predecessor in another library. 0 when there is none.
    qint64 workshopCreatedAt(const QString& title, const QDateTime& createdAt) const;

    // --- Check-ins between workshops (WorkshopStoreCheckIns.cpp) ---------------------------
    // A check-in reviews the North Star a workshop chose. It is a note on the history, not
    // work on the workshop: it leaves updated_at alone (the library keeps its order).
    // The check-ins of the workshop `workshopId`, newest first (by date, then the later added).
    QList<CheckIn> checkIns(qint64 workshopId) const;
    // The check-ins of each of `workshopIds`, in one read (a product's page); a workshop
    // without check-ins is left out.
    QHash<qint64, QList<CheckIn>> checkInsOf(const QList<qint64>& workshopIds) const;
    std::optional<CheckIn> checkIn(qint64 checkInId) const;
    // Records `checkIn` on the North Star its workshop chose (northStarId 0: the choice now; a
    // non-zero one must be a candidate of that workshop). A non-zero id is kept (undoing a
    // removal). Refused, with lastError() saying why: a workshop without a chosen North Star,
    // a confidence outside 1 to 5, an input not of that North Star or rated twice, an owner
    // or due date without a next step, no date, text over its limit.
    std::optional<qint64> addCheckIn(const CheckIn& checkIn);
    bool removeCheckIn(qint64 checkInId);
    // The confidence each check-in gave the input `inputId`, by check-in id (empty when none
    // rated it): what an undoable removal of the input keeps, to give back on undo.
    QHash<qint64, int> confidencesIn(qint64 inputId) const;
    // Gives the input `inputId` back the confidences `byCheckIn` (check-in id → 1 to 5), for
    // the check-ins that still exist. Refused when the input does not exist.
    bool restoreConfidencesIn(qint64 inputId, const QHash<qint64, int>& byCheckIn);

    // --- People and stages ---------------------------------------------------------
    QList<Participant> participants(qint64 workshopId) const;
    std::optional<qint64> addParticipant(const Participant& participant);
    bool updateParticipant(const Participant& participant);
    bool removeParticipant(qint64 participantId);

    QList<StageState> stageStates(qint64 workshopId) const;
    StageState stageState(qint64 workshopId, const QString& stageKey) const;
    bool setStageElapsed(qint64 workshopId, const QString& stageKey, qint64 elapsedMs);
    bool setStageNotes(qint64 workshopId, const QString& stageKey, const QString& notes);
    bool setStagePlan(qint64 workshopId, const QString& stageKey, int plannedMinutes, bool skipped);

    QList<CustomStage> customStages(qint64 workshopId) const;
    // Adds a block with the next free "custom.N" key and returns that key.
    std::optional<QString> addCustomStage(const CustomStage& stage);
    bool removeCustomStage(qint64 workshopId, const QString& stageKey);

    // Which question, worksheet or candidate the room is looking at in a stage, and whether
    // the stage's private cards have been revealed. The console sets them; the projector
    // follows.
    bool setStageFocus(qint64 workshopId, const QString& stageKey, int focus);
    bool setStageRevealed(qint64 workshopId, const QString& stageKey, bool revealed);

    // --- The teaching blocks ------------------------------------------------------------
    QHash<QString, QString> questionNotes(qint64 workshopId) const; // by question key
    bool setQuestionNote(qint64 workshopId, const QString& questionKey, const QString& notes);
    QMap<Game, int> gameTally(qint64 workshopId) const; // hands raised per game
    bool setGameHands(qint64 workshopId, Game game, int hands);
    QList<WarmUpGroup> warmUpGroups(qint64 workshopId) const;
    std::optional<WarmUpGroup> warmUpGroup(qint64 groupId) const; // one group, narrower
    // A group with a non-zero id is inserted with that id (used to undo a deletion).
    std::optional<qint64> addWarmUpGroup(const WarmUpGroup& group);
    // Writes what differs from the stored group (name, game, worksheet, position, who joined
    // or left): one transaction, one change naming the group (and any group a newcomer left);
    // the same group again writes nothing and tells nobody.
    bool updateWarmUpGroup(const WarmUpGroup& group);
    bool removeWarmUpGroup(qint64 groupId);

    // --- Pair and share ------------------------------------------------------------------
    QList<PairGroupRecord> pairGroups(qint64 workshopId) const;
    // Replaces the workshop's pairs with `groups` (in that order) and records the seed that
    // drew them. Groups with an id that exists keep it, so their pair candidates still point
    // at them; a group with a new non-zero id is inserted with it (undo); groups left out are
    // deleted and their candidates keep their text but no longer name a pair. Refuses a person
    // in two groups.
    bool setPairing(qint64 workshopId, const QList<PairGroupRecord>& groups, quint64 seed);

    // --- Candidates and their inputs -------------------------------------------------
    // A candidate with a non-zero id is inserted with that id (used to undo a deletion).
    QList<Candidate> candidates(qint64 workshopId) const;
    // Those of `ids` that are candidates of the workshop, with where they came from, by
    // position (ids gone or of another workshop are left out): what a view reads for a change
    // that names its candidates. nullopt if the read failed.
    std::optional<QList<Candidate>> candidates(qint64 workshopId, const QList<qint64>& ids) const;
    // Only the silent brainstorm's cards (kind Own, which build on nothing), by position: the
    // room's read on every push, narrower than candidates().
    QList<Candidate> silentCards(qint64 workshopId) const;
    // Those of `ids` that are silent cards of the workshop (ids gone or of another kind are
    // left out); nullopt if the read failed.
    std::optional<QList<Candidate>> silentCards(qint64 workshopId, const QList<qint64>& ids) const;
    std::optional<Candidate> candidate(qint64 candidateId) const;
    std::optional<qint64> addCandidate(const Candidate& candidate);
    bool updateCandidate(const Candidate& candidate);
    bool removeCandidate(qint64 candidateId);

    QList<Input> inputs(qint64 candidateId) const;
    // The inputs of each of `candidateIds`, in one read (a product's history); a candidate
    // without inputs is left out.
    QHash<qint64, QList<Input>> inputsOf(const QList<qint64>& candidateIds) const;
    std::optional<qint64> addInput(const Input& input);
    bool updateInput(const Input& input);
    bool removeInput(qint64 inputId);

    // --- Scores, votes and what is left open ------------------------------------------
    QList<ChecklistScore> checklistScores(qint64 workshopId) const;
    bool setChecklistScore(const ChecklistScore& score);
    bool clearChecklistScore(qint64 candidateId, const QString& criterion, qint64 participantId);

    QList<MatrixCriterion> matrixCriteria(qint64 workshopId) const;
    std::optional<qint64> addMatrixCriterion(const MatrixCriterion& criterion);
    bool updateMatrixCriterion(const MatrixCriterion& criterion);
    bool removeMatrixCriterion(qint64 criterionId);
    QList<MatrixScore> matrixScores(qint64 workshopId) const;
    bool setMatrixScore(const MatrixScore& score); // value 0 clears the cell
    // Replaces every criterion and score of the workshop in one transaction: switching to
    // the checklist rubric, and undoing any change to the matrix. Criteria with a non-zero id
    // are inserted with it; scores must name criteria in `criteria` by id.
    bool replaceMatrix(qint64 workshopId, const QList<MatrixCriterion>& criteria,
                       const QList<MatrixScore>& scores);

    QList<Vote> votes(qint64 workshopId) const;
    bool setVote(const Vote& vote); // 0 dots removes the vote

    QList<FollowUp> followUps(qint64 workshopId) const;
    std::optional<qint64> addFollowUp(const FollowUp& followUp);
    bool updateFollowUp(const FollowUp& followUp);
    bool removeFollowUp(qint64 followUpId);

    // --- The room's bookkeeping (WorkshopStoreRoom.cpp) ------------------------------------
    // What phones wrote over the network is kept per workshop and per person: the candidate
    // each applied operation wrote (so a retried operation is not applied twice), and the
    // candidate each phone-made card key became. Written inside the batch() that writes the
    // card, so both commit or neither does. Not workshop content: no changed() signal, and
    // exports, imports and duplicates leave them out.
    std::optional<qint64> roomOperation(qint64 workshopId, qint64 participantId,
                                        const QString& operationId) const;
    bool recordRoomOperation(qint64 workshopId, qint64 participantId, const QString& operationId,
                             qint64 candidateId);
    qint64 roomCard(qint64 workshopId, qint64 participantId, const QString& cardKey) const;
    bool setRoomCard(qint64 workshopId, qint64 participantId, const QString& cardKey,
                     qint64 candidateId);
    // The position after every candidate of the workshop (where a new card goes), without
    // reading them all.
    int nextCandidatePosition(qint64 workshopId) const;
    // The people who told their phone "I'm done" in the dot vote (schema 9). Bookkeeping like
    // the above (not exported, not duplicated, gone with the workshop or the person), but the
    // console shows it: setVoteDone() publishes a Vote change.
    QSet<qint64> votesDone(qint64 workshopId) const;
    bool setVoteDone(qint64 workshopId, qint64 participantId, bool done);

signals:
    // Once per committed transaction (a batch included), after the commit.
    void changed(const WorkshopChanges& changes);
    // The running timer's time in a stage was saved. No view rebuilds for it.
    void stageClockSaved(qint64 workshopId, const QString& stageKey, qint64 elapsedMs);
    void writeFailed(const QString& message);

private:
    QSqlDatabase db() const;
    // The connection's kept statements: for the statements run again and again (every write,
    // and the reads of the room's write path), so SQLite parses each only once.
    StatementCache& statements() const;
    QString now() const;
    // Records why a write failed, tells listeners, and returns false.
    bool fail(const QString& message);
    bool failSql(const QString& what, const QString& sqlError);
    // Runs one write statement with its bound values inside the caller's transaction.
    bool write(const QString& sql, const QVariantList& values, QString* error);
    // Runs `body` in one transaction; commits if it returns true, rolls back otherwise.
    bool inTransaction(const QString& what, const std::function<bool(QString*)>& body);
    bool touch(qint64 workshopId, QString* error); // bumps updated_at
    bool checkText(const QString& field, const QString& text, int maxLength);
    qint64 workshopOfCandidate(qint64 candidateId) const;
    qint64 insertedId(const QString& sql, const QVariantList& values, QString* error);
    bool candidateTextFits(const Candidate& candidate);
    // Puts `participants` in the group (taking them out of any other, whose ids go to
    // `groupsLeft`).
    bool addMembers(qint64 groupId, const QList<qint64>& participants, QSet<qint64>* groupsLeft,
                    QString* error);
    QList<WarmUpGroup> readWarmUpGroups(const QString& column, qint64 value) const;
    bool upsertStageColumn(qint64 workshopId, const QString& stageKey, const QString& column,
                           const QVariant& value, const QString& what);
    bool writeLineage(const Candidate& candidate, qint64 id, QString* error);
    bool incumbentIsFree(const Candidate& candidate); // at most one incumbent per workshop
    bool checkInFits(const CheckIn& checkIn, qint64 northStarId); // the rules addCheckIn keeps
    struct ImportIds;
    bool importRows(const WorkshopDocument& doc, ImportIds& ids, QString* error);
    bool importGroups(const WorkshopDocument& doc, ImportIds& ids, QString* error);
    bool importCandidates(const WorkshopDocument& doc, ImportIds& ids, QString* error);
    bool importScores(const WorkshopDocument& doc, const ImportIds& ids, QString* error);
    bool importCheckIns(const WorkshopDocument& doc, const ImportIds& ids, QString* error);
    // Writes check-in `c` (with its id unless 0) on `candidateId`, its ratings' inputs mapped
    // by `inputId`, and returns its id (0 on failure): the one INSERT of addCheckIn and import.
    qint64 insertCheckIn(const CheckIn& c, qint64 workshopId, qint64 candidateId,
                         const std::function<qint64(qint64)>& inputId, QString* error);
    void purgeTrash();
    // Tells listeners what the transaction just committed changed, or keeps it for the end
    // of the batch in hand.
    void publish(const WorkshopChanges& changes);
    void publish(qint64 workshopId, ChangeKinds kinds) { publish(changeOf(workshopId, kinds)); }
    static WorkshopChanges changeOf(qint64 workshopId, ChangeKinds kinds);
    static WorkshopChanges stageChange(qint64 workshopId, const QString& stageKey,
                                       ChangeKinds kinds);

    Database& m_database;
    QString m_lastError;
    Clock m_clock;
    int m_batchDepth = 0;
    bool m_batchFailed = false;
    WorkshopChanges m_pending;
    struct ClockSave {
        qint64 workshopId;
        QString stageKey;
        qint64 elapsedMs;
    };
    QList<ClockSave> m_pendingClock;
    // The last checklist answers read and the library's stamp then (Database::dataStamp): the
    // score page, its projector and the room's push each read them once a pass (issue #17).
    struct KeptScores {
        QString stamp;
        qint64 workshopId = 0;
        QList<ChecklistScore> scores;
    };
    mutable KeptScores m_keptScores;
};
