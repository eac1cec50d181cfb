-- Browser sessions. The lokus_session cookie holds a random session id; only its hex SHA-256 is kept here.
-- A session lasts while it has not expired and the credential it was opened with still holds: the personal
-- token (`credential_hash` = api_tokens.token_hash, unrevoked) or, for `admin = 1`, the ADMIN_TOKEN secret
-- (`credential_hash` = its SHA-256, so rotating the secret ends those sessions). Signing out deletes the row;
-- an organiser can delete all of a member's rows.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  credential_hash TEXT NOT NULL,
  admin INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1)),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_member ON sessions (member_id);
