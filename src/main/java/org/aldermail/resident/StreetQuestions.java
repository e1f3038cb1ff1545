package org.aldermail.resident;

import java.util.List;
import java.util.function.Function;
import org.aldermail.geocode.CandidateWords;
import org.aldermail.geocode.Direction;
import org.aldermail.geocode.StreetName;
import org.aldermail.geocode.WardDecision;
import org.aldermail.web.Language;

/** The chooser's street question in the reader's language, from the sides of the crossing the geocoder found. */
final class StreetQuestions {

    private StreetQuestions() {}

    /** Null when the candidates are not the two sides of one crossing street. */
    static Steps.StreetQuestion of(WardFinder.Ambiguous ambiguous, Language language) {
        List<WardDecision.Side> sides = ambiguous.sides();
        if (sides.size() != 2 || ambiguous.candidates().size() != 2 || sides.contains(null)) {
            return null;
        }
        Function<WardDecision.Side, String[]> words = CandidateWords.questionIn(language);
        // West or north is drawn first (left or on top), as on a map.
        int first = firstOnAMap(sides.get(0).direction()) ? 0 : 1;
        int second = 1 - first;
        String[] firstWords = words.apply(sides.get(first));
        String[] secondWords = words.apply(sides.get(second));
        String normalized = ambiguous.normalized();
        String street = normalized.substring(normalized.indexOf(' ') + 1);
        return new Steps.StreetQuestion(
                firstWords[0],
                StreetName.readable(street),
                StreetName.readable(sides.get(first).crossStreet()),
                sides.get(first).direction().axis() == 1,
                new Steps.Answer(firstWords[1], ambiguous.candidates().get(first)),
                new Steps.Answer(secondWords[1], ambiguous.candidates().get(second)));
    }

    private static boolean firstOnAMap(Direction direction) {
        return direction == Direction.W || direction == Direction.N;
    }
}
