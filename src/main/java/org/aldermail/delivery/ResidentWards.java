package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aldermail.geocode.AddressLookup;
import org.aldermail.geocode.AddressLookupService;
import org.aldermail.geocode.GeocodeException;
import org.aldermail.geocode.GeocodeProblems;
import org.aldermail.ward.PointLookup;
import org.aldermail.ward.WardService;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;

/**
 * The ward a letter goes to, always derived by the server: a letter to the wrong alder is the worst thing
 * this product can do, so a ward sent by the client only chooses between the candidates the address allows.
 */
@ApplicationScoped
class ResidentWards {

    private final WardService wards;
    private final AddressLookupService addresses;

    ResidentWards(WardService wards, AddressLookupService addresses) {
        this.wards = wards;
        this.addresses = addresses;
    }

    /**
     * The ward for the letter. With a point (e.g. the browser's location) and an address, the point decides,
     * but only among the wards the address can be in: the letter is signed with that address, so it must not
     * go to another ward's alder. An address our street data cannot read leaves the point alone to decide.
     */
    int resolve(LetterSubmission submission) {
        SubmissionRules.coordinates(submission.lat(), submission.lon());
        Integer confirmed = SubmissionRules.ward(submission.ward());
        if (submission.lat() == null) {
            return fromAddress(submission.address(), confirmed);
        }
        int ward = fromPoint(submission.lat(), submission.lon(), confirmed);
        Optional<AddressLookup> address = locate(submission.address());
        if (address.isPresent() && !possibleWards(address.get()).contains(ward)) {
            throw Problems.of(
                    ProblemType.WARD_MISMATCH,
                    "The location given is in ward " + ward + ", but "
                            + address.get().address().normalized() + " is in ward "
                            + possibleWards(address.get()).stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(" or ward "))
                            + ".",
                    Map.of("ward", ward));
        }
        return ward;
    }

    private Optional<AddressLookup> locate(String address) {
        try {
            return Optional.of(addresses.lookup(address));
        } catch (GeocodeException e) {
            return Optional.empty();
        }
    }

    private static List<Integer> possibleWards(AddressLookup found) {
        return found.ambiguous()
                ? found.candidates().stream()
                        .map(AddressLookup.CandidateView::ward)
                        .toList()
                : List.of(found.ward().number());
    }

    private int fromAddress(String address, Integer confirmed) {
        AddressLookup found;
        try {
            found = addresses.lookup(address);
        } catch (GeocodeException e) {
            throw GeocodeProblems.ofBodyField(e, "address");
        }
        List<Integer> candidates = found.candidates().stream()
                .map(AddressLookup.CandidateView::ward)
                .toList();
        if (!found.ambiguous()) {
            int ward = found.ward().number();
            if (confirmed != null && confirmed != ward) {
                throw Problems.of(
                        ProblemType.WARD_MISMATCH,
                        found.address().normalized() + " is in ward " + ward + ", not ward " + confirmed + ".",
                        Map.of("ward", ward));
            }
            return ward;
        }
        if (confirmed == null) {
            throw Problems.of(
                    ProblemType.WARD_AMBIGUOUS,
                    found.address().normalized() + " may be in ward "
                            + candidates.stream().map(String::valueOf).collect(Collectors.joining(" or ward "))
                            + "; send the resident's choice as 'ward'.",
                    Map.of("candidates", found.candidates()));
        }
        if (!candidates.contains(confirmed)) {
            throw Problems.of(
                    ProblemType.WARD_MISMATCH,
                    found.address().normalized() + " can be in ward "
                            + candidates.stream().map(String::valueOf).collect(Collectors.joining(" or ward "))
                            + ", not ward " + confirmed + ".",
                    Map.of("candidates", found.candidates()));
        }
        return confirmed;
    }

    private int fromPoint(double lat, double lon, Integer confirmed) {
        PointLookup found = wards.lookup(lat, lon)
                .orElseThrow(() -> Problems.of(
                        ProblemType.OUTSIDE_CITY,
                        "The point " + lat + ", " + lon + " is not inside any Chicago ward."));
        int ward = found.ward().number();
        if (confirmed != null && confirmed != ward) {
            throw Problems.of(
                    ProblemType.WARD_MISMATCH,
                    "That location is in ward " + ward + ", not ward " + confirmed + ".",
                    Map.of("ward", ward));
        }
        return ward;
    }
}
