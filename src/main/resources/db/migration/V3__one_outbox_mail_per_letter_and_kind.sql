-- A letter has at most one confirmation request and one letter mail in the outbox, whatever races happen.
ALTER TABLE outbox_message ADD CONSTRAINT uq_outbox_letter_kind UNIQUE (letter_id, kind);
-- The unique constraint's index starts with letter_id, so the plain index on it is redundant.
DROP INDEX ix_outbox_letter;
