package org.aldermail.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Objects;

/**
 * Reads a JSON request body into its record and checks the record's field rules, so that a body that is not JSON, a
 * value of the wrong type and a broken rule all answer the same way: an {@code invalid-field} problem naming the field,
 * in the reader's language. (Left to the REST layer, the first two would be answered by the problem extension's own
 * mappers, in English and without our type.)
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper json;
    private final Validator validator;

    public JsonBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @throws ProblemException no body, not JSON, a value of the wrong type, or a broken field rule */
    public <T> T read(String body, Class<T> type, Runnable whenEmpty) {
        if (body == null || body.isBlank()) {
            whenEmpty.run();
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (JsonMappingException e) {
            String field = fieldOf(e);
            throw field == null
                    ? ProblemException.invalidField("body", m -> m.detail_not_json())
                    : ProblemException.invalidField(field, m -> m.detail_invalid(field));
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidField("body", m -> m.detail_not_json());
        }
        if (value == null) {
            whenEmpty.run();
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw FieldViolation.problemOf(violations);
        }
        return value;
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull)
                .reduce((first, last) -> last)
                .orElse(null);
    }
}
