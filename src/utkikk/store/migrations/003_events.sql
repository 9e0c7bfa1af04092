-- Events as the coder writes them (issue 4): evidence trigger, finest CAMEO code, dates of any grain
-- ("2024-05"), ranges in event quantities. No earlier version wrote events, so the table is recreated.
DROP TABLE events;
CREATE TABLE events (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    type VARCHAR, mode VARCHAR, contexts VARCHAR[], cameo VARCHAR, cameo_code VARCHAR, quad INTEGER,
    intensity DOUBLE,
    source_id VARCHAR, source_name VARCHAR, source_country VARCHAR, source_igo VARCHAR,
    source_sector VARCHAR, source_code VARCHAR, source_role VARCHAR,
    target_id VARCHAR, target_name VARCHAR, target_country VARCHAR, target_igo VARCHAR,
    target_sector VARCHAR, target_code VARCHAR, target_role VARCHAR,
    modality VARCHAR, sentence VARCHAR, "start" INTEGER, "end" INTEGER, confidence DOUBLE,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    claimed_by_id VARCHAR, claimed_by_name VARCHAR, claimed_by_country VARCHAR, claimed_by_igo VARCHAR,
    claimed_by_sector VARCHAR, claimed_by_code VARCHAR, claimed_by_role VARCHAR,
    place_text VARCHAR, place_start INTEGER, place_end INTEGER, place_name VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, place_country VARCHAR, place_feature VARCHAR,
    place_geonameid BIGINT,
    date VARCHAR, date_basis VARCHAR,
    quantities STRUCT(value DOUBLE, unit VARCHAR, low DOUBLE, high DOUBLE, text VARCHAR)[]
);
