-- What reading lists and scouting read of a clip's record, kept beside it so they stop parsing the record.
-- listed_record: the record as a list shows it, without the evidence sentences (the record's own and each
-- locus's) that only the clip's own page needs — most of a record's bytes. reported_on: the date the clip's
-- evidence is from (its publication date, else its visit's start, else the day it was clipped), which every
-- scouting upkeep of the clip's innovations reads for each clip naming them.
-- Triggers derive both from the record on every insert and record change, whoever writes it (the API, the
-- backup import); existing clips get them here, through the same trigger.

ALTER TABLE clips ADD COLUMN listed_record TEXT;
ALTER TABLE clips ADD COLUMN reported_on TEXT;

CREATE TRIGGER clips_listing_after_insert AFTER INSERT ON clips BEGIN
  UPDATE clips SET
    listed_record = json_set(json_remove(new.record, '$.evidence'), '$.loci', json((
      SELECT json_group_array(json_remove(value, '$.evidence')) FROM json_each(new.record, '$.loci')))),
    reported_on = coalesce(new.record ->> '$.publishedAt', new.record ->> '$.startDate', substr(new.created_at, 1, 10))
  WHERE id = new.id;
END;

CREATE TRIGGER clips_listing_after_update AFTER UPDATE OF record, created_at ON clips BEGIN
  UPDATE clips SET
    listed_record = json_set(json_remove(new.record, '$.evidence'), '$.loci', json((
      SELECT json_group_array(json_remove(value, '$.evidence')) FROM json_each(new.record, '$.loci')))),
    reported_on = coalesce(new.record ->> '$.publishedAt', new.record ->> '$.startDate', substr(new.created_at, 1, 10))
  WHERE id = new.id;
END;

-- The clips already stored: setting the record to itself fires the update trigger above.
UPDATE clips SET record = record;
