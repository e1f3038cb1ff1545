-- A letter has at most one confirmation request and one letter mail in the outbox, whatever races happen.
ALTER TABLE outbox_message ADD CONSTRAINT uq_outbox_letter_kind UNIQUE (letter_id, kind);
