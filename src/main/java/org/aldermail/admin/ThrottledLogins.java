package org.aldermail.admin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.aldermail.abuse.ClientAddress;
import org.aldermail.abuse.ClientAddresses;

/**
 * Every password login (the form's {@code /j_security_check}) passes here before the Quarkus Security JPA check of
 * the organizer accounts: a username or client locked out by {@link LoginThrottle} is refused without checking the
 * password, and a failed check is counted. Asked first because its priority is above the JPA provider's; it hands the
 * check itself to that provider.
 */
@ApplicationScoped
class ThrottledLogins implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Where a refused try leaves how long the lockout lasts, for {@link LoginLockoutResponses}. */
    static final String LOCKED_OUT = "aldermail.login-locked-out";

    private final JpaIdentityProvider accounts;
    private final LoginThrottle throttle;
    private final ClientAddresses clients;

    ThrottledLogins(JpaIdentityProvider accounts, LoginThrottle throttle, ClientAddresses clients) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clients = clients;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return accounts.priority() + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        ClientAddress client = http == null ? ClientAddress.UNKNOWN : clients.of(http.request());
        String username = request.getUsername();
        return blocking(() -> throttle.lockedOutFor(username, client))
                .flatMap(lockedOut -> lockedOut.isPresent()
                        ? refuse(http, lockedOut)
                        : accounts.authenticate(request, context)
                                .onItem()
                                .ifNull()
                                .failWith(AuthenticationFailedException::new)
                                .onFailure(AuthenticationFailedException.class)
                                .call(failed -> blocking(() -> {
                                    throttle.recordFailure(username, client);
                                    return Boolean.TRUE;
                                })));
    }

    /** The database is blocking: off the event loop, on the worker pool. */
    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Uni<SecurityIdentity> refuse(RoutingContext http, Optional<Duration> lockedOut) {
        if (http != null) {
            http.put(LOCKED_OUT, lockedOut.get());
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("locked out"));
    }
}
