package org.aldermail.campaign;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.aldermail.web.FieldRules;

/**
 * A multi-line text of a letter (the body, the personal sentence): no control or invisible formatting character but line breaks and tabs, at most {@code max} characters. Null is valid. The rules themselves live in {@link LetterInput}.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = LetterText.Validator.class)
public @interface LetterText {

    int max();

    String message() default FieldRules.TOO_LONG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LetterText, String> {

        private int max;

        @Override
        public void initialize(LetterText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return LetterInput.textProblem(value, max)
                    .map(rule -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(rule).addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
