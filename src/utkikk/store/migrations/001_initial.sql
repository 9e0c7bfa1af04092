-- utkikk store, schema version 1. Tables mirror the model (utkikk.model); nested actors and places
-- are flattened with a prefix (actor_code, source_code, place_name ...). Extraction tables carry no
-- primary key: their rows are written once, with their new article, in the article's transaction, and
-- an index over millions of (article_id, idx) pairs would sit in memory for nothing.

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,              -- sha1 of the normalised cleaned text
    url VARCHAR,
    outlet VARCHAR,
    lang VARCHAR,
    lang_score DOUBLE,
    coded BOOLEAN,                       -- a language pack codes this language
    title VARCHAR,
    author VARCHAR,
    published DATE,
    published_basis VARCHAR,             -- metadata | warc-date | given
    text VARCHAR,
    credits VARCHAR[],
    editors VARCHAR[],
    removed STRUCT(kind VARCHAR, text VARCHAR, reason VARCHAR, "start" INTEGER, "end" INTEGER)[],
    errors STRUCT(step VARCHAR, message VARCHAR)[],
    origin_format VARCHAR,
    origin_path VARCHAR,
    origin_record_id VARCHAR,
    origin_item INTEGER,
    run_id VARCHAR,
    ingested_at TIMESTAMPTZ
);

-- Every copy read of an article: the first, and each republication under another URL or source.
CREATE TABLE reports (
    source_key VARCHAR PRIMARY KEY,      -- sha1 of the URL, or of the file path and record
    article_id VARCHAR NOT NULL,
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published DATE,
    origin_format VARCHAR,
    origin_path VARCHAR,
    origin_record_id VARCHAR,
    origin_item INTEGER,
    run_id VARCHAR,
    ingested_at TIMESTAMPTZ
);

CREATE TABLE entities (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, "start" INTEGER, "end" INTEGER, kind VARCHAR,
    actor_id VARCHAR, actor_name VARCHAR, actor_country VARCHAR, actor_igo VARCHAR,
    actor_sector VARCHAR, actor_code VARCHAR, actor_role VARCHAR
);

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, "start" INTEGER, "end" INTEGER, direct BOOLEAN,
    speaker_text VARCHAR, speaker_name VARCHAR,
    speaker_actor_id VARCHAR, speaker_actor_name VARCHAR, speaker_actor_country VARCHAR,
    speaker_actor_igo VARCHAR, speaker_actor_sector VARCHAR, speaker_actor_code VARCHAR,
    speaker_actor_role VARCHAR
);

CREATE TABLE events (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    type VARCHAR, mode VARCHAR, contexts VARCHAR[], cameo VARCHAR, quad INTEGER, intensity DOUBLE,
    source_id VARCHAR, source_name VARCHAR, source_country VARCHAR, source_igo VARCHAR,
    source_sector VARCHAR, source_code VARCHAR, source_role VARCHAR,
    target_id VARCHAR, target_name VARCHAR, target_country VARCHAR, target_igo VARCHAR,
    target_sector VARCHAR, target_code VARCHAR, target_role VARCHAR,
    modality VARCHAR, sentence VARCHAR, "start" INTEGER, "end" INTEGER, confidence DOUBLE,
    claimed_by_id VARCHAR, claimed_by_name VARCHAR, claimed_by_country VARCHAR, claimed_by_igo VARCHAR,
    claimed_by_sector VARCHAR, claimed_by_code VARCHAR, claimed_by_role VARCHAR,
    place_text VARCHAR, place_start INTEGER, place_end INTEGER, place_name VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, place_country VARCHAR, place_feature VARCHAR,
    place_geonameid BIGINT,
    date DATE, date_basis VARCHAR,
    quantities STRUCT(value DOUBLE, unit VARCHAR)[]
);

CREATE TABLE places (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, "start" INTEGER, "end" INTEGER, name VARCHAR, lat DOUBLE, lon DOUBLE,
    country VARCHAR, feature VARCHAR, geonameid BIGINT
);

CREATE TABLE dates (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, "start" INTEGER, "end" INTEGER, value VARCHAR, grain VARCHAR
);

CREATE TABLE quantities (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, "start" INTEGER, "end" INTEGER, low DOUBLE, high DOUBLE, unit VARCHAR
);

CREATE TABLE runs (
    id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    status VARCHAR,                      -- running | finished | interrupted | failed
    inputs VARCHAR[],
    version VARCHAR,
    n_read INTEGER,                      -- articles read
    n_new INTEGER,                       -- new articles stored
    n_reports INTEGER,                   -- new copies of articles already stored
    n_duplicates INTEGER,                -- already stored from the same URL or source
    n_skipped INTEGER,
    n_errors INTEGER                     -- articles stored with a step error
);

CREATE TABLE skips (
    run_id VARCHAR NOT NULL,
    source VARCHAR,
    reason VARCHAR,
    message VARCHAR,
    skipped_at TIMESTAMPTZ
);
