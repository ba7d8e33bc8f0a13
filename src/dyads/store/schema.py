"""The tables and views of a dyads DuckDB store (documented in docs/store.md).

Every story read is one row of `articles`, whatever became of it (`status`:
coded, duplicate, skipped), so nothing the user gave is lost; the coded ones
have their actors, mentions, quotes, events and event arguments in the other
tables. Inputs that are not stories at all (a broken file, a malformed line)
are rows of `failures`. `merged_events` is a view: the same real-world event
told by several stories, counted once.
"""

from __future__ import annotations

SCHEMA_VERSION = "7"

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    status VARCHAR NOT NULL,          -- coded | duplicate | skipped | failed
    reason VARCHAR,                   -- why skipped ("language: fr"), or how a copy ("exact", "near")
    duplicate_of VARCHAR,             -- the coded story this one copies
    similarity DOUBLE,                -- estimated share of five-word shingles in common with it
    url VARCHAR, title VARCHAR, publisher VARCHAR, published DATE, language VARCHAR,
    dateline VARCHAR, origin VARCHAR, text VARCHAR, removed VARCHAR[],
    content_hash VARCHAR, signature UBIGINT[],
    relevance DOUBLE                  -- how far a coded story is about public affairs (0-1)
);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, code VARCHAR,
    sector VARCHAR, office VARCHAR, wikidata VARCHAR, cameo VARCHAR, mentions INTEGER,
    evidence VARCHAR,                 -- what gave `code` (docs/record.md); NULL with an unknown country
    PRIMARY KEY (article_id, actor_id)
);

-- keyed like every table (since schema 6): a batch written twice fails instead of
-- doubling an actor's mentions
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, actor_id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, actor_id, start, "end")
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, quote_no INTEGER, kind VARCHAR, speaker VARCHAR, speaker_name VARCHAR,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER,
    cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
    text VARCHAR, start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, quote_no)
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR,
    event_type VARCHAR, mode VARCHAR, context VARCHAR[],
    cameo VARCHAR, quad TINYINT, goldstein DOUBLE,
    realis VARCHAR, confidence DOUBLE, date DATE,
    source_names VARCHAR, source_cameo VARCHAR, source_country VARCHAR, source_key VARCHAR,
    target_names VARCHAR, target_cameo VARCHAR, target_country VARCHAR, target_key VARCHAR,
    place VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    sentence INTEGER, sentence_text VARCHAR,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    quote_no INTEGER,
    -- the story's, copied onto each event so that filters and pages never join `articles`
    day DATE,                         -- `date`, else (unless historical) the story's `published`
    publisher VARCHAR, url VARCHAR
);

CREATE TABLE IF NOT EXISTS arguments (
    event_id VARCHAR, role VARCHAR, position INTEGER, actor_id VARCHAR,
    text VARCHAR, start INTEGER, "end" INTEGER,
    PRIMARY KEY (event_id, role, position)
);

CREATE TABLE IF NOT EXISTS failures (
    origin VARCHAR, reason VARCHAR, kind VARCHAR,  -- kind: failed | warning
    PRIMARY KEY (origin, reason)
);

-- The duplicate index on disk: for each coded story, a key of its content hash and one
-- key per band of its MinHash (sources/dedup.py). A new story's keys find the stored
-- stories it may copy without holding every signature in memory (store/duplicates.py).
-- No key index: a run asks for a batch of stories' keys in one scan.
CREATE TABLE IF NOT EXISTS article_bands (key UBIGINT NOT NULL, article_id VARCHAR NOT NULL);
"""

# One real-world event told by several stories: same type, same realis, same source
# and target actors, and dates that follow each other within a day (a chain of
# reports of one kidnapping over two days stays one). Events whose date and the
# story's date are both unknown, or with no actor on either side, are never merged.
VIEWS = """
-- Events with their day and story's publisher and url: since schema 5 the `events`
-- rows carry these themselves (no join: the server's filters run on every request).
CREATE OR REPLACE VIEW event_days AS
SELECT * FROM events;

CREATE OR REPLACE VIEW event_merges AS
WITH flagged AS (
    SELECT event_id, event_type, realis, source_key, target_key, day,
           CASE WHEN day IS NULL OR (source_key = '' AND target_key = '')
                  OR lag(day) OVER w IS NULL OR day - lag(day) OVER w > 1
                THEN 1 ELSE 0 END AS starts_group
    FROM event_days
    WINDOW w AS (PARTITION BY event_type, realis, source_key, target_key ORDER BY day, event_id)
), grouped AS (
    SELECT *, sum(starts_group) OVER (
        PARTITION BY event_type, realis, source_key, target_key ORDER BY day, event_id
        ROWS UNBOUNDED PRECEDING) AS group_no
    FROM flagged
)
SELECT event_id, first_value(event_id) OVER (
    PARTITION BY event_type, realis, source_key, target_key, group_no ORDER BY day, event_id
) AS merged_id
FROM grouped;

CREATE OR REPLACE VIEW merged_events AS
WITH copies AS (
    SELECT duplicate_of AS article_id, count(*) AS copies
    FROM articles WHERE status = 'duplicate' GROUP BY 1
), tellings AS (
    SELECT m.merged_id, d.article_id, any_value(coalesce(c.copies, 0)) AS copies
    FROM event_merges m JOIN event_days d USING (event_id) LEFT JOIN copies c USING (article_id)
    GROUP BY 1, 2
), told AS (
    SELECT merged_id, count(*) AS stories, CAST(count(*) + sum(copies) AS BIGINT) AS mentions
    FROM tellings GROUP BY 1
)
SELECT m.merged_id,
       any_value(d.event_type) AS event_type,
       mode(d.cameo) AS cameo,
       any_value(d.realis) AS realis,
       min(d.day) AS first_day, max(d.day) AS last_day,
       arg_min(d.source_names, d.event_id) AS source_names,
       arg_min(d.source_cameo, d.event_id) AS source_cameo,
       arg_min(d.source_country, d.event_id) AS source_country,
       any_value(d.source_key) AS source_key,
       arg_min(d.target_names, d.event_id) AS target_names,
       arg_min(d.target_cameo, d.event_id) AS target_cameo,
       arg_min(d.target_country, d.event_id) AS target_country,
       any_value(d.target_key) AS target_key,
       max(d.goldstein) AS goldstein, min(d.quad) AS quad,
       arg_max(d.place, d.confidence) AS place,
       count(*) AS events,
       any_value(t.stories) AS stories,
       any_value(t.mentions) AS mentions,
       list(DISTINCT d.publisher) FILTER (WHERE d.publisher IS NOT NULL) AS publishers,
       list(d.event_id ORDER BY d.event_id) AS event_ids,
       max(d.confidence) AS confidence
FROM event_merges m
JOIN event_days d USING (event_id)
JOIN told t USING (merged_id)
GROUP BY m.merged_id;
"""


# What turns a store of an older version into this one, in order: {from: statements}, or
# {from: the name of a Store method} for a step SQL alone cannot take.
MIGRATIONS = {
    "1": "ALTER TABLE actors ADD COLUMN IF NOT EXISTS evidence VARCHAR;"
         "UPDATE meta SET value = '2' WHERE key = 'schema_version';",
    "2": "ALTER TABLE articles ADD COLUMN IF NOT EXISTS relevance DOUBLE;"
         "UPDATE meta SET value = '3' WHERE key = 'schema_version';",
    "3": "ALTER TABLE events ADD COLUMN IF NOT EXISTS quote_no INTEGER;"
         "UPDATE meta SET value = '4' WHERE key = 'schema_version';",
    "4": "DROP VIEW IF EXISTS merged_events; DROP VIEW IF EXISTS event_merges; DROP VIEW IF EXISTS event_days;"
         "ALTER TABLE events ADD COLUMN IF NOT EXISTS day DATE;"
         "ALTER TABLE events ADD COLUMN IF NOT EXISTS publisher VARCHAR;"
         "ALTER TABLE events ADD COLUMN IF NOT EXISTS url VARCHAR;"
         "UPDATE events SET day = CASE WHEN events.realis = 'historical' THEN events.date "
         "ELSE coalesce(events.date, a.published) END, publisher = a.publisher, url = a.url "
         "FROM articles a WHERE a.id = events.article_id;"
         "UPDATE meta SET value = '5' WHERE key = 'schema_version';",
    # DuckDB adds no key to a table that has rows: the table is made again, whole or not at
    # all (one transaction). DISTINCT drops the repeated mentions an interrupted run of an
    # older dyads could write (issue 15).
    "5": "BEGIN TRANSACTION;"
         "CREATE TABLE mentions_keyed (article_id VARCHAR, actor_id VARCHAR, text VARCHAR, start INTEGER, "
         "\"end\" INTEGER, PRIMARY KEY (article_id, actor_id, start, \"end\"));"
         "INSERT INTO mentions_keyed SELECT DISTINCT article_id, actor_id, text, start, \"end\" FROM mentions;"
         "DROP TABLE mentions;"
         "ALTER TABLE mentions_keyed RENAME TO mentions;"
         "UPDATE meta SET value = '6' WHERE key = 'schema_version';"
         "COMMIT;",
    # the duplicate index's keys, from the signatures the store holds (Python computes them)
    "6": "fill_article_bands",
}
