package org.aldermail.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A ward's counted letters as a share of the whole campaign's goal, in percent with one decimal. */
final class GoalShare {

    private GoalShare() {}

    static String percent(long counted, int goal) {
        if (goal <= 0) {
            return "";
        }
        return BigDecimal.valueOf(counted * 100L)
                .divide(BigDecimal.valueOf(goal), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
