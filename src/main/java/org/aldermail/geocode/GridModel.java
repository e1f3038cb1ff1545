package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Learns the grid value (signed house-number position) of every intersection, and from it builds each
 * street's {@link StreetLine}. Chicago's grid is regular but not uniform (1200 numbers per mile south of the
 * Loop, 800 elsewhere, odd spacing downtown), so values come from data, in this order of trust:
 * <ol>
 * <li><b>anchors</b>: a grid-aligned stretch of a named grid line ({@link GridAnchors}) has its known value;</li>
 * <li><b>range ends</b>: the street-names table gives each street's lowest and highest house number. A street
 * whose numbers stop at 2399 or start at 2400 ends at the 2400 grid line, so the cross street at its last
 * intersection is that grid line (Wells St = 200 W, Lake St = 200 N, which a straight-line guess puts 40
 * numbers off). Accepted when within {@value #VOTE_TOLERANCE} of the geometric estimate;</li>
 * <li><b>geometric estimate</b>: along every street, linear interpolation between the crossings it already
 * knows gives a value for each other crossing; a grid-aligned stretch takes the median of its crossings'
 * estimates, if they agree (median absolute deviation ≤ {@value #MAX_SPREAD});</li>
 * <li><b>field</b>: crossings still without a value (diagonal streets crossing a street parallel to their axis)
 * are interpolated along the streets through them.</li>
 * </ol>
 */
final class GridModel {

    static final double NUMBERS_PER_METRE = 800 / 1609.344;
    static final double VOTE_TOLERANCE = 20;
    static final double MAX_SPREAD = 12;
    private static final double MAX_FIELD_EXTRAPOLATION = 3000;

    private final StreetNetwork net;
    private final double[] seed;
    private final Map<String, Street> catalog;

    private GridModel(StreetNetwork net, Map<String, Street> catalog) {
        this.net = net;
        this.catalog = catalog;
        seed = new double[net.streets.length];
        for (int s = 0; s < seed.length; s++) {
            Street street = catalog.get(net.streets[s]);
            OptionalDouble known = street == null ? OptionalDouble.empty() : GridAnchors.valueOf(street.name());
            seed[s] = known.orElse(Double.NaN);
        }
    }

    /** One {@link StreetLine} per catalog street that has at least one intersection with a grid value. */
    static Map<String, StreetLine> build(StreetNetwork net, Map<String, Street> catalog) {
        return new GridModel(net, catalog).lines();
    }

    private Map<String, StreetLine> lines() {
        Map<Long, Double> consts = new HashMap<>();
        Map<Long, Double> estimated = estimateConsts(consts);
        acceptRangeVotes(consts, estimated);
        // How each crossing's value was found: its trust, which the error model measures per kind.
        double[][] seeded = fieldFromConsts(Map.of());
        double[][] voted = fieldFromConsts(Map.copyOf(consts));
        estimateConsts(consts).forEach(consts::putIfAbsent);
        double[][] direct = fieldFromConsts(consts);
        double[][] field = new double[2][];
        for (int axis = 0; axis < 2; axis++) {
            field[axis] = direct[axis].clone();
            double[] interpolated = alongStreets(direct, axis);
            for (int p = 0; p < net.points(); p++) {
                if (Double.isNaN(field[axis][p])) {
                    field[axis][p] = interpolated[p];
                }
            }
        }
        Map<String, StreetLine> lines = new HashMap<>();
        for (int s = 0; s < net.streets.length; s++) {
            Street street = catalog.get(net.streets[s]);
            if (street != null) {
                StreetLine line = line(s, street, field, direct, seeded, voted);
                if (line != null) {
                    lines.put(net.streets[s], line);
                }
            }
        }
        return lines;
    }

    private static long key(int street, int run) {
        return ((long) street << 20) | run;
    }

    private double constOf(int street, int run, Map<Long, Double> consts) {
        if (run < 0) {
            return Double.NaN;
        }
        if (!Double.isNaN(seed[street])) {
            return seed[street];
        }
        Double value = consts.get(key(street, run));
        return value == null ? Double.NaN : value;
    }

    /** Per axis and point: the value of a grid-aligned street through the point whose value is known. */
    private double[][] fieldFromConsts(Map<Long, Double> consts) {
        double[][] g = new double[2][net.points()];
        Arrays.fill(g[0], Double.NaN);
        Arrays.fill(g[1], Double.NaN);
        for (int p = 0; p < net.points(); p++) {
            for (int k = 0; k < net.streetsAt[p].length; k++) {
                int s = net.streetsAt[p][k];
                double value = constOf(s, net.runsAt[p][k], consts);
                if (!Double.isNaN(value)) {
                    // A street of axis a is a constant line on the other axis.
                    g[1 - net.direction[s].axis()][p] = value;
                }
            }
        }
        return g;
    }

    /**
     * Per point: the median of the values interpolated along every street of this axis through the point,
     * between the points of that street that have a value (NaN where none).
     */
    private double[] alongStreets(double[][] g, int axis) {
        List<List<Double>> estimates = new ArrayList<>(net.points());
        for (int p = 0; p < net.points(); p++) {
            estimates.add(null);
        }
        for (int s = 0; s < net.streets.length; s++) {
            if (net.direction[s].axis() != axis) {
                continue;
            }
            int[] chain = net.chain[s];
            double[][] control = increasing(s, chain, g[axis]);
            if (control[0].length == 0) {
                continue;
            }
            for (int p : chain) {
                if (!Double.isNaN(g[axis][p])) {
                    continue;
                }
                double value = interpolate(net.along(s, p), control[0], control[1]);
                if (!Double.isNaN(value)) {
                    if (estimates.get(p) == null) {
                        estimates.set(p, new ArrayList<>(2));
                    }
                    estimates.get(p).add(value);
                }
            }
        }
        double[] out = new double[net.points()];
        for (int p = 0; p < out.length; p++) {
            out[p] = estimates.get(p) == null ? Double.NaN : median(estimates.get(p));
        }
        return out;
    }

    /**
     * The chain points with a value, as (position along the axis, value), keeping the longest subsequence
     * whose values increase with position: grid values grow eastward and northward, so a crossing that
     * breaks the order carries a wrong value and is dropped.
     */
    private double[][] increasing(int street, int[] chain, double[] values) {
        int count = 0;
        double[] u = new double[chain.length];
        double[] v = new double[chain.length];
        for (int p : chain) {
            if (!Double.isNaN(values[p])) {
                u[count] = net.along(street, p);
                v[count] = values[p];
                count++;
            }
        }
        int[] keep = Monotone.longestIncreasing(v, count);
        double[][] out = new double[2][keep.length];
        for (int i = 0; i < keep.length; i++) {
            out[0][i] = u[keep[i]];
            out[1][i] = v[keep[i]];
        }
        return out;
    }

    /** Linear interpolation; beyond the ends, the slope of the last 400 m (or the nominal 800 per mile). */
    static double interpolate(double at, double[] u, double[] v) {
        int n = u.length;
        if (n == 1) {
            return Math.abs(at - u[0]) <= MAX_FIELD_EXTRAPOLATION ? v[0] + NUMBERS_PER_METRE * (at - u[0]) : Double.NaN;
        }
        int i = Arrays.binarySearch(u, at);
        if (i >= 0) {
            return v[i];
        }
        i = -i - 1;
        if (i > 0 && i < n) {
            return u[i] == u[i - 1] ? v[i - 1] : v[i - 1] + (v[i] - v[i - 1]) * (at - u[i - 1]) / (u[i] - u[i - 1]);
        }
        int end = i == 0 ? 0 : n - 1;
        if (Math.abs(at - u[end]) > MAX_FIELD_EXTRAPOLATION) {
            return Double.NaN;
        }
        int far = end;
        int step = i == 0 ? 1 : -1;
        for (int k = end + step; k >= 0 && k < n; k += step) {
            far = k;
            if (Math.abs(u[k] - u[end]) >= 400) {
                break;
            }
        }
        double slope = u[far] == u[end] ? NUMBERS_PER_METRE : (v[far] - v[end]) / (u[far] - u[end]);
        if (!(Math.abs(slope) >= 0.35 && Math.abs(slope) <= 0.8)) {
            slope = NUMBERS_PER_METRE;
        }
        return v[end] + slope * (at - u[end]);
    }

    /** Values for grid-aligned stretches without one, from the crossings' along-street estimates. */
    private Map<Long, Double> estimateConsts(Map<Long, Double> consts) {
        double[][] g = fieldFromConsts(consts);
        double[][] along = {alongStreets(g, 0), alongStreets(g, 1)};
        Map<Long, List<Double>> values = new HashMap<>();
        for (int s = 0; s < net.streets.length; s++) {
            if (!Double.isNaN(seed[s])) {
                continue;
            }
            int other = 1 - net.direction[s].axis();
            int[] chain = net.chain[s];
            for (int k = 0; k < chain.length; k++) {
                int r = net.run[s][k];
                if (r >= 0 && !consts.containsKey(key(s, r)) && !Double.isNaN(along[other][chain[k]])) {
                    values.computeIfAbsent(key(s, r), x -> new ArrayList<>()).add(along[other][chain[k]]);
                }
            }
        }
        Map<Long, Double> out = new HashMap<>();
        values.forEach((key, list) -> {
            double m = median(list);
            List<Double> deviations = list.stream().map(v -> Math.abs(v - m)).toList();
            if (median(deviations) <= MAX_SPREAD) {
                out.put(key, m);
            }
        });
        return out;
    }

    /**
     * A street's first and last intersections, read with its address range: numbers ending at x98/x99
     * mean the street stops at the next hundred; numbers starting at x00/x01 mean it starts on that hundred.
     * Each such end is a vote for the grid value of the cross streets there.
     */
    private void acceptRangeVotes(Map<Long, Double> consts, Map<Long, Double> estimated) {
        Map<Long, List<Integer>> votes = new HashMap<>();
        for (int b = 0; b < net.streets.length; b++) {
            Street street = catalog.get(net.streets[b]);
            int[] chain = net.chain[b];
            if (street == null || chain.length < 2) {
                continue;
            }
            int axis = net.direction[b].axis();
            int sign = net.direction[b].sign();
            int low = sign > 0 ? chain[0] : chain[chain.length - 1];
            int high = sign > 0 ? chain[chain.length - 1] : chain[0];
            if (street.to() % 100 >= 98) {
                vote(high, axis, sign * (street.to() / 100 + 1) * 100, votes);
            }
            if (street.from() % 100 <= 1) {
                vote(low, axis, sign * (street.from() / 100) * 100, votes);
            }
        }
        votes.forEach((key, list) -> {
            int street = (int) (key >> 20);
            if (!Double.isNaN(seed[street])) {
                return;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            list.forEach(v -> counts.merge(v, 1, Integer::sum));
            int best = counts.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow()
                    .getKey();
            Double estimate = estimated.get(key);
            if (estimate == null || Math.abs(estimate - best) <= VOTE_TOLERANCE) {
                consts.put(key, (double) best);
            }
        });
    }

    private void vote(int point, int axis, int value, Map<Long, List<Integer>> votes) {
        for (int k = 0; k < net.streetsAt[point].length; k++) {
            int c = net.streetsAt[point][k];
            int r = net.runsAt[point][k];
            if (r >= 0 && net.direction[c].axis() != axis) {
                votes.computeIfAbsent(key(c, r), x -> new ArrayList<>()).add(value);
            }
        }
    }

    private StreetLine line(
            int s, Street street, double[][] field, double[][] direct, double[][] seeded, double[][] voted) {
        int axis = net.direction[s].axis();
        int[] chain = net.chain[s];
        double[] known = field[axis];
        int count = 0;
        int[] pts = new int[chain.length];
        double[] v = new double[chain.length];
        for (int p : chain) {
            if (!Double.isNaN(known[p])) {
                pts[count] = p;
                v[count] = known[p];
                count++;
            }
        }
        int[] keep = Monotone.longestIncreasing(v, count);
        if (keep.length == 0) {
            return null;
        }
        int n = keep.length;
        double[] values = new double[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        boolean[] isDirect = new boolean[n];
        Placement.Crossing.Kind[] kind = new Placement.Crossing.Kind[n];
        for (int i = 0; i < n; i++) {
            int p = pts[keep[i]];
            values[i] = v[keep[i]];
            xs[i] = net.x[p];
            ys[i] = net.y[p];
            isDirect[i] = !Double.isNaN(direct[axis][p]);
        }
        stretchToRangeEnd(values, xs, ys, isDirect, net.direction[s].sign(), street.to());
        for (int i = 0; i < n; i++) {
            int p = pts[keep[i]];
            kind[i] = seeded[axis][p] == values[i]
                    ? Placement.Crossing.Kind.SEED
                    : voted[axis][p] == values[i]
                            ? Placement.Crossing.Kind.VOTED
                            : direct[axis][p] == values[i]
                                    ? Math.abs(values[i] - 50 * Math.rint(values[i] / 50))
                                                    <= Placement.Crossing.ROUND_TOLERANCE
                                            ? Placement.Crossing.Kind.ESTIMATED_ROUND
                                            : Placement.Crossing.Kind.ESTIMATED
                                    : Placement.Crossing.Kind.INFERRED;
        }
        String[] crossing = new String[n];
        for (int i = 0; i < n; i++) {
            crossing[i] = crossStreet(s, pts[keep[i]]);
        }
        return new StreetLine(street.name(), values, xs, ys, isDirect, kind, crossing);
    }

    /**
     * Where a diagonal street's far end has only inferred values that fall well short of its highest
     * house number, its numbers there do not follow the grid (S Archer Ave west of Pulaski reaches 6399 where
     * the grid says 5500): from its last crossing with a known grid line, numbers are spread evenly by
     * distance up to the range's end.
     */
    private static void stretchToRangeEnd(
            double[] values, double[] xs, double[] ys, boolean[] isDirect, int sign, int to) {
        int n = values.length;
        if (n < 2) {
            return;
        }
        int farEnd = sign > 0 ? n - 1 : 0;
        double limit = (to / 100 + 1) * 100.0;
        if (limit - Math.abs(values[farEnd]) <= 150) {
            return;
        }
        int step = sign > 0 ? -1 : 1;
        int anchor = -1;
        for (int i = farEnd; i >= 0 && i < n; i += step) {
            if (isDirect[i]) {
                anchor = i;
                break;
            }
        }
        if (anchor < 0 || anchor == farEnd) {
            return;
        }
        double total = 0;
        double[] distance = new double[n];
        for (int i = anchor - step; sign > 0 ? i <= farEnd : i >= farEnd; i -= step) {
            total += Math.hypot(xs[i] - xs[i + step], ys[i] - ys[i + step]);
            distance[i] = total;
        }
        if (total <= 0) {
            return;
        }
        double start = Math.abs(values[anchor]);
        for (int i = anchor - step; sign > 0 ? i <= farEnd : i >= farEnd; i -= step) {
            values[i] = sign * (start + (limit - start) * distance[i] / total);
        }
    }

    /** The street crossing street {@code s} at point {@code p}: one running the other way if there is one. */
    private String crossStreet(int s, int p) {
        String any = null;
        for (int c : net.streetsAt[p]) {
            if (c == s) {
                continue;
            }
            if (net.direction[c].axis() != net.direction[s].axis()) {
                return net.streets[c];
            }
            any = any == null ? net.streets[c] : any;
        }
        return any;
    }

    static double median(List<Double> list) {
        double[] a = list.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }
}
