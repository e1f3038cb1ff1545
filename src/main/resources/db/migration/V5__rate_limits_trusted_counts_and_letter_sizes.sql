-- The letter as sent (campaign text, the resident's edit of up to 20,000 characters, their sentence, signature and
-- notes) did not fit in 20,000 characters: sized to campaign.LetterInput.MAX_LETTER, which rendering enforces.
ALTER TABLE letter ALTER COLUMN body SET DATA TYPE VARCHAR(50000);

-- A stored link-mode answer holds the letter twice (the compose text and the full text), JSON-escaped, and three
-- links: far more than 20,000 characters for a long letter.
ALTER TABLE idempotency_record ALTER COLUMN response_body SET DATA TYPE VARCHAR(1000000);

-- Who a counted letter counts for: a keyed hash of the resident's email, or of the client's address when the
-- letter has no email. The headline total counts each at most once per campaign. Letters written before this
-- column count one each.
ALTER TABLE letter ADD COLUMN resident_key VARCHAR(64);
UPDATE letter SET resident_key = 'before-v5-' || CAST(id AS VARCHAR(20));
ALTER TABLE letter ALTER COLUMN resident_key SET NOT NULL;
CREATE INDEX ix_letter_campaign_resident ON letter (campaign_slug, resident_key);

-- Rate-limit counters, one row per scope, subject and time window (the bucket is a keyed hash of the three, so no
-- address or email is stored). Any instance takes from a bucket by a conditional UPDATE; rows whose window has
-- ended are deleted by a scheduled clean-up.
CREATE TABLE rate_limit_counter (
    bucket     VARCHAR(64)              NOT NULL PRIMARY KEY,
    hits       INTEGER                  NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rate_limit_counter_expires ON rate_limit_counter (expires_at);
