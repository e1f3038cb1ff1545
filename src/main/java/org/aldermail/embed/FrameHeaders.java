package org.aldermail.embed;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Who may show our pages in a frame, on every response the HTTP server writes (pages, the API, static files,
 * {@code /q/*}, errors, other features' routes): the embed ({@code /embed/**}) may be framed by our own pages and the
 * partner origins; everything else by nobody ({@code frame-ancestors 'none'} and, for browsers that know only the older
 * header, {@code X-Frame-Options: DENY}). Set just before the headers go out, so it is added to the page's own
 * Content-Security-Policy rather than replacing it, and no route can forget it.
 */
@ApplicationScoped
public class FrameHeaders {

    static final String CSP = "Content-Security-Policy";
    static final String X_FRAME_OPTIONS = "X-Frame-Options";
    static final String NOBODY = "frame-ancestors 'none'";
    private static final String EMBED = "/embed/";
    /** Before the routes run, so the handler is in place whatever answers the request. */
    private static final int PRIORITY = 1000;

    private final String partners;

    public FrameHeaders(EmbedOrigins origins) {
        this.partners = origins.anySite()
                ? "frame-ancestors *"
                : "frame-ancestors 'self'"
                        + origins.listed().stream().map(o -> " " + o).collect(Collectors.joining());
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        boolean embed = isEmbed(context.request().path());
        context.addHeadersEndHandler(ignored -> apply(embed, context.response().headers()));
        context.next();
    }

    /**
     * The embed's pages, by the path as sent. Anything unusual in it (percent-encoding, dot segments) could be routed
     * elsewhere than it reads, so it gets the strict policy.
     */
    static boolean isEmbed(String rawPath) {
        return rawPath != null
                && rawPath.startsWith(EMBED)
                && rawPath.indexOf('%') < 0
                && !rawPath.contains("/.")
                && !rawPath.contains("//")
                && !rawPath.contains("\\");
    }

    void apply(boolean embed, MultiMap headers) {
        String ancestors = embed ? partners : NOBODY;
        String policy = headers.get(CSP);
        headers.set(CSP, policy == null || policy.isBlank() ? ancestors : withoutAncestors(policy) + "; " + ancestors);
        if (embed) {
            headers.remove(X_FRAME_OPTIONS);
        } else {
            headers.set(X_FRAME_OPTIONS, "DENY");
        }
    }

    /** The policy without a {@code frame-ancestors} of its own: this class decides that one. */
    private static String withoutAncestors(String policy) {
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(directive -> !directive.isEmpty() && !directive.startsWith("frame-ancestors"))
                .collect(Collectors.joining("; "));
    }
}
