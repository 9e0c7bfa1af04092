"""Events in the formats other event-data tools read: PLOVER JSON Lines (the PLOVER manual's field names)
and a GDELT-like TSV (GDELT 1.0 event column names; ISO alpha-3 country codes, not FIPS)."""

from __future__ import annotations

# The date an event is counted on: its own when the text gives a day, else the article's publication date.
_DAY = "coalesce(try_cast(e.date AS DATE), a.published)"
# Where a report of the article can be found: its first URL, else the file it was read from.
_URL = ("coalesce(a.url, (SELECT min(r.url) FROM reports r WHERE r.article_id = e.article_id), "
        "a.origin_path)")


def _actor_list(side: str) -> str:
    return (f"CASE WHEN e.{side}_id IS NULL THEN [] ELSE [{{code: coalesce(e.{side}_country, e.{side}_igo), "
            f"sector: e.{side}_sector, actor_text: e.{side}_name, identifier_id: e.{side}_id, "
            f"joint_code: e.{side}_code, office: e.{side}_role}}] END")


PLOVER_SQL = f"""
SELECT e.article_id || '-' || e.idx AS id, strftime({_DAY}, '%Y-%m-%d') AS date,
       {_actor_list("source")} AS source, {_actor_list("target")} AS recipient,
       [e.type] AS event, e.mode AS mode, e.contexts AS context, e.quad AS quad_code, e.intensity AS event_scale,
       [e.trigger] AS event_text, e.sentence AS text,
       {{sequence: e.idx, start: e."start", "end": e."end", trigger_start: e.trigger_start,
         trigger_end: e.trigger_end}} AS text_info,
       CASE WHEN e.place_name IS NULL THEN NULL ELSE {{placename: e.place_name, lat: e.place_lat,
         lon: e.place_lon, country_code: e.place_country, feature_code: e.place_feature,
         geonameid: e.place_geonameid}} END AS event_loc,
       {{url: {_URL}, source: a.outlet, language: a.lang, date: a.published, article_id: e.article_id}}
         AS cite_info,
       'utkikk' AS coder, e.modality AS modality, e.date AS event_date, e.date_basis AS date_basis,
       e.cameo AS cameo_root, e.cameo_code AS cameo_code, e.confidence AS confidence,
       CASE WHEN e.claimed_by_id IS NULL THEN NULL ELSE {{code: coalesce(e.claimed_by_country, e.claimed_by_igo),
         sector: e.claimed_by_sector, actor_text: e.claimed_by_name, identifier_id: e.claimed_by_id}} END
         AS claimed_by,
       e.quantities AS size_info
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY e.article_id, e.idx
"""

GDELT_SQL = f"""
SELECT e.article_id || '-' || e.idx AS GLOBALEVENTID, strftime({_DAY}, '%Y%m%d') AS SQLDATE,
       strftime({_DAY}, '%Y%m') AS MonthYear, year({_DAY}) AS "Year",
       round(year({_DAY}) + (dayofyear({_DAY}) - 1) / 365.0, 4) AS FractionDate,
       e.source_code AS Actor1Code, e.source_name AS Actor1Name, e.source_country AS Actor1CountryCode,
       e.source_igo AS Actor1KnownGroupCode, e.source_sector AS Actor1Type1Code,
       e.target_code AS Actor2Code, e.target_name AS Actor2Name, e.target_country AS Actor2CountryCode,
       e.target_igo AS Actor2KnownGroupCode, e.target_sector AS Actor2Type1Code,
       CASE WHEN e.idx = min(e.idx) OVER (PARTITION BY e.article_id) THEN 1 ELSE 0 END AS IsRootEvent,
       coalesce(e.cameo_code, e.cameo) AS EventCode, left(coalesce(e.cameo_code, e.cameo), 3) AS EventBaseCode,
       e.cameo AS EventRootCode, e.quad AS QuadClass, e.intensity AS GoldsteinScale,
       CASE WHEN e.place_name IS NULL THEN 0 WHEN e.place_feature = 'country' THEN 1 ELSE 4 END AS ActionGeo_Type,
       e.place_name AS ActionGeo_FullName, e.place_country AS ActionGeo_CountryCode,
       e.place_lat AS ActionGeo_Lat, e.place_lon AS ActionGeo_Long, e.place_geonameid AS ActionGeo_FeatureID,
       strftime(a.ingested_at, '%Y%m%d%H%M%S') AS DATEADDED, {_URL} AS SOURCEURL,
       e.type AS PloverType, e.mode AS PloverMode, e.modality AS Modality, e.confidence AS Confidence,
       e.claimed_by_code AS ClaimedByCode, e.article_id AS ArticleId, e."start" AS SentenceStart,
       e."end" AS SentenceEnd
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY e.article_id, e.idx
"""

EVENT_FORMATS = {
    "plover": (PLOVER_SQL, "FORMAT json"),
    "gdelt": (GDELT_SQL, "FORMAT csv, DELIMITER '\t', HEADER true"),
}
