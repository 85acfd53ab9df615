-- Lodestar's team library on PostgreSQL (15 or later): the schema and its roles.
--
-- Run it as a superuser (or the database's owner with CREATEROLE), inside the database the
-- team will use, with psql:
--
--     createdb lodestar
--     psql -v ON_ERROR_STOP=1 -d lodestar -f team-library.sql
--
-- Then give each person a login and one of the two roles:
--
--     CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE lodestar_facilitator;
--     CREATE ROLE rita  LOGIN PASSWORD '...' IN ROLE lodestar_reader;
--
-- Roles (cluster-wide, created when missing):
--   lodestar_admin        owns the schema; restores withdrawn workshops. NOLOGIN: grant it
--                         to an administrator's login.
--   lodestar_facilitator  reads, publishes, and withdraws what they published.
--   lodestar_reader       reads only.
--
-- The script is cumulative and idempotent: each schema version is one transaction that runs
-- only when the database is older than it, and records itself in lodestar.schema_version.
-- Running it again, or the script of a newer Lodestar over an older schema, is safe.
-- Lodestar itself never changes the schema: it refuses a schema newer than it knows.
--
-- Every version's block starts by locking lodestar.schema_version IN EXCLUSIVE MODE. Each
-- Lodestar request (a read or a write) begins with lodestar.held_schema_version() (version 3),
-- which holds a ROW SHARE lock on that table until the request ends: an upgrade waits for
-- the requests in flight, and a request that starts during one waits for it and then sees
-- the new version, which an older Lodestar refuses before it reads or writes anything.
-- Later versions keep that function and that first lock.

\set ON_ERROR_STOP on

BEGIN;
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lodestar_admin') THEN
        CREATE ROLE lodestar_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lodestar_facilitator') THEN
        CREATE ROLE lodestar_facilitator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lodestar_reader') THEN
        CREATE ROLE lodestar_reader NOLOGIN;
    END IF;
END
$roles$;
CREATE SCHEMA IF NOT EXISTS lodestar AUTHORIZATION lodestar_admin;
CREATE TABLE IF NOT EXISTS lodestar.schema_version (
    version integer PRIMARY KEY CHECK (version > 0),
    applied_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE lodestar.schema_version OWNER TO lodestar_admin;
COMMIT;

-- Version 1: published workshops, each laptop copy's link to its team workshop, and the
-- rules that keep both honest whoever writes to them.
BEGIN;
LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE;
SELECT NOT EXISTS (SELECT FROM lodestar.schema_version WHERE version >= 1) AS migrate \gset
\if :migrate

-- One row per team workshop. `document` is the whole workshop as Lodestar's JSON exchange
-- format (resources/exchange/README.md); the list columns repeat what the Team view shows.
-- A withdrawn workshop stays here, hidden from the list, until an administrator restores it.
CREATE TABLE lodestar.team_workshop (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin text NOT NULL CHECK (length(origin) BETWEEN 1 AND 200),
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    title text NOT NULL,
    product text NOT NULL,
    facilitator text NOT NULL,
    held_at timestamptz NOT NULL,
    north_star text NOT NULL,
    document jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
    first_published_by text NOT NULL DEFAULT current_user,
    first_published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL DEFAULT current_user,
    published_at timestamptz NOT NULL DEFAULT now(),
    withdrawn_at timestamptz,
    withdrawn_by text,
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE INDEX team_workshop_listed ON lodestar.team_workshop (published_at DESC, id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_origin ON lodestar.team_workshop (origin);
-- The Team view searches inside the list columns with a trigram index (pg_trgm ships with
-- PostgreSQL and is a trusted extension), one expression over the four columns.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE FUNCTION lodestar.search_text(title text, product text, facilitator text,
                                     north_star text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN lower(title || chr(31) || product || chr(31) || facilitator || chr(31) || north_star);
ALTER FUNCTION lodestar.search_text(text, text, text, text) OWNER TO lodestar_admin;
CREATE INDEX team_workshop_search ON lodestar.team_workshop
    USING gin (lodestar.search_text(title, product, facilitator, north_star) gin_trgm_ops)
    WHERE withdrawn_at IS NULL;

-- The Team view sorts a page of the list by any of its columns, on the server.
CREATE INDEX team_workshop_by_title ON lodestar.team_workshop (lower(title), id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_by_product ON lodestar.team_workshop (lower(product), id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_by_facilitator ON lodestar.team_workshop (lower(facilitator), id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_by_north_star ON lodestar.team_workshop (lower(north_star), id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_by_date ON lodestar.team_workshop (held_at, id DESC)
    WHERE withdrawn_at IS NULL;

-- Which team workshop, at which version, a laptop's workshop is a copy of: written when a
-- facilitator publishes or takes a copy, read to tell a republish from a conflict.
-- `laptop` names one library file on one machine; `local_created_at` tells a workshop from a
-- later one that reused its local id.
CREATE TABLE lodestar.team_copy (
    laptop text NOT NULL CHECK (length(laptop) BETWEEN 1 AND 200),
    local_id bigint NOT NULL,
    local_created_at text NOT NULL,
    team_id bigint NOT NULL REFERENCES lodestar.team_workshop (id),
    version integer NOT NULL CHECK (version >= 1),
    recorded_by text NOT NULL DEFAULT current_user,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (laptop, local_id)
);

-- Whoever writes, the server decides the version, who published and when; only the
-- publisher (or an administrator) may withdraw; only an administrator may restore.
CREATE FUNCTION lodestar.guard_team_workshop() RETURNS trigger
LANGUAGE plpgsql AS $guard$
DECLARE
    admin boolean := pg_has_role(current_user, 'lodestar_admin', 'MEMBER');
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.first_published_by := current_user;
        NEW.first_published_at := now();
        NEW.published_by := current_user;
        NEW.published_at := now();
        NEW.withdrawn_at := NULL;
        NEW.withdrawn_by := NULL;
        RETURN NEW;
    END IF;
    NEW.id := OLD.id;
    NEW.origin := OLD.origin;
    NEW.first_published_by := OLD.first_published_by;
    NEW.first_published_at := OLD.first_published_at;
    IF OLD.withdrawn_at IS NOT NULL THEN
        IF NOT admin THEN
            RAISE EXCEPTION 'team workshop % was withdrawn; only an administrator can restore it',
                OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.version := OLD.version;
        RETURN NEW;
    END IF;
    IF NEW.withdrawn_at IS NOT NULL OR NEW.withdrawn_by IS NOT NULL THEN
        IF NOT admin AND current_user::text <> OLD.published_by
                     AND current_user::text <> OLD.first_published_by THEN
            RAISE EXCEPTION 'only % who published team workshop % may withdraw it',
                OLD.published_by, OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        OLD.withdrawn_at := now();
        OLD.withdrawn_by := current_user;
        RETURN OLD;
    END IF;
    NEW.version := OLD.version + 1;
    NEW.published_by := current_user;
    NEW.published_at := now();
    RETURN NEW;
END
$guard$;
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lodestar.team_workshop
    FOR EACH ROW EXECUTE FUNCTION lodestar.guard_team_workshop();

-- The hint a Team view listens for (LISTEN lodestar_team): "<team id> <version>".
CREATE FUNCTION lodestar.notify_team_workshop() RETURNS trigger
LANGUAGE plpgsql AS $notify$
BEGIN
    PERFORM pg_notify('lodestar_team', NEW.id::text || ' ' || NEW.version::text);
    RETURN NULL;
END
$notify$;
CREATE TRIGGER notify AFTER INSERT OR UPDATE ON lodestar.team_workshop
    FOR EACH ROW EXECUTE FUNCTION lodestar.notify_team_workshop();

ALTER TABLE lodestar.team_workshop OWNER TO lodestar_admin;
ALTER TABLE lodestar.team_copy OWNER TO lodestar_admin;
ALTER FUNCTION lodestar.guard_team_workshop() OWNER TO lodestar_admin;
ALTER FUNCTION lodestar.notify_team_workshop() OWNER TO lodestar_admin;

-- Least privilege: readers read; facilitators also publish (new rows and new versions of
-- the listed columns), withdraw, and record their copies. Nobody but the owner deletes.
REVOKE ALL ON SCHEMA lodestar FROM PUBLIC;
GRANT USAGE ON SCHEMA lodestar TO lodestar_reader, lodestar_facilitator;
GRANT SELECT ON lodestar.schema_version, lodestar.team_workshop
    TO lodestar_reader, lodestar_facilitator;
GRANT INSERT (origin, title, product, facilitator, held_at, north_star, document)
    ON lodestar.team_workshop TO lodestar_facilitator;
GRANT UPDATE (title, product, facilitator, held_at, north_star, document, withdrawn_at,
              withdrawn_by)
    ON lodestar.team_workshop TO lodestar_facilitator;
GRANT SELECT, INSERT, UPDATE ON lodestar.team_copy TO lodestar_facilitator;

INSERT INTO lodestar.schema_version (version) VALUES (1);
\endif
COMMIT;

-- Version 2: the Team view shows the columns of the laptop's list, the stage a workshop reached
-- and how many candidates its team drafted, and the server sorts by them like the others.
--
-- They are stored generated columns, computed by the server from `document`, rather than
-- columns each publishing Lodestar writes: no login can make the list disagree with the
-- workshop it lists, the facilitator's grants stay as they are (nobody may write these
-- columns), and the rows published before this version get their values as it adds them.
-- The checks keep them within what any Lodestar takes in, as an imported file's limits do.
BEGIN;
LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE;
SELECT NOT EXISTS (SELECT FROM lodestar.schema_version WHERE version >= 2) AS migrate \gset
\if :migrate

-- Where a stage comes in the agenda (resources/playbook/agenda.json): each block, then its
-- steps. Not started, a facilitator's own block, or anything else comes after them all, as
-- in the laptop's list. A Lodestar whose agenda changes brings a schema version that
-- replaces this function and recomputes the column (tests/team checks the two agree).
CREATE FUNCTION lodestar.stage_rank(stage text) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(array_position(ARRAY['opening', 'game', 'goodbad', 'structure', 'warmup',
                                     'draft', 'draft.silent', 'draft.pairs', 'draft.score',
                                     'draft.decide', 'draft.converge']::text[], stage) - 1,
                11)::smallint;
ALTER FUNCTION lodestar.stage_rank(text) OWNER TO lodestar_admin;

-- The laptop counts a workshop's own candidates (kind "own"), not the warm-up's worksheets,
-- the anti-examples or the room's.
ALTER TABLE lodestar.team_workshop
    ADD COLUMN current_stage text NOT NULL
        GENERATED ALWAYS AS (coalesce(document #>> '{workshop,currentStage}', '')) STORED
        CONSTRAINT team_workshop_current_stage_short CHECK (length(current_stage) <= 200),
    ADD COLUMN stage_rank smallint NOT NULL
        GENERATED ALWAYS AS (lodestar.stage_rank(document #>> '{workshop,currentStage}')) STORED,
    ADD COLUMN candidate_count integer NOT NULL
        GENERATED ALWAYS AS (jsonb_array_length(jsonb_path_query_array(
            document, '$.candidates[*] ? (@.kind == "own")'))) STORED
        CONSTRAINT team_workshop_candidate_count_limit CHECK (candidate_count <= 10000);

-- Sorting by them, both ways: ties fall back to the newest team id whichever way it goes, so
-- each direction has its index (a backward scan would put the oldest first).
CREATE INDEX team_workshop_by_stage ON lodestar.team_workshop (stage_rank, id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_by_stage_desc ON lodestar.team_workshop (stage_rank DESC, id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_by_candidates ON lodestar.team_workshop (candidate_count, id DESC)
    WHERE withdrawn_at IS NULL;
CREATE INDEX team_workshop_by_candidates_desc
    ON lodestar.team_workshop (candidate_count DESC, id DESC) WHERE withdrawn_at IS NULL;

-- How many rows a search matches, for the planner: with it a common search walks the list in
-- its order and stops after a page, instead of sorting every match (the trigram index alone
-- leaves the planner guessing, far too low).
CREATE STATISTICS lodestar.team_workshop_search_stats
    ON (lodestar.search_text(title, product, facilitator, north_star))
    FROM lodestar.team_workshop;
ALTER STATISTICS lodestar.team_workshop_search_stats OWNER TO lodestar_admin;
ANALYZE lodestar.team_workshop;

INSERT INTO lodestar.schema_version (version) VALUES (2);
\endif
COMMIT;

-- Version 3: the schema version a Lodestar request checks, held until the request ends.
-- Readers and facilitators may only SELECT lodestar.schema_version, which takes no lock an
-- upgrade (LOCK ... IN EXCLUSIVE MODE, above) waits for; this function takes that lock as
-- the table's owner, and gives them nothing else. A Lodestar calls it first in each request's
-- transaction: an upgrade that starts later waits until the request has committed, and one
-- already under way makes the request wait, then see the newer version and refuse.
BEGIN;
LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE;
SELECT NOT EXISTS (SELECT FROM lodestar.schema_version WHERE version >= 3) AS migrate \gset
\if :migrate

CREATE FUNCTION lodestar.held_schema_version() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $held$
BEGIN
    LOCK TABLE lodestar.schema_version IN ROW SHARE MODE;
    -- A statement after the lock: under READ COMMITTED it sees an upgrade it waited for.
    RETURN (SELECT max(version) FROM lodestar.schema_version);
END
$held$;
ALTER FUNCTION lodestar.held_schema_version() OWNER TO lodestar_admin;
REVOKE ALL ON FUNCTION lodestar.held_schema_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lodestar.held_schema_version()
    TO lodestar_reader, lodestar_facilitator;

INSERT INTO lodestar.schema_version (version) VALUES (3);
\endif
COMMIT;

-- Version 4: a product's page on a laptop also lists the team's workshops of that product.
-- The laptop matches products by name, tolerant of case and spacing (Lodestar's
-- ProductName::key: Unicode-composed, case-folded, white space collapsed); product_key is the
-- server's reading of that rule, a stored generated column computed from `product` (nobody
-- writes it, so it cannot disagree with the row), indexed for the page's one query. Case is
-- folded with ICU's full mappings whatever the database's own collation ("Straße" and
-- "STRASSE" are one product, as on the laptop), and every Unicode space counts as a space.
-- The laptop still checks each workshop it gets with its own rule before showing it.
BEGIN;
LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE;
SELECT NOT EXISTS (SELECT FROM lodestar.schema_version WHERE version >= 4) AS migrate \gset
\if :migrate

-- ICU ships with Debian's and the managed PostgreSQLs; without it, the database's own
-- collation folds what it can (plain ASCII under the C locale).
DO $product_key$
DECLARE
    icu text := CASE WHEN EXISTS (SELECT FROM pg_catalog.pg_collation
                                  WHERE collname = 'und-x-icu')
                     THEN ' COLLATE "und-x-icu"' ELSE '' END;
BEGIN
    EXECUTE format($f$
        CREATE FUNCTION lodestar.product_key(product text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN btrim(regexp_replace(lower(upper(normalize(product, NFC)%s)),
                                    '[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+',
                                    ' ', 'g'), ' ')
    $f$, icu);
END
$product_key$;
ALTER FUNCTION lodestar.product_key(text) OWNER TO lodestar_admin;

ALTER TABLE lodestar.team_workshop
    ADD COLUMN product_key text NOT NULL
        GENERATED ALWAYS AS (lodestar.product_key(product)) STORED;
CREATE INDEX team_workshop_of_product
    ON lodestar.team_workshop (product_key, published_at DESC, id DESC)
    WHERE withdrawn_at IS NULL;
ANALYZE lodestar.team_workshop;

INSERT INTO lodestar.schema_version (version) VALUES (4);
\endif
COMMIT;

-- Version 5: the server itself refuses text longer than any Lodestar writes. Every Lodestar
-- keeps its titles, products, facilitators and North Star names within 200 characters and
-- checks each row it reads (a longer one is left out of its list with a note), but a login
-- can write to the tables with psql too; with these checks such a row never reaches the
-- team's list. NOT VALID: rows written before this version are not checked again (a Lodestar
-- still leaves out any that break the rules), so the upgrade never fails on old data.
BEGIN;
LOCK TABLE lodestar.schema_version IN EXCLUSIVE MODE;
SELECT NOT EXISTS (SELECT FROM lodestar.schema_version WHERE version >= 5) AS migrate \gset
\if :migrate

ALTER TABLE lodestar.team_workshop
    ADD CONSTRAINT team_workshop_title_written CHECK (length(btrim(title)) > 0) NOT VALID,
    ADD CONSTRAINT team_workshop_title_short CHECK (length(title) <= 200) NOT VALID,
    ADD CONSTRAINT team_workshop_product_short CHECK (length(product) <= 200) NOT VALID,
    ADD CONSTRAINT team_workshop_facilitator_short CHECK (length(facilitator) <= 200) NOT VALID,
    ADD CONSTRAINT team_workshop_north_star_short CHECK (length(north_star) <= 200) NOT VALID;
ALTER TABLE lodestar.team_copy
    ADD CONSTRAINT team_copy_local_created_at_short CHECK (length(local_created_at) <= 200)
        NOT VALID;

INSERT INTO lodestar.schema_version (version) VALUES (5);
\endif
COMMIT;
