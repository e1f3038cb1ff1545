package org.aldermail.geocode;

/** Longest strictly increasing subsequence (patience sorting, O(n log n)). */
final class Monotone {

    private Monotone() {}

    /** Indexes (ascending) of a longest strictly increasing subsequence of {@code values[0..count)}. */
    static int[] longestIncreasing(double[] values, int count) {
        int[] tails = new int[count];
        int[] previous = new int[count];
        int length = 0;
        for (int i = 0; i < count; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tails[mid]] < values[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        int[] out = new int[length];
        for (int i = length - 1, k = length > 0 ? tails[length - 1] : -1; i >= 0; i--, k = previous[k]) {
            out[i] = k;
        }
        return out;
    }
}
