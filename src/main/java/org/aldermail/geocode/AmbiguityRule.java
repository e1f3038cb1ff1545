package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aldermail.ward.WardDistance;
import org.aldermail.ward.WardIndex;

/**
 * Decides whether a placed address is in one ward or possibly in several, from the error measured for the
 * way it was placed ({@link ErrorModel}), not from its distance to a ward line: an answer is confident only
 * when the whole likely stretch of street lies in one ward.
 *
 * <p>The likely stretch runs the method's measured 99.5th-percentile error either way along the street, cut
 * where a grid line brackets the house number (1234 W cannot be east of the 1200 W line, so a ward line down
 * Racine Ave does not make it ambiguous). It is walked on the address's side of the street only (6, 12 and
 * 20 m off the centreline: the side is known from the number's parity), every 5 m; every ward met is a
 * candidate. A line along the street itself is on the other side and is not met; a line across the street
 * within the stretch is. {@link WardIndex#wardsWithin} first skips the walk for addresses with no other ward
 * within reach.
 */
public final class AmbiguityRule {

    private static final double[] SIDE_OFFSETS = {6, 12, 20};
    private static final double STEP = 5;

    /**
     * A house cannot stand in the cross street: the stretch stops this far short of a bracketing grid line's
     * centre (half a residential street's width), so a ward line down that street is not met.
     */
    static final double CROSS_STREET_HALF_WIDTH = 10;

    /** The ward line must meet the street this close to a crossing for the question to name that crossing. */
    static final double QUESTION_REACH = 25;

    private final WardIndex index;
    private final ErrorModel model;

    public AmbiguityRule(WardIndex index, ErrorModel model) {
        this.index = index;
        this.model = model;
    }

    public WardDecision decide(GeocodedAddress address) {
        Placement p = address.placement();
        double lon = p.lon();
        double lat = p.lat();
        int ward = index.wardAt(lon, lat);
        ErrorModel.Interval interval = model.interval(p);
        double half = interval.alongMetres();
        double[] cut = cutAtCrossings(address, -half, half);
        double from = cut[0];
        double to = cut[1];
        WardDecision.Stretch stretch = new WardDecision.Stretch(
                p.method(), p.area(), ErrorModel.QUANTILE, half, from, to, from > -half || to < half);
        double reach = Math.max(Math.abs(from), Math.abs(to)) + SIDE_OFFSETS[SIDE_OFFSETS.length - 1];
        List<WardDistance> near = index.wardsWithin(lon, lat, reach);
        if (near.isEmpty()) {
            return new WardDecision(0, false, List.of(), stretch);
        }
        if (near.size() == 1 && ward != 0) {
            return new WardDecision(ward, false, List.of(), stretch);
        }
        Map<Integer, Double> nearest = walk(p, from, to);
        if (nearest.isEmpty()) {
            return new WardDecision(0, false, List.of(), stretch);
        }
        if (nearest.size() == 1) {
            int only = nearest.keySet().iterator().next();
            return new WardDecision(ward != 0 ? ward : only, false, List.of(), stretch);
        }
        List<WardDecision.Candidate> candidates = new ArrayList<>();
        if (ward != 0) {
            candidates.add(new WardDecision.Candidate(ward, new CandidateReason.CoversEstimate(address.normalized())));
        }
        nearest.entrySet().stream()
                .filter(e -> e.getKey() != ward)
                .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(Math.abs(a), Math.abs(b))))
                .forEach(e -> candidates.add(new WardDecision.Candidate(e.getKey(), reason(address, e.getValue()))));
        return new WardDecision(ward, true, withQuestion(address, candidates, from, to), stretch);
    }

    /**
     * When exactly two wards meet on the stretch, at one crossing street (the ward line runs down it), each
     * candidate is the answer to "which side of that street is your building?".
     */
    private List<WardDecision.Candidate> withQuestion(
            GeocodedAddress address, List<WardDecision.Candidate> candidates, double from, double to) {
        Placement p = address.placement();
        if (candidates.size() != 2 || address.match() == null) {
            return List.copyOf(candidates);
        }
        double lineAt = Double.NaN;
        int before = 0;
        int after = 0;
        int previous = 0;
        double previousAlong = from;
        for (double along = from; along <= to + 1e-9; along += STEP) {
            int w = wardOnSide(p, along);
            if (w == 0) {
                continue;
            }
            if (previous != 0 && w != previous) {
                if (!Double.isNaN(lineAt)) {
                    return List.copyOf(candidates);
                }
                lineAt = lineBetween(p, previousAlong, along, previous);
                before = previous;
                after = w;
            }
            previous = w;
            previousAlong = along;
        }
        if (Double.isNaN(lineAt)) {
            return List.copyOf(candidates);
        }
        Placement.Crossing nearest = null;
        for (Placement.Crossing c : p.crossings()) {
            if (Math.abs(c.along() - lineAt) <= QUESTION_REACH
                    && (nearest == null || Math.abs(c.along() - lineAt) < Math.abs(nearest.along() - lineAt))) {
                nearest = c;
            }
        }
        if (nearest == null) {
            return List.copyOf(candidates);
        }
        // Along the street, toward higher grid values is east (E–W streets) or north (N–S streets).
        boolean eastWest = address.match().street().name().direction().axis() == 0;
        Direction higher = eastWest ? Direction.E : Direction.N;
        Direction lower = eastWest ? Direction.W : Direction.S;
        int lowerWard = before;
        int higherWard = after;
        String street = nearest.street();
        return candidates.stream()
                .map(c -> c.ward() == lowerWard || c.ward() == higherWard
                        ? new WardDecision.Candidate(
                                c.ward(),
                                c.reason(),
                                new WardDecision.Side(street, c.ward() == higherWard ? higher : lower))
                        : c)
                .toList();
    }

    /**
     * The likely stretch {@code [from, to]}, cut at every crossing the house number is certainly on one side
     * of: its number is farther from the crossing's grid value than the error measured for crossings of that
     * kind. A cut stops half a street short of the crossing's centre, so a ward line down that street is
     * not met. Cuts that contradict each other (the data disagrees with itself) leave the stretch whole.
     */
    double[] cutAtCrossings(GeocodedAddress address, double from, double to) {
        if (address.match() == null || address.placement().crossings().isEmpty()) {
            return new double[] {from, to};
        }
        int number = address.match().number();
        int sign = address.match().street().name().direction().sign();
        double low = from;
        double high = to;
        for (Placement.Crossing c : address.placement().crossings()) {
            double margin = model.crossingMargin(c);
            double beyond = sign * number - c.value();
            if (beyond >= margin) {
                low = Math.max(low, c.along() + CROSS_STREET_HALF_WIDTH);
            } else if (-beyond > margin) {
                high = Math.min(high, c.along() - CROSS_STREET_HALF_WIDTH);
            }
        }
        return low <= high ? new double[] {low, high} : new double[] {from, to};
    }

    private int wardOnSide(Placement p, double along) {
        return index.wardAt(p.lonAt(along, Placement.SIDE_OFFSET), p.latAt(along, Placement.SIDE_OFFSET));
    }

    /** Where, to about a metre, the line leaving ward {@code inside} at {@code inside}'s side lies between two positions. */
    private double lineBetween(Placement p, double low, double high, int inside) {
        double a = low;
        double b = high;
        while (b - a > 1) {
            double mid = (a + b) / 2;
            if (wardOnSide(p, mid) == inside) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return (a + b) / 2;
    }

    /** Ward → signed distance along the street (metres) of the nearest sample point in it. */
    private Map<Integer, Double> walk(Placement p, double from, double to) {
        Map<Integer, Double> nearest = new LinkedHashMap<>();
        double extent = Math.max(Math.abs(from), Math.abs(to));
        int steps = (int) Math.ceil(extent / STEP);
        for (int k = 0; k <= steps; k++) {
            double distance = steps == 0 ? 0 : k * extent / steps;
            for (double along : k == 0 ? new double[] {0} : new double[] {distance, -distance}) {
                if (along < from - 1e-9 || along > to + 1e-9) {
                    continue;
                }
                for (double side : SIDE_OFFSETS) {
                    int w = index.wardAt(p.lonAt(along, side), p.latAt(along, side));
                    if (w != 0) {
                        nearest.putIfAbsent(w, along);
                    }
                }
            }
        }
        return nearest;
    }

    private static CandidateReason reason(GeocodedAddress address, double along) {
        if (along == 0 || address.match() == null) {
            return new CandidateReason.LineOnSameSide(address.normalized());
        }
        int sign = address.match().street().name().direction().sign();
        boolean towardHigher = (along > 0) == (sign > 0);
        return new CandidateReason.LineCrossesStreet(
                address.match().street().display(), Math.round(Math.abs(along)), towardHigher, address.normalized());
    }
}
