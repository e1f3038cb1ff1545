package org.aldermail.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.aldermail.campaign.LetterInput;
import org.aldermail.campaign.LetterText;
import org.aldermail.campaign.OneLine;
import org.aldermail.ward.Coordinates;
import org.aldermail.web.FieldRules;
import org.aldermail.web.LanguageCode;
import org.aldermail.web.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.Range;

/**
 * What a resident (or a partner's form) posts to send a letter, and the one home of every rule its fields keep:
 * the API validates it as it arrives, the pages build one from their form and validate it the same way. The
 * {@code address} signs the letter and, without {@code lat} and {@code lon}, finds the ward; {@code ward} chooses
 * one of the candidates when the address lies where two wards meet. {@code altcha} is the solved proof-of-work
 * challenge (the ALTCHA widget's base64 payload) that a server-mode letter needs when proof of work is on; it is not
 * part of the letter.
 */
@LetterSubmissionChecks.EmailWhenSentForYou
@LetterSubmissionChecks.CoordinatesTogether
public record LetterSubmission(
        @NotBlank(message = FieldRules.REQUIRED) @OneLine(max = LetterInput.MAX_NAME)
        String name,

        @Mailbox String email,

        @NotBlank(message = FieldRules.REQUIRED) @OneLine(max = LetterInput.MAX_ADDRESS)
        String address,

        // The API description reads @Range as its inner @Min/@Max's defaults (0 and Long.MAX_VALUE): say the real ones.
        @Range(min = Coordinates.MIN_LATITUDE, max = Coordinates.MAX_LATITUDE, message = FieldRules.RANGE)
        @Schema(minimum = "" + Coordinates.MIN_LATITUDE, maximum = "" + Coordinates.MAX_LATITUDE)
        Double lat,

        @Range(min = Coordinates.MIN_LONGITUDE, max = Coordinates.MAX_LONGITUDE, message = FieldRules.RANGE)
        @Schema(minimum = "" + Coordinates.MIN_LONGITUDE, maximum = "" + Coordinates.MAX_LONGITUDE)
        Double lon,

        @Range(min = 1, max = 50, message = FieldRules.RANGE) @Schema(minimum = "1", maximum = "50")
        Integer ward,

        @NotBlank(message = FieldRules.REQUIRED) @LanguageCode
        String language,

        @OneLine(max = LetterInput.MAX_SUBJECT) String subject,
        @LetterText(max = LetterInput.MAX_BODY) String body,
        @LetterText(max = LetterInput.MAX_PERSONAL_NOTE) String personalNote,

        @NotBlank(message = FieldRules.REQUIRED) @OneOf({"server", "link"})
        String mode,

        Boolean ccMe,

        @Pattern(regexp = Sources.PATTERN, message = FieldRules.SOURCE)
        String source,

        String altcha) {

    /** The same submission without its proof of work: what an Idempotency-Key stands for. */
    public LetterSubmission withoutProof() {
        return new LetterSubmission(
                name, email, address, lat, lon, ward, language, subject, body, personalNote, mode, ccMe, source, null);
    }

    /** The browser's location, when it was sent instead of finding the ward from the address. */
    public Coordinates point() {
        return lat == null || lon == null ? null : new Coordinates(lat, lon);
    }
}
