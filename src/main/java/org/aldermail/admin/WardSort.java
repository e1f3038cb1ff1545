package org.aldermail.admin;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.aldermail.stats.WardTotals;

/** The columns the ward table sorts by ({@code ?sort=sent&dir=desc}), so it sorts without JavaScript. */
enum WardSort {
    WARD(Comparator.comparingInt(WardTotals::ward)),
    ALDER(Comparator.comparing(WardTotals::alder, String.CASE_INSENSITIVE_ORDER)),
    COUNTED(by(WardTotals::counted)),
    SENT(by(WardTotals::sent)),
    QUEUED(by(WardTotals::queued)),
    AWAITING(by(WardTotals::awaitingConfirmation)),
    FAILED(by(WardTotals::failed)),
    OPENED(by(WardTotals::linkOpened)),
    SELF(by(WardTotals::selfReported)),
    PERSONALISED(by(WardTotals::personalised));

    private final Comparator<WardTotals> order;

    WardSort(Comparator<WardTotals> order) {
        this.order = order;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Ascending by this column, ties by ward number. */
    Comparator<WardTotals> ascending() {
        return order.thenComparingInt(WardTotals::ward);
    }

    /** Descending by this column, ties still by ward number (ascending), so the order is stable. */
    Comparator<WardTotals> descending() {
        return order.reversed().thenComparingInt(WardTotals::ward);
    }

    /** Counts read best largest first; ward and alder from the top of the alphabet. */
    boolean descendingFirst() {
        return this != WARD && this != ALDER;
    }

    static Optional<WardSort> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (WardSort sort : values()) {
            if (sort.code().equals(code)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    private static Comparator<WardTotals> by(ToLongFunction<WardTotals> count) {
        return Comparator.comparingLong(count);
    }
}
