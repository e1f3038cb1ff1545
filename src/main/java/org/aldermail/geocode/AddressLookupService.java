package org.aldermail.geocode;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aldermail.ward.Coordinates;
import org.aldermail.ward.WardDirectory;
import org.aldermail.ward.WardDistance;
import org.aldermail.ward.WardView;

/**
 * Address → ward: the offline geocoder, the ambiguity rule and, when enabled, the online second opinion
 * for addresses the offline data cannot settle.
 */
@ApplicationScoped
public class AddressLookupService {

    private static final int MAX_COMPLETIONS = 10;
    private static final Set<GeocodeException.Reason> ASK_ONLINE = Set.of(
            GeocodeException.Reason.STREET_NOT_FOUND,
            GeocodeException.Reason.NUMBER_OUT_OF_RANGE,
            GeocodeException.Reason.NOT_LOCATABLE);

    private final OfflineGeocoder offline;
    private final WardDirectory wards;
    private final SecondOpinion secondOpinion;
    private final boolean secondOpinionEnabled;
    private final LookupOutcomes outcomes;

    public AddressLookupService(
            OfflineGeocoder offline,
            WardDirectory wards,
            SecondOpinion secondOpinion,
            GeocodeConfig config,
            LookupOutcomes outcomes) {
        this.offline = offline;
        this.wards = wards;
        this.secondOpinion = secondOpinion;
        this.secondOpinionEnabled = config.census().enabled();
        this.outcomes = outcomes;
    }

    /**
     * The ward or wards of an address.
     *
     * @throws GeocodeException an address that gives no ward, and why
     */
    public AddressLookup lookup(String input) {
        try {
            AddressLookup found = find(input);
            outcomes.found(found);
            return found;
        } catch (GeocodeException e) {
            outcomes.failed(e);
            throw e;
        }
    }

    private AddressLookup find(String input) {
        AddressParser.rejectUnsafe(input);
        Geocoder geocoder =
                offline.geocoder().orElseThrow(() -> new GeocodeException(new AddressFailure.Unavailable()));
        GeocodedAddress geocoded;
        try {
            geocoded = geocoder.geocode(input);
        } catch (GeocodeException e) {
            if (secondOpinionEnabled && ASK_ONLINE.contains(e.reason())) {
                Optional<AddressLookup> online = onlineOnly(input);
                if (online.isPresent()) {
                    return online.get();
                }
            }
            throw e;
        }
        WardDecision decision = offline.ambiguity().decide(geocoded);
        if (decision.outside()) {
            throw new GeocodeException(new AddressFailure.OutsideCity(geocoded.normalized()));
        }
        AddressLookup.SecondOpinionView opinion = null;
        if (decision.ambiguous() && secondOpinionEnabled) {
            Optional<SecondOpinion.OnlineMatch> match = secondOpinion.locate(geocoded.normalized() + ", CHICAGO, IL");
            if (match.isPresent()) {
                int ward = wards.index().wardAt(match.get().lon(), match.get().lat());
                boolean settles = decision.candidates().stream().anyMatch(c -> c.ward() == ward);
                opinion = new AddressLookup.SecondOpinionView(
                        secondOpinion.source(), match.get().matchedAddress(), ward == 0 ? null : ward, settles);
                if (settles) {
                    decision = new WardDecision(ward, false, List.of(), decision.stretch());
                }
            }
        }
        Placement p = geocoded.placement();
        return response(
                p.lat(),
                p.lon(),
                decision,
                new AddressLookup.AddressView(input, geocoded.normalized(), p.precision()),
                interval(p, decision.stretch()),
                opinion);
    }

    /** An address the offline data cannot read, answered from the online geocoder's point alone. */
    private Optional<AddressLookup> onlineOnly(String input) {
        String query = input.toUpperCase(Locale.ROOT).contains("CHICAGO") ? input : input + ", Chicago, IL";
        return secondOpinion.locate(query).flatMap(match -> {
            int ward = wards.index().wardAt(match.lon(), match.lat());
            if (ward == 0) {
                return Optional.empty();
            }
            List<WardDistance> near = wards.index().wardsWithin(match.lon(), match.lat(), 20);
            WardDecision decision = near.size() > 1
                    ? new WardDecision(
                            ward,
                            true,
                            near.stream()
                                    .map(w -> new WardDecision.Candidate(
                                            w.ward(),
                                            new CandidateReason.NearOnlinePoint(
                                                    secondOpinion.source(), Math.round(w.meters()))))
                                    .toList())
                    : new WardDecision(ward, false, List.of());
            return Optional.of(response(
                    match.lat(),
                    match.lon(),
                    decision,
                    new AddressLookup.AddressView(input, match.matchedAddress(), "census"),
                    null,
                    new AddressLookup.SecondOpinionView(secondOpinion.source(), match.matchedAddress(), ward, true)));
        });
    }

    private AddressLookup response(
            double lat,
            double lon,
            WardDecision decision,
            AddressLookup.AddressView address,
            AddressLookup.IntervalView interval,
            AddressLookup.SecondOpinionView opinion) {
        Coordinates point = new Coordinates(lat, lon);
        WardView ward = decision.ambiguous()
                ? null
                : wards.alder(decision.ward()).map(WardView::of).orElse(null);
        List<AddressLookup.CandidateView> candidates = decision.candidates().stream()
                .map(c -> new AddressLookup.CandidateView(
                        c.ward(),
                        wards.alder(c.ward())
                                .map(WardView::of)
                                .map(WardView::alder)
                                .orElse(null),
                        c.reason(),
                        null,
                        c.side(),
                        null,
                        null))
                .toList();
        return new AddressLookup(
                ward,
                point,
                wards.boundaryDistanceMeters(point),
                address,
                decision.ambiguous(),
                decision.ambiguous() ? AddressLookup.AMBIGUOUS : AddressLookup.CONFIDENT,
                interval,
                candidates,
                opinion);
    }

    private static AddressLookup.IntervalView interval(Placement p, WardDecision.Stretch stretch) {
        if (stretch == null) {
            return null;
        }
        return new AddressLookup.IntervalView(
                stretch.method().json(),
                stretch.area().json(),
                stretch.quantile(),
                stretch.halfWidth(),
                Math.round(stretch.from() * 10) / 10.0,
                Math.round(stretch.to() * 10) / 10.0,
                new Coordinates(
                        p.latAt(stretch.from(), Placement.SIDE_OFFSET), p.lonAt(stretch.from(), Placement.SIDE_OFFSET)),
                new Coordinates(
                        p.latAt(stretch.to(), Placement.SIDE_OFFSET), p.lonAt(stretch.to(), Placement.SIDE_OFFSET)));
    }

    public List<StreetCompletion> completions(String typed) {
        AddressParser.rejectUnsafe(typed);
        Geocoder geocoder =
                offline.geocoder().orElseThrow(() -> new GeocodeException(new AddressFailure.Unavailable()));
        return geocoder.catalog().complete(typed, MAX_COMPLETIONS).stream()
                .map(StreetCompletion::of)
                .toList();
    }
}
