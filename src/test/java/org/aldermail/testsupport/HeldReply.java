package org.aldermail.testsupport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A reply a stub server holds back until the test {@linkplain #release() releases} it: a server that hangs exactly as
 * long as the test says, however slow the machine, instead of a fixed delay racing a client's timeout.
 */
public final class HeldReply {

    /** Only so that a test whose client never gives up still ends (and fails), rather than hanging the build. */
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(2);

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch answered = new CountDownLatch(1);

    /** Called on the stub's thread for the request it holds: returns when the test releases it. */
    public void hold() {
        arrived.countDown();
        try {
            released.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            answered.countDown();
        }
    }

    public void release() {
        released.countDown();
    }

    /** Whether the request reached the stub at all. */
    public boolean arrived() {
        return arrived.getCount() == 0;
    }

    /** Whether the stub has let its reply go (released, or held for the longest allowed). */
    public boolean answered() {
        return answered.getCount() == 0;
    }

    /** Waits until the stub has let its reply go, after {@link #release()}. */
    public boolean awaitAnswered(Duration patience) throws InterruptedException {
        return answered.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }
}
