// WorkshopStore: what the teaching blocks keep (opening notes per question, the game's show
// of hands) and each stage's shared focus and reveal state. Warm-up groups are in
// WorkshopStoreWarmUp.cpp.
#include "WorkshopStore.h"
#include "domain/StageKeys.h"

#include "SqlSupport.h"
#include "domain/TextLimits.h"

#include <QSqlQuery>

using SqlSupport::run;

bool WorkshopStore::upsertStageColumn(qint64 workshopId, const QString& stageKey,
                                      const QString& column, const QVariant& value,
                                      const QString& what) {
    // `column` is one of this file's constants, never user text.
    const bool ok = inTransaction(what, [&](QString* error) {
        return write(QStringLiteral("INSERT INTO stage_state (workshop_id, stage_key, %1) "
                                    "VALUES (?, ?, ?) ON CONFLICT (workshop_id, stage_key) "
                                    "DO UPDATE SET %1 = excluded.%1")
                         .arg(column),
                     {workshopId, stageKey, value}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(stageChange(workshopId, stageKey, ChangeKind::StageState));
    return ok;
}

bool WorkshopStore::setStageFocus(qint64 workshopId, const QString& stageKey, int focus) {
    return upsertStageColumn(workshopId, stageKey, QStringLiteral("focus"), qMax(0, focus),
                             tr("what the room is looking at"));
}

bool WorkshopStore::setStageRevealed(qint64 workshopId, const QString& stageKey, bool revealed) {
    return upsertStageColumn(workshopId, stageKey, QStringLiteral("revealed"), revealed ? 1 : 0,
                             tr("the reveal"));
}

QHash<QString, QString> WorkshopStore::questionNotes(qint64 workshopId) const {
    QHash<QString, QString> result;
    QSqlQuery q(db());
    if (run(q,
            QStringLiteral("SELECT question_key, notes FROM question_note WHERE workshop_id = ?"),
            {workshopId}, nullptr))
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

bool WorkshopStore::setQuestionNote(qint64 workshopId, const QString& questionKey,
                                    const QString& notes) {
    if (!checkText(tr("notes"), notes, TextLimits::Notes) ||
        !checkText(tr("question"), questionKey, TextLimits::ShortText))
        return false;
    const bool ok = inTransaction(tr("your notes"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO question_note (workshop_id, question_key, notes) "
                                    "VALUES (?, ?, ?) ON CONFLICT (workshop_id, question_key) "
                                    "DO UPDATE SET notes = excluded.notes"),
                     {workshopId, questionKey, notes}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(stageChange(workshopId, QString(StageKeys::Opening), ChangeKind::StageNotes));
    return ok;
}

QMap<Game, int> WorkshopStore::gameTally(qint64 workshopId) const {
    QMap<Game, int> result;
    QSqlQuery q(db());
    if (run(q, QStringLiteral("SELECT game, hands FROM game_tally WHERE workshop_id = ?"),
            {workshopId}, nullptr))
        while (q.next())
            if (const Game game = gameFromKey(q.value(0).toString()); game != Game::Undecided)
                result.insert(game, q.value(1).toInt());
    return result;
}

bool WorkshopStore::setGameHands(qint64 workshopId, Game game, int hands) {
    if (game == Game::Undecided || hands < 0 || hands > 999)
        return fail(tr("A show of hands counts from 0 to 999 for one of the three games. The "
                       "tally was not changed."));
    const bool ok = inTransaction(tr("the show of hands"), [&](QString* error) {
        return write(QStringLiteral("INSERT INTO game_tally (workshop_id, game, hands) VALUES "
                                    "(?, ?, ?) ON CONFLICT (workshop_id, game) DO UPDATE SET "
                                    "hands = excluded.hands"),
                     {workshopId, gameKey(game), hands}, error) &&
               touch(workshopId, error);
    });
    if (ok)
        publish(workshopId, ChangeKind::GameTally);
    return ok;
}
