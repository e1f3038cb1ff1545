package org.aldermail.admin;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two changes to what Quarkus's form login answers, made on the way out:
 *
 * <ul>
 *   <li>a try refused by {@link ThrottledLogins} answers 429 with {@code Retry-After}, instead of the login form's
 *       error redirect (a {@code Refresh} header still takes a browser back to the login page, which says why);
 *   <li>the session cookie is marked {@code Secure} (when {@code aldermail.admin.secure-cookies}), even when TLS ended
 *       at a proxy that did not say so.
 * </ul>
 *
 * <p>A Vert.x filter, because the login post never reaches JAX-RS: Quarkus's authentication handles it first.
 */
@ApplicationScoped
class LoginLockoutResponses {

    /** Before Quarkus's authentication (priority 200) and authorization. */
    static final int PRIORITY = 1000;

    static final String LOGIN_PAGE = "/admin/login";

    private final AdminConfig config;
    private final String loginPost;
    private final String sessionCookie;

    LoginLockoutResponses(
            AdminConfig config,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
                    String loginPost,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
                    String sessionCookie) {
        this.config = config;
        this.loginPost = loginPost;
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext context) {
        boolean loginPost =
                context.request().method() == HttpMethod.POST && loginPost().equals(context.normalizedPath());
        if (loginPost || config.secureCookies()) {
            context.addHeadersEndHandler(ignored -> beforeHeaders(context, loginPost));
        }
        context.next();
    }

    private void beforeHeaders(RoutingContext context, boolean loginPost) {
        HttpServerResponse response = context.response();
        if (config.secureCookies()) {
            // Only a cookie this response sets: the one the browser sent is not to be sent back.
            Cookie session = context.request().getCookie(sessionCookie);
            if (session instanceof ServerCookie set && set.isChanged() && !set.isFromUserAgent()) {
                session.setSecure(true);
            }
        }
        Duration lockedOut = loginPost ? context.get(ThrottledLogins.LOCKED_OUT) : null;
        if (lockedOut != null) {
            long seconds = Math.max(1, lockedOut.toSeconds() + (lockedOut.toNanosPart() > 0 ? 1 : 0));
            response.setStatusCode(429);
            response.headers().remove("Location");
            response.headers().set("Retry-After", Long.toString(seconds));
            response.headers().set("Refresh", "0; url=" + LOGIN_PAGE + "?locked=true");
            response.headers().set("Cache-Control", "no-store");
        }
    }

    private String loginPost() {
        return loginPost;
    }
}
