package org.aldermail.admin;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aldermail.abuse.ClientAddress;
import org.aldermail.abuse.ServerSecret;

/**
 * Failed logins, counted per username and per client in the database, so every instance shares the count and a restart
 * forgets nothing. After {@code max-failed-logins} failures for a subject within {@code failed-login-window}, its tries
 * are refused for {@code lockout} from the last of them, whatever the password. Refused tries are not counted, so the
 * lockout ends when it says.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final ServerSecret secret;
    private final AdminConfig config;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, ServerSecret secret, AdminConfig config, Clock clock) {
        this.failures = failures;
        this.secret = secret;
        this.config = config;
        this.clock = clock;
    }

    /**
     * How long tries for this username or from this client are refused still; empty when they are not. In a
     * transaction of its own: the login is checked on a worker thread without a request context.
     */
    public Optional<Duration> lockedOutFor(String username, ClientAddress client) {
        OffsetDateTime now = now();
        Optional<OffsetDateTime> until = lockedUntil(userSubject(username), now)
                .map(u -> lockedUntil(clientSubject(client), now)
                        .filter(c -> c.isAfter(u))
                        .orElse(u))
                .or(() -> lockedUntil(clientSubject(client), now));
        return until.map(u -> Duration.between(now, u));
    }

    public void recordFailure(String username, ClientAddress client) {
        OffsetDateTime now = now();
        for (String subject : List.of(userSubject(username), clientSubject(client))) {
            LoginFailure failure = new LoginFailure();
            failure.subject = subject;
            failure.failedAt = now;
            failures.persist(failure);
        }
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanUp() {
        cleanUp();
    }

    /** Deletes failures too old to count in any lockout. */
    public long cleanUp() {
        return failures.deleteBefore(now().minus(config.failedLoginWindow()).minus(config.lockout()));
    }

    /**
     * The end of the latest lockout: the moment {@code lockout} after any failure that made {@code max} within one
     * window. Empty when that moment has passed.
     */
    private Optional<OffsetDateTime> lockedUntil(String subject, OffsetDateTime now) {
        int max = config.maxFailedLogins();
        List<OffsetDateTime> times = failures.failuresSince(
                subject, now.minus(config.failedLoginWindow()).minus(config.lockout()));
        OffsetDateTime until = null;
        for (int i = max - 1; i < times.size(); i++) {
            if (!times.get(i).isAfter(times.get(i - max + 1).plus(config.failedLoginWindow()))) {
                until = times.get(i).plus(config.lockout());
            }
        }
        return Optional.ofNullable(until).filter(u -> u.isAfter(now));
    }

    private String userSubject(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return secret.hmacHex("login-throttle", "user\n" + name);
    }

    private String clientSubject(ClientAddress client) {
        return secret.hmacHex("login-throttle", "client\n" + client.value());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
