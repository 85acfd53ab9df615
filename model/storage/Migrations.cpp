#include "Migrations.h"

namespace {

// Version 1: the whole workshop, from the roster to the chosen North Star.
QStringList version1() {
    return {
        QStringLiteral(R"(CREATE TABLE workshop (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            product TEXT NOT NULL DEFAULT '',
            facilitator TEXT NOT NULL DEFAULT '',
            vision TEXT NOT NULL DEFAULT '',
            agenda_minutes INTEGER NOT NULL DEFAULT 120,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            current_stage TEXT NOT NULL DEFAULT '',
            game TEXT NOT NULL DEFAULT '',
            game_rationale TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned',
            north_star_id INTEGER REFERENCES candidate(id) ON DELETE SET NULL,
            guardrail_name TEXT NOT NULL DEFAULT '',
            guardrail_definition TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE participant (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            discipline TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE stage_state (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            stage_key TEXT NOT NULL,
            elapsed_ms INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            planned_minutes INTEGER NOT NULL DEFAULT -1,
            skipped INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (workshop_id, stage_key)
        ))"),
        QStringLiteral(R"(CREATE TABLE candidate (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            author_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
            kind TEXT NOT NULL DEFAULT 'own',
            name TEXT NOT NULL DEFAULT '',
            definition TEXT NOT NULL DEFAULT '',
            behaviour TEXT NOT NULL DEFAULT '',
            measure TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            elimination_reason TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE candidate_source (
            candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
            PRIMARY KEY (candidate_id, source_id)
        ))"),
        QStringLiteral(R"(CREATE TABLE input (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            definition TEXT NOT NULL DEFAULT '',
            pattern TEXT NOT NULL DEFAULT 'other',
            owner TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        // participant_id 0 is the group's consensus; it is not a foreign key for that reason.
        QStringLiteral(R"(CREATE TABLE checklist_score (
            candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            participant_id INTEGER NOT NULL DEFAULT 0,
            answer INTEGER NOT NULL,
            PRIMARY KEY (candidate_id, criterion, participant_id)
        ))"),
        QStringLiteral(R"(CREATE TABLE matrix_criterion (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            weight INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE matrix_score (
            criterion_id INTEGER NOT NULL REFERENCES matrix_criterion(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
            value INTEGER NOT NULL,
            PRIMARY KEY (criterion_id, candidate_id)
        ))"),
        QStringLiteral(R"(CREATE TABLE vote (
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
            dots INTEGER NOT NULL,
            PRIMARY KEY (participant_id, candidate_id)
        ))"),
        QStringLiteral(R"(CREATE TABLE follow_up (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX participant_by_workshop ON participant(workshop_id)"),
        QStringLiteral("CREATE INDEX candidate_by_workshop ON candidate(workshop_id)"),
        QStringLiteral("CREATE INDEX input_by_candidate ON input(candidate_id)"),
    };
}

// Version 2: deleting from the library is undoable (workshops go to a trash that is
// emptied when the library is next opened), and reports may leave authors out.
QStringList version2() {
    return {
        QStringLiteral("ALTER TABLE workshop ADD COLUMN deleted_at TEXT"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX workshop_by_update ON workshop(updated_at)"),
        QStringLiteral("CREATE INDEX vote_by_candidate ON vote(candidate_id)"),
        QStringLiteral("CREATE INDEX follow_up_by_workshop ON follow_up(workshop_id)"),
        QStringLiteral(
            "CREATE INDEX matrix_criterion_by_workshop ON matrix_criterion(workshop_id)"),
    };
}

// Version 3: the facilitator can add discussion blocks of their own to a workshop's agenda.
QStringList version3() {
    return {
        QStringLiteral(R"(CREATE TABLE custom_stage (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            stage_key TEXT NOT NULL,
            title TEXT NOT NULL,
            prompt TEXT NOT NULL DEFAULT '',
            after_stage TEXT NOT NULL DEFAULT '',
            minutes INTEGER NOT NULL DEFAULT 10,
            PRIMARY KEY (workshop_id, stage_key)
        ))"),
    };
}

// Version 4: the teaching blocks. Each stage can hold a shared "focus" (which question,
// worksheet or candidate the room is looking at) and whether its cards are revealed; the
// game gets its show of hands and the moment of value exchange; anti-examples name the
// checklist point they break; the warm-up has groups with a worksheet each; the opening
// keeps notes per question.
QStringList version4() {
    return {
        QStringLiteral("ALTER TABLE stage_state ADD COLUMN focus INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stage_state ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN value_exchange TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE candidate ADD COLUMN breaks_criterion TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE game_tally (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            game TEXT NOT NULL,
            hands INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (workshop_id, game)
        ))"),
        QStringLiteral(R"(CREATE TABLE question_note (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            question_key TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (workshop_id, question_key)
        ))"),
        QStringLiteral(R"(CREATE TABLE warmup_group (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            game TEXT NOT NULL DEFAULT '',
            candidate_id INTEGER REFERENCES candidate(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE warmup_member (
            group_id INTEGER NOT NULL REFERENCES warmup_group(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            PRIMARY KEY (participant_id)
        ))"),
        QStringLiteral("CREATE INDEX warmup_group_by_workshop ON warmup_group(workshop_id)"),
    };
}

// Version 5: draft and converge. Pair-and-share keeps its draw (groups, members and the seed
// that made them), and pair candidates remember the pair that wrote them; the dot vote keeps
// its limits; checklist scoring is either by consensus or per person.
QStringList version5() {
    return {
        QStringLiteral(R"(CREATE TABLE pair_group (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE pair_member (
            group_id INTEGER NOT NULL REFERENCES pair_group(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (participant_id)
        ))"),
        QStringLiteral("CREATE INDEX pair_group_by_workshop ON pair_group(workshop_id)"),
        QStringLiteral("CREATE INDEX pair_member_by_group ON pair_member(group_id)"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN pair_seed INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN vote_dots INTEGER NOT NULL DEFAULT 3"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN vote_max INTEGER NOT NULL DEFAULT 2"),
        QStringLiteral(
            "ALTER TABLE workshop ADD COLUMN checklist_per_person INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE candidate ADD COLUMN pair_id INTEGER "
                       "REFERENCES pair_group(id) ON DELETE SET NULL"),
    };
}

// Version 6: a library of thousands of workshops. The start screen sorts through these
// indexes and reads only the rows it shows (the partial indexes hold the workshops not in
// the trash); candidate counts come from the (workshop, kind) index, which also serves
// every lookup by workshop that the old one did.
QStringList version6() {
    return {
        QStringLiteral("CREATE INDEX candidate_by_workshop_kind ON candidate(workshop_id, kind)"),
        QStringLiteral("DROP INDEX candidate_by_workshop"),
        QStringLiteral("CREATE INDEX library_by_title ON workshop(title COLLATE NOCASE) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX library_by_product ON workshop(product COLLATE NOCASE) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX library_by_facilitator ON workshop(facilitator COLLATE "
                       "NOCASE) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX library_by_creation ON workshop(created_at) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX library_by_update ON workshop(updated_at) "
                       "WHERE deleted_at IS NULL"),
    };
}

// Version 7: the furthest stage the room has reached, so the agenda keeps a stage ticked
// after a reopen even when no time was recorded there (the timer never ran).
QStringList version7() {
    return {
        QStringLiteral("ALTER TABLE workshop ADD COLUMN reached_stage TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 8: the room's bookkeeping (phones writing over the LAN). Each operation a phone
// applied is kept by its id, so a retry after a dropped connection is acknowledged again and
// never applied twice; a card a phone created under its own key remembers the candidate it
// became. Both are per person (a phone writes as one participant) and per workshop. They
// are not part of the workshop's content: exports, imports and copies leave them out.
QStringList version8() {
    return {
        QStringLiteral(R"(CREATE TABLE room_operation (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL,
            operation_id TEXT NOT NULL,
            candidate_id INTEGER NOT NULL,
            PRIMARY KEY (workshop_id, participant_id, operation_id)
        ))"),
        QStringLiteral(R"(CREATE TABLE room_card (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL,
            card_key TEXT NOT NULL,
            candidate_id INTEGER NOT NULL,
            PRIMARY KEY (workshop_id, participant_id, card_key)
        ))"),
    };
}

// Version 9: who told their phone "I'm done" in the dot vote (issue #18). Room bookkeeping
// like version 8's tables: exports, imports and copies leave it out; it goes with its
// workshop and with its person.
QStringList version9() {
    return {
        QStringLiteral(R"(CREATE TABLE room_vote_done (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            PRIMARY KEY (workshop_id, participant_id)
        ))"),
    };
}

// Version 10: a product's history (issue #19). The team's note on why its North Star changed
// (or was kept) since the workshop before; workshop content, unlike the room's bookkeeping.
QStringList version10() {
    return {
        QStringLiteral("ALTER TABLE workshop ADD COLUMN change_note TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 11: revisits (issue #19). A workshop may name the workshop it revisits (its
// predecessor; emptied when that one is purged from the trash, so the successor stands on its
// own) and mark one of its candidates as the incumbent, the North Star carried over. Whether a
// revisit kept or changed its North Star is derived (the chosen candidate is the incumbent, or
// not), never stored; workshop.change_note says why.
QStringList version11() {
    return {
        QStringLiteral("ALTER TABLE workshop ADD COLUMN predecessor_id INTEGER "
                       "REFERENCES workshop(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE candidate ADD COLUMN incumbent INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX workshop_by_predecessor ON workshop(predecessor_id)"),
    };
}

// Version 12: check-ins between workshops (issue #19). A check-in reviews the North Star a
// workshop chose (the candidate it chose then): its date, the team's confidence in the metric
// and in each of that North Star's inputs (1 to 5, an input by its id), what it learned and
// the next step. Workshop content: it goes with its workshop, its candidate and its input.
QStringList version12() {
    return {
        QStringLiteral(R"(CREATE TABLE check_in (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
            held_on TEXT NOT NULL,
            metric_confidence INTEGER NOT NULL
                CHECK (metric_confidence BETWEEN 1 AND 5),
            learned TEXT NOT NULL DEFAULT '',
            next_step TEXT NOT NULL DEFAULT '',
            next_owner TEXT NOT NULL DEFAULT '',
            next_due TEXT NOT NULL DEFAULT '',
            CHECK (next_step <> '' OR (next_owner = '' AND next_due = ''))
        ))"),
        QStringLiteral(R"(CREATE TABLE check_in_input (
            check_in_id INTEGER NOT NULL REFERENCES check_in(id) ON DELETE CASCADE,
            input_id INTEGER NOT NULL REFERENCES input(id) ON DELETE CASCADE,
            confidence INTEGER NOT NULL CHECK (confidence BETWEEN 1 AND 5),
            PRIMARY KEY (check_in_id, input_id)
        ))"),
        QStringLiteral("CREATE INDEX check_in_by_workshop ON check_in(workshop_id)"),
        QStringLiteral("CREATE INDEX check_in_by_candidate ON check_in(candidate_id)"),
        QStringLiteral("CREATE INDEX check_in_input_by_input ON check_in_input(input_id)"),
    };
}

} // namespace

namespace Migrations {

QStringList step(int version) {
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    case 11:
        return version11();
    case 12:
        return version12();
    case 13:
        return version13();
    case 14:
        return version14();
    default:
        return {};
    }
}

} // namespace Migrations
