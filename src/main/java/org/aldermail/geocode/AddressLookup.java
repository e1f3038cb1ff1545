package org.aldermail.geocode;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.aldermail.ward.PointLookup;
import org.aldermail.ward.WardView;

/**
 * The answer to "which ward is this address in?": the coordinate lookup's fields, plus how the address was
 * read and whether it may be in more than one ward. When {@code ambiguous}, {@code ward} is null: the
 * resident must choose among {@code candidates} (we do not guess).
 */
public record AddressLookup(
        WardView ward,
        PointLookup.Location location,
        double boundaryDistanceMeters,
        AddressView address,
        boolean ambiguous,
        List<CandidateView> candidates,
        @JsonInclude(JsonInclude.Include.NON_NULL) SecondOpinionView secondOpinion) {

    /**
     * @param precision {@code address_point}, {@code interpolated}, {@code extrapolated} or {@code census}
     */
    public record AddressView(String input, String normalized, String precision) {}

    public record CandidateView(int ward, WardView.AlderView alder, String reason) {}

    /** What the online geocoder answered, and whether the answer was used. */
    public record SecondOpinionView(String source, String matchedAddress, Integer ward, boolean used) {}
}
