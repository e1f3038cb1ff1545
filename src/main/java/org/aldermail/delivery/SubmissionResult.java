package org.aldermail.delivery;

/** An HTTP status and the JSON to answer a submission with (stored as such for Idempotency-Key replays). */
public record SubmissionResult(int status, String json) {}
