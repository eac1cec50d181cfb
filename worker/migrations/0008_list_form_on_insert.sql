-- A clip's list form and date, written by the insert itself: the API computes listed_record and reported_on as
-- the trigger of 0007 does (worker/src/db/clips.ts listedRecord, reportedOn) and binds them, so a new clip is no
-- longer written twice — once by its INSERT, then again, 7 kB of article text and all, by the trigger's UPDATE.
-- The trigger now runs only for an insert that leaves them out (a backup written before 0007, a hand-made row).
-- Record changes keep the update trigger of 0007.

DROP TRIGGER clips_listing_after_insert;

CREATE TRIGGER clips_listing_after_insert AFTER INSERT ON clips WHEN new.listed_record IS NULL BEGIN
  UPDATE clips SET
    listed_record = json_set(json_remove(new.record, '$.evidence'), '$.loci', json((
      SELECT json_group_array(json_remove(value, '$.evidence')) FROM json_each(new.record, '$.loci')))),
    reported_on = coalesce(new.record ->> '$.publishedAt', new.record ->> '$.startDate', substr(new.created_at, 1, 10))
  WHERE id = new.id;
END;
