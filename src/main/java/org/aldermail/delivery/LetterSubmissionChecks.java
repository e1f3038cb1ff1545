package org.aldermail.delivery;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.aldermail.web.FieldRules;

/** The rules of a {@link LetterSubmission} that tie two fields together, each reported on the field to fix. */
public final class LetterSubmissionChecks {

    private LetterSubmissionChecks() {}

    /** A letter sent for the resident needs their email: to confirm it, and as its Reply-To. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = EmailWhenSentForYou.Validator.class)
    public @interface EmailWhenSentForYou {
        String message() default FieldRules.REQUIRED;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<EmailWhenSentForYou, LetterSubmission> {
            @Override
            public boolean isValid(LetterSubmission letter, ConstraintValidatorContext context) {
                boolean server = letter.mode() != null
                        && "server".equalsIgnoreCase(letter.mode().strip());
                if (!server || (letter.email() != null && !letter.email().isBlank())) {
                    return true;
                }
                return report(context, "email", FieldRules.REQUIRED);
            }
        }
    }

    /** A location is both {@code lat} and {@code lon}, or neither. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = CoordinatesTogether.Validator.class)
    public @interface CoordinatesTogether {
        String message() default FieldRules.COORDINATES_PAIR;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<CoordinatesTogether, LetterSubmission> {
            @Override
            public boolean isValid(LetterSubmission letter, ConstraintValidatorContext context) {
                if ((letter.lat() == null) == (letter.lon() == null)) {
                    return true;
                }
                return report(context, letter.lat() == null ? "lat" : "lon", FieldRules.COORDINATES_PAIR);
            }
        }
    }

    private static boolean report(ConstraintValidatorContext context, String field, String rule) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(rule)
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}
