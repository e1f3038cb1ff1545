-- An organizer's test message (org.aldermail.admin, delivery health) goes through the outbox like any mail, but
-- belongs to no letter: it names its campaign (whose sender it goes from) instead.
ALTER TABLE outbox_message ALTER COLUMN letter_id DROP NOT NULL;
ALTER TABLE outbox_message ADD COLUMN campaign_slug VARCHAR(80);
