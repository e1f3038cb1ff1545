package org.aldermail.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Builds the API's application/problem+json answers (RFC 9457) in the request's language. Only resources and
 * exception mappers use it: below them, features speak in typed domain exceptions.
 */
public final class Problems {

    private Problems() {}

    /** The problem texts in the language the request prefers ({@code Accept-Language}), English by default. */
    public static ProblemMessages messages(HttpHeaders headers) {
        return messages(RequestLanguage.of(null, headers));
    }

    public static ProblemMessages messages(Language language) {
        return MessageBundles.get(ProblemMessages.class, Localized.Literal.of(language.code()));
    }

    public static Response response(ProblemType type, HttpHeaders headers, String detail) {
        return response(type, headers, detail, Map.of());
    }

    public static Response response(ProblemType type, HttpHeaders headers, String detail, Map<String, ?> extensions) {
        Language language = RequestLanguage.of(null, headers);
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(type.uri())
                .withTitle(type.title(messages(language)))
                .withStatus(type.status())
                .withDetail(detail)
                .withHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
        extensions.forEach(builder::with);
        return builder.build().toResponse();
    }

    /** "a, b and c" in the request's language. */
    public static String list(ProblemMessages messages, List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(messages.list_separator() + " ", items.subList(0, items.size() - 1)) + " "
                + messages.list_and() + " " + items.get(items.size() - 1);
    }

    /** "15 or ward 16" in the request's language. */
    public static String wards(ProblemMessages messages, List<Integer> wards) {
        return String.join(
                " " + messages.detail_or_ward() + " ",
                wards.stream().map(String::valueOf).toList());
    }
}
