package org.aldermail.delivery;

/** An API answer to a letter submission, as given and as replayed for a repeated Idempotency-Key. */
public record StoredAnswer(int status, String json) {}
