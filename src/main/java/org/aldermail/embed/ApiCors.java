package org.aldermail.embed;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.aldermail.web.Origins;

/**
 * Cross-origin reads of the JSON API ({@code /api/v1/**}) from partner pages, and only from them: the answer names the
 * partner's own origin (or {@code *} where the operator wrote {@code *}), never whatever {@code Origin} came in, never
 * {@code null}, and never with credentials (the API uses no cookie). Other paths get no CORS header at all.
 *
 * <p>Not {@code quarkus.http.cors}: that filter covers every route, not only the API, and answers any request from
 * an origin it does not know with a bare 403, which would replace the resident's "start again" page for a form posted
 * from another site. Here a request from an unknown origin is answered as usual, without CORS headers, and the browser
 * keeps the answer from the other site's script.
 */
@ApplicationScoped
public class ApiCors {

    static final String API = "/api/v1/";
    static final String METHODS = "GET, POST";
    static final String REQUEST_HEADERS = "Accept, Accept-Language, Content-Type, Idempotency-Key";
    static final String EXPOSED_HEADERS = "Content-Language, Retry-After, Location";
    private static final String MAX_AGE = "600";
    private static final int PRIORITY = 900;

    private final EmbedOrigins origins;

    public ApiCors(EmbedOrigins origins) {
        this.origins = origins;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        if (!context.normalizedPath().startsWith(API)) {
            context.next();
            return;
        }
        MultiMap headers = context.response().headers();
        headers.add("Vary", "Origin");
        Optional<String> allowed = allowedFor(context.request().getHeader("Origin"));
        if (allowed.isEmpty()) {
            context.next();
            return;
        }
        headers.set("Access-Control-Allow-Origin", allowed.get());
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            context.next();
            return;
        }
        headers.set("Access-Control-Allow-Methods", METHODS);
        headers.set("Access-Control-Allow-Headers", REQUEST_HEADERS);
        headers.set("Access-Control-Max-Age", MAX_AGE);
        context.response().setStatusCode(204).end();
    }

    /** What {@code Access-Control-Allow-Origin} says to this {@code Origin}, if anything. */
    Optional<String> allowedFor(String origin) {
        Optional<String> sent = Origins.strict(origin).filter(normalized -> normalized.equals(origin));
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        if (origins.listed().contains(sent.get())) {
            return sent;
        }
        return origins.anySite() ? Optional.of("*") : Optional.empty();
    }
}
