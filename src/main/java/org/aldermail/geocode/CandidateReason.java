package org.aldermail.geocode;

/** Why a ward is a candidate for an address where wards meet; worded for the reader by {@link CandidateWords}. */
public sealed interface CandidateReason {

    /** The ward covers our estimated position of the address. */
    record CoversEstimate(String address) implements CandidateReason {}

    /** A ward line runs within a few metres of the estimate, on the address's side of the street. */
    record LineOnSameSide(String address) implements CandidateReason {}

    /** A ward line crosses the street this far from the estimate, toward higher or lower house numbers. */
    record LineCrossesStreet(String street, long metres, boolean towardHigherNumbers, String address)
            implements CandidateReason {}

    /** The online geocoder's point is in the ward ({@code metres} 0) or this close to its boundary. */
    record NearOnlinePoint(String source, long metres) implements CandidateReason {}
}
