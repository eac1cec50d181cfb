-- Cohorts, the people in them and how they sign in. Ids are integers; timestamps are ISO-8601 UTC text
-- (`2026-11-22T08:00:00.000Z`), which sorts the same as the instants.

CREATE TABLE cohorts (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  program TEXT,
  start_date TEXT,
  end_date TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX cohorts_created_at ON cohorts (created_at DESC, id DESC);

-- A person. `admin = 1` is the one member the ADMIN_TOKEN signs in as: the first organiser.
CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  admin INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX members_one_admin ON members (admin) WHERE admin = 1;

-- A member's role in one cohort. Organisers need no rows here: they see every cohort.
CREATE TABLE memberships (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('widyaiswara', 'participant')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (member_id, cohort_id)
) WITHOUT ROWID;
CREATE INDEX memberships_cohort ON memberships (cohort_id, role);

-- Personal bearer tokens, stored only as the hex SHA-256 of the token.
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) WITHOUT ROWID;
CREATE INDEX api_tokens_member ON api_tokens (member_id);

-- Invite links. Only the hex SHA-256 of the code is kept; a link serves every accept until it expires or is revoked.
CREATE TABLE invites (
  code_hash TEXT PRIMARY KEY,
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('widyaiswara', 'participant')),
  created_by INTEGER NOT NULL REFERENCES members (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  accepted_count INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX invites_cohort ON invites (cohort_id);
