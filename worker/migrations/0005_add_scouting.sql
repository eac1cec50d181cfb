-- Scouting: the facts the ranking counts, kept as rows. A clip knows its publication year, program and source
-- host; a locus its agency key and sector; an innovation its key and sector (shared/scouting computes them on
-- write). The scout_* tables hold one row per region and entity — the distinct innovations, agencies and
-- sources, with the years and programs they were reported in as bit masks — recomputed in the same batch as
-- every clip write for the entities it touches, so a ranking reads the distinct entities, not every clip.

ALTER TABLE clips ADD COLUMN published_year INTEGER;
ALTER TABLE clips ADD COLUMN program TEXT;
ALTER TABLE clips ADD COLUMN source_host TEXT;
ALTER TABLE loci ADD COLUMN agency_key TEXT;
ALTER TABLE loci ADD COLUMN sector TEXT;
ALTER TABLE innovations ADD COLUMN key TEXT;
ALTER TABLE innovations ADD COLUMN sector TEXT;
CREATE INDEX innovations_key ON innovations (key, locus_id);
-- Clips stored before this migration, until the backfill has given them their scouting facts.
CREATE INDEX clips_unscouted ON clips (id) WHERE published_year IS NULL;
CREATE INDEX loci_region_agency ON loci (region_code, agency_key);

-- Awards and rankings a clip's record names (KIPP Top 99, IGA …), for the region pages and the ranking.
CREATE TABLE clip_awards (
  clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  year INTEGER,
  rank TEXT,
  innovation TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY (clip_id, position)
) WITHOUT ROWID;

-- Where the institution's own cohorts went on their study visit, and when (set on the cohort's page).
CREATE TABLE cohort_visits (
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  region_code TEXT NOT NULL,
  visit_date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (cohort_id, region_code, visit_date)
) WITHOUT ROWID;
CREATE INDEX cohort_visits_region ON cohort_visits (region_code, visit_date);

-- One row per region and innovation (by key). years: a bit per publication year (bit 0 = 2000) it was reported
-- in, last_year the newest of them; programs: a bit per training program of those clips.
CREATE TABLE scout_innovations (
  region_code TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  agency TEXT,
  sector TEXT NOT NULL,
  years INTEGER NOT NULL,
  last_year INTEGER NOT NULL,
  programs INTEGER NOT NULL,
  clips INTEGER NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  PRIMARY KEY (region_code, key)
) WITHOUT ROWID;

CREATE TABLE scout_agencies (
  region_code TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  sector TEXT NOT NULL,
  years INTEGER NOT NULL,
  last_year INTEGER NOT NULL,
  programs INTEGER NOT NULL,
  clips INTEGER NOT NULL,
  PRIMARY KEY (region_code, key)
) WITHOUT ROWID;

-- One row per region and source host. sectors: a bit per sector of the loci those articles name there.
CREATE TABLE scout_sources (
  region_code TEXT NOT NULL,
  host TEXT NOT NULL,
  years INTEGER NOT NULL,
  last_year INTEGER NOT NULL,
  programs INTEGER NOT NULL,
  sectors INTEGER NOT NULL,
  clips INTEGER NOT NULL,
  PRIMARY KEY (region_code, host)
) WITHOUT ROWID;

-- The entities a clip write touched, within its batch only: empty between batches.
CREATE TABLE scout_dirty (
  kind TEXT NOT NULL CHECK (kind IN ('innovation', 'agency', 'source')),
  region_code TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (kind, region_code, key)
) WITHOUT ROWID;
