-- utkikk store, schema version 2: quantities say whether they are approximate, a minimum or a maximum.
ALTER TABLE quantities ADD COLUMN approx VARCHAR;
