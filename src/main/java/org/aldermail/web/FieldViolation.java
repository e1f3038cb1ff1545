package org.aldermail.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One broken field rule, as the API and the pages both describe it: which field (or query parameter), which of
 * the {@link FieldRules}, and the rule's bounds.
 *
 * @param parameter true for a query or path parameter, false for a field of a request body or form
 */
public record FieldViolation(String field, String rule, boolean parameter, Long min, Long max, List<String> allowed) {

    public static FieldViolation of(ConstraintViolation<?> violation) {
        Path.Node leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node;
        }
        boolean parameter = leaf != null && leaf.getKind() == ElementKind.PARAMETER;
        String field = leaf == null || leaf.getName() == null ? "body" : leaf.getName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return new FieldViolation(
                field,
                violation.getMessageTemplate(),
                parameter,
                number(attributes.get("min")),
                number(attributes.get("max")),
                attributes.get("value") instanceof String[] words ? List.of(words) : List.of());
    }

    /** The first of several broken rules (by field name, so the answer is stable) as the API's problem. */
    public static ProblemException problemOf(Collection<? extends ConstraintViolation<?>> violations) {
        FieldViolation first = violations.stream()
                .map(FieldViolation::of)
                .min(Comparator.comparing(FieldViolation::field))
                .orElseThrow();
        return first.parameter()
                ? ProblemException.invalidParameter(first.field(), first::detail)
                : ProblemException.invalidField(first.field(), first::detail);
    }

    /** The API's words for it, in the reader's language. */
    public String detail(ProblemMessages m) {
        return switch (rule) {
            case FieldRules.REQUIRED -> m.detail_required(field);
            case FieldRules.TOO_LONG -> m.detail_too_long(field, max == null ? 0 : max.intValue());
            case FieldRules.ONE_LINE -> m.detail_one_line(field);
            case FieldRules.CONTROL_CHARACTER -> m.detail_control_character(field);
            case FieldRules.EMAIL -> m.detail_email(field);
            case FieldRules.ONE_OF -> m.detail_one_of(field, String.join(", ", allowed));
            case FieldRules.LANGUAGE -> m.detail_one_of(field, String.join(", ", Language.codes()));
            case FieldRules.SOURCE -> m.detail_source(field);
            case FieldRules.RANGE -> m.detail_range(field, String.valueOf(min), String.valueOf(max));
            case FieldRules.COORDINATES_PAIR -> m.detail_coordinates_pair();
            default -> m.detail_invalid(field);
        };
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
