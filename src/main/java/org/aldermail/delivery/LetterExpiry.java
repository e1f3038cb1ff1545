package org.aldermail.delivery;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Expires letters whose senders never confirmed them, so their email is free to be used again. */
@ApplicationScoped
public class LetterExpiry {

    private final LetterStore store;

    LetterExpiry(LetterStore store) {
        this.store = store;
    }

    @Scheduled(
            every = "1h",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = OutboxDispatcher.DispatcherDisabled.class)
    void tick() {
        expireUnconfirmed();
    }

    public int expireUnconfirmed() {
        int expired = store.expireUnconfirmed();
        if (expired > 0) {
            Log.infof("%d unconfirmed letters expired", expired);
        }
        return expired;
    }
}
