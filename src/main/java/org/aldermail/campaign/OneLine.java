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
 * One line of a letter (a name, an address, a subject): no line break, control or invisible formatting character, at most {@code max} characters after trimming. Null is valid (pair it with a required rule). The rules themselves live in {@link LetterInput}.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = OneLine.Validator.class)
public @interface OneLine {

    int max();

    String message() default FieldRules.TOO_LONG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneLine, String> {

        private int max;

        @Override
        public void initialize(OneLine annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return LetterInput.lineProblem(value, max)
                    .map(rule -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(rule).addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
