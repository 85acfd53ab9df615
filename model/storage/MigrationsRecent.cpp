// The schema's later steps (see Migrations.h); step() in Migrations.cpp calls them.
#include "Migrations.h"

namespace Migrations {

// Version 13: the place of a workshop's next card is found through an index instead of by
// reading all its cards. The room asks for it on every card a phone adds, and a brainstorm of
// sixty phones adds thousands (bench_room: p99 of an acknowledgement 64 -> 22 ms).
QStringList version13() {
    return {
        QStringLiteral(
            "CREATE INDEX candidate_by_workshop_position ON candidate(workshop_id, position)"),
    };
}

// Version 14: `lodestar --list` reads one index (issue #16). The chosen North Star's name is
// kept on the workshop row by triggers, so every writer (the app, an import, the room, a team
// take, the deletion of the candidate) keeps it equal to the join it replaces; the listing
// index holds every column the list prints, in its order (latest change first, ties by id),
// so SQLite reads neither the workshop rows nor the candidates, and sorts nothing. It replaces
// version 6's index on the last change, which it also serves; the index on the North Star
// finds the workshops a renamed or deleted candidate was chosen by.
QStringList version14() {
    const QString nameOfChoice = QStringLiteral(
        "COALESCE((SELECT name FROM candidate WHERE id = workshop.north_star_id), '')");
    return {
        QStringLiteral("ALTER TABLE workshop ADD COLUMN north_star_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE workshop SET north_star_name = %1 WHERE north_star_id IS NOT NULL")
            .arg(nameOfChoice),
        QStringLiteral("CREATE INDEX workshop_by_north_star ON workshop(north_star_id)"),
        QStringLiteral("CREATE TRIGGER north_star_chosen AFTER UPDATE OF north_star_id ON workshop "
                       "BEGIN UPDATE workshop SET north_star_name = %1 WHERE id = NEW.id; END")
            .arg(nameOfChoice),
        QStringLiteral("CREATE TRIGGER north_star_inserted AFTER INSERT ON workshop "
                       "WHEN NEW.north_star_id IS NOT NULL "
                       "BEGIN UPDATE workshop SET north_star_name = %1 WHERE id = NEW.id; END")
            .arg(nameOfChoice),
        QStringLiteral("CREATE TRIGGER north_star_renamed AFTER UPDATE OF id, name ON candidate "
                       "BEGIN UPDATE workshop SET north_star_name = %1 "
                       "WHERE north_star_id IN (OLD.id, NEW.id); END")
            .arg(nameOfChoice),
        // A candidate added under an id a workshop already names (a file written with foreign
        // keys off may hold such a dangling choice).
        QStringLiteral("CREATE TRIGGER north_star_candidate_added AFTER INSERT ON candidate "
                       "BEGIN UPDATE workshop SET north_star_name = NEW.name "
                       "WHERE north_star_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER north_star_candidate_deleted AFTER DELETE ON candidate "
                       "BEGIN UPDATE workshop SET north_star_name = '' "
                       "WHERE north_star_id = OLD.id; END"),
        QStringLiteral("DROP INDEX library_by_update"),
        // deleted_at is in the index only so that SQLite (3.40) sees it covers the query.
        QStringLiteral("CREATE INDEX library_listing ON workshop(updated_at, id, title, product, "
                       "current_stage, north_star_name, deleted_at) WHERE deleted_at IS NULL"),
    };
}

} // namespace Migrations
