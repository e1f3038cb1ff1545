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
        String confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) IntervalView interval,
        List<CandidateView> candidates,
        @JsonInclude(JsonInclude.Include.NON_NULL) SecondOpinionView secondOpinion) {

    /** {@code confidence} when the whole likely stretch of street lies in one ward. */
    public static final String CONFIDENT = "confident";

    /** {@code confidence} when the likely stretch touches several wards (the candidates). */
    public static final String AMBIGUOUS = "ambiguous";

    /**
     * The likely stretch of street that decided the confidence: the placement {@code method} and its measured
     * {@code quantile} error ({@code halfWidthMeters} either way along the street), the stretch actually checked
     * ({@code fromMeters}..{@code toMeters} along the street from the estimate, shorter where a grid line the house
     * number cannot pass cuts it) and its two ends.
     */
    public record IntervalView(
            String method,
            String area,
            double quantile,
            double halfWidthMeters,
            double fromMeters,
            double toMeters,
            Coordinates from,
            Coordinates to) {}

    /**
     * @param precision {@code address_point}, {@code interpolated}, {@code extrapolated} or {@code census}
     */
    public record AddressView(String input, String normalized, String precision) {}

    /**
     * @param reason   {@code why} in the reader's words, filled in by {@link #worded}
     * @param question the question the resident can answer from the street ("Is your building north or south of
     *                 W Division St?"), the same for every candidate, when one crossing separates the wards
     * @param answer   the answer that means this ward ("North of W Division St")
     */
    public record CandidateView(
            int ward,
            WardView.AlderView alder,
            @JsonIgnore CandidateReason why,
            String reason,
            @JsonIgnore WardDecision.Side side,
            @JsonInclude(JsonInclude.Include.NON_NULL) String question,
            @JsonInclude(JsonInclude.Include.NON_NULL) String answer) {}

    /** What the online geocoder answered, and whether the answer was used. */
    public record SecondOpinionView(String source, String matchedAddress, Integer ward, boolean used) {}

    /** The wards the address may be in: the one ward, or every candidate. */
    public List<Integer> possibleWards() {
        return ambiguous ? candidates.stream().map(CandidateView::ward).toList() : List.of(ward.number());
    }

    /** The same answer with each candidate's reason and question in words. */
    public AddressLookup worded(
            Function<CandidateReason, String> words, Function<WardDecision.Side, String[]> questions) {
        return new AddressLookup(
                ward,
                location,
                boundaryDistanceMeters,
                address,
                ambiguous,
                confidence,
                interval,
                wordedCandidates(candidates, words, questions),
                secondOpinion);
    }

    public static List<CandidateView> wordedCandidates(
            List<CandidateView> candidates,
            Function<CandidateReason, String> words,
            Function<WardDecision.Side, String[]> questions) {
        return candidates.stream()
                .map(c -> {
                    String[] asked = c.side() == null ? new String[2] : questions.apply(c.side());
                    return new CandidateView(
                            c.ward(), c.alder(), c.why(), words.apply(c.why()), c.side(), asked[0], asked[1]);
                })
                .toList();
    }

    /** True when every candidate is the answer to one question about the street. */
    public boolean asksAQuestion() {
        return ambiguous && !candidates.isEmpty() && candidates.stream().allMatch(c -> c.side() != null);
    }
}
