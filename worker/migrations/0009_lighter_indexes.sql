-- Lighter indexes, for a clip insert that writes less: every index and index entry below was written by each
-- new clip and never read as it was.
--
-- The full-text index keeps which clips hold a word, not where or how long each clip is: detail = none,
-- columnsize = 0, and no prefix indexes. Search asks only for words and word beginnings, all of which must occur
-- ("inovasi"* "publik"*: worker/src/db/clips-fts.ts), never a phrase, a column or a rank (by date, not bm25), so
-- the positions and sizes 0003 stored were never read; and FTS5 answers a prefix from its sorted terms without a
-- prefix index of its own. Each new clip wrote all of that into a fresh segment of the index, which later merges
-- rewrote: 40 % of a clip insert's SQL on average in node:sqlite over the load bench's cohort, now 24 %; the same
-- searches match the same clips. The index is rebuilt from the clips here; the triggers of 0003 keep it,
-- unchanged.
--
-- An innovation's name had an index no query searches by (innovations are found by their key, innovations_key,
-- or their locus); and a locus's region had two, one of them covering the region filter of the reading list
-- (region_code, clip_id), the other scouting's (region_code, agency_key): one index covers both. A clip's author
-- had one too, which only deleting a member would use, and Lokus never deletes members (removing one from a
-- cohort deletes the membership); the foreign key stays.

DROP TABLE clips_fts;

CREATE VIRTUAL TABLE clips_fts USING fts5 (
  title,
  text,
  loci_text,
  content = 'clips',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  detail = none,
  columnsize = 0
);

INSERT INTO clips_fts (clips_fts) VALUES ('rebuild');

DROP INDEX innovations_name;
DROP INDEX loci_region;
DROP INDEX loci_region_agency;
CREATE INDEX loci_region_agency ON loci (region_code, agency_key, clip_id);
DROP INDEX clips_created_by;
