package org.aldermail.delivery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

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

    int resolve(LetterSubmission submission) {
        SubmissionRules.coordinates(submission.lat(), submission.lon());
        Integer confirmed = SubmissionRules.ward(submission.ward());
        if (submission.lat() != null) {
            return fromPoint(submission.lat(), submission.lon(), confirmed);
        }
        return fromAddress(submission.address(), confirmed);
    }

    private int fromAddress(String address, Integer confirmed) {
        AddressLookup found;
        try {
            found = addresses.lookup(address);
        } catch (GeocodeException e) {
            throw GeocodeProblems.ofBodyField(e, "address");
        }
        List<Integer> candidates = found.candidates().stream().map(AddressLookup.CandidateView::ward).toList();
        if (!found.ambiguous()) {
            int ward = found.ward().number();
            if (confirmed != null && confirmed != ward) {
                throw Problems.of(ProblemType.WARD_MISMATCH, found.address().normalized() + " is in ward " + ward
                        + ", not ward " + confirmed + ".", Map.of("ward", ward));
            }
            return ward;
        }
        if (confirmed == null) {
            throw Problems.of(ProblemType.WARD_AMBIGUOUS, found.address().normalized() + " may be in ward "
                    + candidates.stream().map(String::valueOf).collect(Collectors.joining(" or ward "))
                    + "; send the resident's choice as 'ward'.", Map.of("candidates", found.candidates()));
        }
        if (!candidates.contains(confirmed)) {
            throw Problems.of(ProblemType.WARD_MISMATCH, found.address().normalized() + " can be in ward "
                    + candidates.stream().map(String::valueOf).collect(Collectors.joining(" or ward "))
                    + ", not ward " + confirmed + ".", Map.of("candidates", found.candidates()));
        }
        return confirmed;
    }

    private int fromPoint(double lat, double lon, Integer confirmed) {
        PointLookup found = wards.lookup(lat, lon).orElseThrow(() -> Problems.of(ProblemType.OUTSIDE_CITY,
                "The point " + lat + ", " + lon + " is not inside any Chicago ward."));
        int ward = found.ward().number();
        if (confirmed != null && confirmed != ward) {
            throw Problems.of(ProblemType.WARD_MISMATCH, "That location is in ward " + ward + ", not ward " + confirmed + ".",
                    Map.of("ward", ward));
        }
        return ward;
    }
}
