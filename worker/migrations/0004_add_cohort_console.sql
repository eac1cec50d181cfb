-- The cohort console: a cohort's angkatan label and archiving; invite links with an id, their code (so the
-- console can show a link and its QR code again), a use limit; the link each membership came through;
-- required reading; and private feed keys.

ALTER TABLE cohorts ADD COLUMN cohort_label TEXT;
-- Set when the organiser archives the cohort: it leaves the default lists, stays readable and exportable.
ALTER TABLE cohorts ADD COLUMN archived_at TEXT;

-- Invites get an integer id (the console names a link by it) and keep their code: a link is meant to be
-- shared and projected, and only ever joins its cohort in its role. Links made before this migration
-- have no code kept (NULL): they still work, but the console cannot show them again.
CREATE TABLE invites_v2 (
  id INTEGER PRIMARY KEY,
  code_hash TEXT NOT NULL UNIQUE,
  code TEXT,
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('widyaiswara', 'participant')),
  created_by INTEGER NOT NULL REFERENCES members (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  -- NULL: no limit. The CHECK below makes the use that would pass it fail, and its whole accept batch with it.
  max_uses INTEGER CHECK (max_uses IS NULL OR max_uses > 0),
  accepted_count INTEGER NOT NULL DEFAULT 0,
  CHECK (max_uses IS NULL OR accepted_count <= max_uses)
);
INSERT INTO invites_v2 (code_hash, cohort_id, role, created_by, created_at, expires_at, revoked_at, accepted_count)
SELECT code_hash, cohort_id, role, created_by, created_at, expires_at, revoked_at, accepted_count
FROM invites ORDER BY created_at;
DROP TABLE invites;
ALTER TABLE invites_v2 RENAME TO invites;
CREATE INDEX invites_cohort ON invites (cohort_id, created_at DESC);

-- The link a membership was made through (NULL for memberships made before this migration).
ALTER TABLE memberships ADD COLUMN invite_id INTEGER REFERENCES invites (id) ON DELETE SET NULL;

-- Required reading (wajib baca): a clip of the cohort that participants must read, in an order, maybe by a date.
CREATE TABLE assignments (
  clip_id INTEGER PRIMARY KEY REFERENCES clips (id) ON DELETE CASCADE,
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  due_date TEXT,
  position INTEGER NOT NULL,
  assigned_by INTEGER NOT NULL REFERENCES members (id),
  assigned_at TEXT NOT NULL
);
CREATE INDEX assignments_cohort ON assignments (cohort_id, position);

-- A member's private Atom feed of one cohort: only the key's SHA-256 is kept; a new key replaces the old one.
CREATE TABLE feed_keys (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (member_id, cohort_id)
) WITHOUT ROWID;
