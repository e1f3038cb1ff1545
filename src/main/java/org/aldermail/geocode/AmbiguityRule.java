package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aldermail.ward.WardDistance;
import org.aldermail.ward.WardIndex;

/**
 * Decides whether a placed address is in one ward or possibly in several.
 *
 * <p>Ward lines mostly follow streets, so about a fifth of addresses are within 20 m of one. Distance to a
 * line alone would call all of them ambiguous. What matters is where the line runs:
 * <ul>
 * <li>along the resident's own street (down its centreline or behind the lots): the side of the street, known
 * from the house number's parity, settles it. Not ambiguous;</li>
 * <li>across the street near the estimated position: the true position may be on either side of the line,
 * so the address is ambiguous and every ward the line separates is a candidate.</li>
 * </ul>
 * The test: walk along the street, on the address's side only (6, 12 and 20 m off the centreline), as far as
 * the position's uncertainty in both directions; every ward met is a candidate. One ward met means the
 * line, if any, runs along the street. {@link WardIndex#wardsWithin} first skips the walk for the four
 * addresses in five that have no other ward within reach.
 */
public final class AmbiguityRule {

    private static final double[] SIDE_OFFSETS = {6, 12, 20};
    private static final double STEP = 5;

    private final WardIndex index;

    public AmbiguityRule(WardIndex index) {
        this.index = index;
    }

    public WardDecision decide(GeocodedAddress address) {
        Placement p = address.placement();
        double lon = p.lon();
        double lat = p.lat();
        int ward = index.wardAt(lon, lat);
        if (p.uncertainty() == 0) {
            return new WardDecision(ward, false, List.of());
        }
        double reach = p.uncertainty() + SIDE_OFFSETS[SIDE_OFFSETS.length - 1];
        List<WardDistance> near = index.wardsWithin(lon, lat, reach);
        if (near.isEmpty()) {
            return new WardDecision(0, false, List.of());
        }
        if (near.size() == 1 && ward != 0) {
            return new WardDecision(ward, false, List.of());
        }
        Map<Integer, Double> nearest = walk(p);
        if (nearest.isEmpty()) {
            return new WardDecision(0, false, List.of());
        }
        if (nearest.size() == 1) {
            int only = nearest.keySet().iterator().next();
            return new WardDecision(ward != 0 ? ward : only, false, List.of());
        }
        List<WardDecision.Candidate> candidates = new ArrayList<>();
        if (ward != 0) {
            candidates.add(new WardDecision.Candidate(ward, new CandidateReason.CoversEstimate(address.normalized())));
        }
        nearest.entrySet().stream()
                .filter(e -> e.getKey() != ward)
                .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(Math.abs(a), Math.abs(b))))
                .forEach(e -> candidates.add(new WardDecision.Candidate(e.getKey(), reason(address, e.getValue()))));
        return new WardDecision(ward, true, List.copyOf(candidates));
    }

    /** Ward → signed distance along the street (metres) of the nearest sample point in it. */
    private Map<Integer, Double> walk(Placement p) {
        int steps = (int) Math.ceil(p.uncertainty() / STEP);
        Map<Integer, Double> nearest = new LinkedHashMap<>();
        for (int k = 0; k <= steps; k++) {
            for (int sign : k == 0 ? new int[] {1} : new int[] {1, -1}) {
                double along = sign * k * p.uncertainty() / steps;
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
        if (along == 0) {
            return new CandidateReason.LineOnSameSide(address.normalized());
        }
        int sign = address.match().street().name().direction().sign();
        boolean towardHigher = (along > 0) == (sign > 0);
        return new CandidateReason.LineCrossesStreet(
                address.match().street().display(), Math.round(Math.abs(along)), towardHigher, address.normalized());
    }
}
