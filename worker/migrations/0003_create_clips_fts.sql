-- Full-text index over a clip's title, text and loci. External content: the text lives once, in clips;
-- the triggers keep the index in step on insert, update and delete. unicode61 with remove_diacritics
-- folds case and accents; prefix indexes make "inova*" cheap.

CREATE VIRTUAL TABLE clips_fts USING fts5 (
  title,
  text,
  loci_text,
  content = 'clips',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER clips_fts_after_insert AFTER INSERT ON clips BEGIN
  INSERT INTO clips_fts (rowid, title, text, loci_text) VALUES (new.id, new.title, new.text, new.loci_text);
END;

CREATE TRIGGER clips_fts_after_delete AFTER DELETE ON clips BEGIN
  INSERT INTO clips_fts (clips_fts, rowid, title, text, loci_text)
  VALUES ('delete', old.id, old.title, old.text, old.loci_text);
END;

CREATE TRIGGER clips_fts_after_update AFTER UPDATE OF title, text, loci_text ON clips BEGIN
  INSERT INTO clips_fts (clips_fts, rowid, title, text, loci_text)
  VALUES ('delete', old.id, old.title, old.text, old.loci_text);
  INSERT INTO clips_fts (rowid, title, text, loci_text) VALUES (new.id, new.title, new.text, new.loci_text);
END;
