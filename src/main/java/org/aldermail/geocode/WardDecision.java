package org.aldermail.geocode;

import java.util.List;

/**
 * The ward of a placed address, or the wards it may be in.
 *
 * @param ward       the ward at the estimated position (0 when it is outside every ward)
 * @param candidates when ambiguous, every ward the address may be in, the most likely first
 */
public record WardDecision(int ward, boolean ambiguous, List<Candidate> candidates) {

    /** A ward the address may be in, and why. */
    public record Candidate(int ward, CandidateReason reason) {}

    public boolean outside() {
        return ward == 0 && candidates.isEmpty();
    }
}
