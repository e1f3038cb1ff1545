package org.aldermail.delivery;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.aldermail.testsupport.SmtpTestProfile;
import org.aldermail.testsupport.TestClock;

/**
 * Runs the outbox round after round, as its timer would, until what a test waits for is true. On a loaded machine the
 * SMTP client now and then never sees a new connection's greeting (GreenMail sent it, and closes the connection 30 s
 * later for want of a command); that send times out and its mail waits out a back-off, as it would in production.
 * Between rounds the test clock jumps past any back-off, so such a send costs the test one round, not its result.
 */
final class DispatchRounds {

    private static final int MAX_ROUNDS = 6;
    /** Past the longest back-off a round can set: ten send timeouts after a timed-out send. */
    private static final Duration PAST_ANY_BACK_OFF = SmtpTestProfile.SEND_TIMEOUT.multipliedBy(11);

    private DispatchRounds() {}

    /** @return how long the last round, the one after which it was done, took */
    static Duration until(OutboxDispatcher dispatcher, TestClock clock, BooleanSupplier done) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long started = System.nanoTime();
            dispatcher.dispatchDue();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (done.getAsBoolean()) {
                return took;
            }
            clock.advance(PAST_ANY_BACK_OFF);
        }
        throw new AssertionError("Still not done after " + MAX_ROUNDS + " dispatch rounds");
    }
}
