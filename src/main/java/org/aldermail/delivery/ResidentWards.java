package org.aldermail.delivery;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

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

    ResidentWards(WardService wards) {
        this.wards = wards;
    }

    int resolve(LetterSubmission submission) {
        SubmissionRules.coordinates(submission.lat(), submission.lon());
        Integer confirmed = SubmissionRules.ward(submission.ward());
        if (submission.lat() != null) {
            return fromPoint(submission.lat(), submission.lon(), confirmed);
        }
        throw Problems.invalidField("address", "Addresses cannot be located yet; send 'lat' and 'lon'.");
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
