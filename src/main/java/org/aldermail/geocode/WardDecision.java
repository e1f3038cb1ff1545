package org.aldermail.geocode;

import java.util.List;

/**
 * The ward of a placed address, or the wards it may be in, and the stretch of street that was checked.
 *
 * @param ward       the ward at the estimated position (0 when it is outside every ward)
 * @param candidates when ambiguous, every ward the address may be in, the most likely first
 * @param stretch    the likely stretch of street (null for a point without one, e.g. the online geocoder's)
 */
public record WardDecision(int ward, boolean ambiguous, List<Candidate> candidates, Stretch stretch) {

    /**
     * A ward the address may be in, and why; {@code side} is the answer to the resident's question that means
     * this ward (null when no single crossing separates the candidates).
     */
    public record Candidate(int ward, CandidateReason reason, Side side) {

        public Candidate(int ward, CandidateReason reason) {
            this(ward, reason, null);
        }
    }

    /**
     * A question a resident can answer from the street: which side of {@code crossStreet} their building is
     * on, where the ward line meets their street.
     */
    public record Side(String crossStreet, Direction direction) {}

    /**
     * The stretch of street the true address lies on with the model's confidence: {@code from} and {@code to}
     * metres along the street from the estimate (toward higher grid values positive), the method's measured
     * half-width, and whether the stretch was cut at a grid line the house number cannot pass.
     */
    public record Stretch(
            Placement.Method method,
            Placement.Area area,
            double quantile,
            double halfWidth,
            double from,
            double to,
            boolean cutAtGridLine) {}

    public WardDecision(int ward, boolean ambiguous, List<Candidate> candidates) {
        this(ward, ambiguous, candidates, null);
    }

    public boolean outside() {
        return ward == 0 && candidates.isEmpty();
    }
}
