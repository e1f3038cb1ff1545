package org.aldermail.delivery;

/** An Idempotency-Key first used with a different request. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super(null, null, false, false);
    }
}
