package org.aldermail.geocode;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.function.Function;
import org.aldermail.web.Language;

/** A candidate ward's reason, and the question whose answer picks it, in the reader's language. */
public final class CandidateWords {

    private CandidateWords() {}

    /** The question and this candidate's answer: {@code [question, answer]}. */
    public static Function<WardDecision.Side, String[]> questionIn(Language language) {
        GeocodeMessages m = MessageBundles.get(GeocodeMessages.class, Localized.Literal.of(language.code()));
        return side -> {
            String street = StreetName.readable(side.crossStreet());
            Direction d = side.direction();
            String answer = switch (d) {
                case N -> m.side_north(street);
                case S -> m.side_south(street);
                case E -> m.side_east(street);
                case W -> m.side_west(street);
            };
            return new String[] {m.side_question(d.axis() == 1, street), answer};
        };
    }

    public static Function<CandidateReason, String> in(Language language) {
        GeocodeMessages m = MessageBundles.get(GeocodeMessages.class, Localized.Literal.of(language.code()));
        return reason -> {
            if (reason instanceof CandidateReason.CoversEstimate r) {
                return m.covers_estimate(r.address());
            }
            if (reason instanceof CandidateReason.LineOnSameSide r) {
                return m.line_on_same_side(r.address());
            }
            if (reason instanceof CandidateReason.LineCrossesStreet r) {
                return m.line_crosses_street(r.street(), r.metres(), r.towardHigherNumbers(), r.address());
            }
            CandidateReason.NearOnlinePoint r = (CandidateReason.NearOnlinePoint) reason;
            return r.metres() == 0 ? m.covers_online_point(r.source()) : m.near_online_point(r.source(), r.metres());
        };
    }
}
