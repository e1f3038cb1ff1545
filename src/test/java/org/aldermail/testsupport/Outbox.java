package org.aldermail.testsupport;

import org.aldermail.delivery.OutboxDispatcher;

/** Outbox chores shared by test classes that run on one database. */
public final class Outbox {

    private static final int MAX_BATCHES = 50;

    private Outbox() {}

    /** Sends everything due, batch after batch, so test classes that run later start from an empty outbox. */
    public static void drain(OutboxDispatcher dispatcher) {
        for (int batch = 0; batch < MAX_BATCHES && dispatcher.dispatchDue() > 0; batch++) {
            // each call sends one batch
        }
    }
}
