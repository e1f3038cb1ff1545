package org.aldermail.geocode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.aldermail.ward.Coordinates;
import org.aldermail.ward.WardView;

/**
 * The answer to "which ward is this address in?": the coordinate lookup's fields, plus how the address was
 * read and whether it may be in more than one ward. When {@code ambiguous}, {@code ward} is null: the
 * resident must choose among {@code candidates} (we do not guess).
 */
public record AddressLookup(
        WardView ward,
        Coordinates location,
        double boundaryDistanceMeters,
        AddressView address,
        boolean ambiguous,
        List<CandidateView> candidates,
        @JsonInclude(JsonInclude.Include.NON_NULL) SecondOpinionView secondOpinion) {

    /**
     * @param precision {@code address_point}, {@code interpolated}, {@code extrapolated} or {@code census}
     */
    public record AddressView(String input, String normalized, String precision) {}

    /** @param reason {@code why} in the reader's words, filled in by {@link #worded} */
    public record CandidateView(
            int ward, WardView.AlderView alder, @JsonIgnore CandidateReason why, String reason) {}

    /** What the online geocoder answered, and whether the answer was used. */
    public record SecondOpinionView(String source, String matchedAddress, Integer ward, boolean used) {}

    /** The wards the address may be in: the one ward, or every candidate. */
    public List<Integer> possibleWards() {
        return ambiguous ? candidates.stream().map(CandidateView::ward).toList() : List.of(ward.number());
    }

    /** The same answer with each candidate's reason in words. */
    public AddressLookup worded(Function<CandidateReason, String> words) {
        return new AddressLookup(
                ward,
                location,
                boundaryDistanceMeters,
                address,
                ambiguous,
                wordedCandidates(candidates, words),
                secondOpinion);
    }

    public static List<CandidateView> wordedCandidates(
            List<CandidateView> candidates, Function<CandidateReason, String> words) {
        return candidates.stream()
                .map(c -> new CandidateView(c.ward(), c.alder(), c.why(), words.apply(c.why())))
                .toList();
    }
}
