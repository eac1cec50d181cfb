-- Clips, their loci and innovations as rows that SQL can group and count, and participants' read marks.

CREATE TABLE clips (
  id INTEGER PRIMARY KEY,
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  client_id TEXT NOT NULL,
  url TEXT NOT NULL,
  canonical_url TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  site_name TEXT,
  -- The LocusRecord as JSON (shared/schema/locus-record.ts), evidence included.
  record TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  -- JSON array of strings.
  quotes TEXT NOT NULL DEFAULT '[]',
  -- Region names, provinces, agencies and innovations of the loci, flattened for the full-text index.
  loci_text TEXT NOT NULL DEFAULT '',
  created_by INTEGER NOT NULL REFERENCES members (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- One retry of the same clip is the same clip.
CREATE UNIQUE INDEX clips_cohort_client ON clips (cohort_id, client_id);
-- A cohort's list, newest first, and its cursor.
CREATE INDEX clips_cohort_created ON clips (cohort_id, created_at DESC, id DESC);
-- One article once per cohort; canonical_url leads so a look-up across cohorts uses it too.
CREATE UNIQUE INDEX clips_url_cohort ON clips (canonical_url, cohort_id);
CREATE INDEX clips_created_by ON clips (created_by);

CREATE TABLE loci (
  id INTEGER PRIMARY KEY,
  clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  region_code TEXT,
  region_name TEXT,
  province TEXT,
  agency TEXT,
  UNIQUE (clip_id, position)
);
CREATE INDEX loci_region ON loci (region_code, clip_id);

CREATE TABLE innovations (
  id INTEGER PRIMARY KEY,
  locus_id INTEGER NOT NULL REFERENCES loci (id) ON DELETE CASCADE,
  name TEXT NOT NULL
);
CREATE INDEX innovations_locus ON innovations (locus_id);
CREATE INDEX innovations_name ON innovations (name);

CREATE TABLE read_marks (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (member_id, clip_id)
) WITHOUT ROWID;
CREATE INDEX read_marks_clip ON read_marks (clip_id);
