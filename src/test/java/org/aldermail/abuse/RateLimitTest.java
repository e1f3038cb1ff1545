package org.aldermail.abuse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aldermail.campaign.CampaignRegistry;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.testsupport.MovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limits, with small limits of this test's own (3 letters per client per hour, 2 per email per day, 6 per
 * alder and 9 per campaign per hour) and a clock the test moves: each test starts in an hour of its own.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
@WithTestResource(TestCampaigns.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "aldermail.abuse.letters-per-client-per-hour", "3",
                    "aldermail.abuse.letters-per-email-per-day", "2",
                    "aldermail.abuse.letters-per-alder-per-hour", "6",
                    "aldermail.abuse.letters-per-campaign-per-hour", "9");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final String LETTERS = "/api/v1/campaigns/" + CAMPAIGN + "/letters";
    private static final Instant BASE =
            Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3));
    private static final AtomicInteger HOURS = new AtomicInteger();

    @Inject
    MovableClock clock;

    @Inject
    RateLimits limits;

    @Inject
    FormTokens tokens;

    @Inject
    EntityManager em;

    @Inject
    CampaignRegistry registry;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A quarter past an hour no other test uses: 45 minutes (2,700 s) are left in the window. */
    @BeforeEach
    void anHourOfItsOwn() {
        clock.set(BASE.plus(Duration.ofHours(HOURS.incrementAndGet() * 10L)).plus(Duration.ofMinutes(15)));
    }

    /** Counted as the app counts: in the transaction of what is counted, here nothing else. */
    private void counted(RateLimits.Attempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> limits.count(attempt));
    }

    @Test
    void theFourthLetterFromOneClientInAnHourIs429WithRetryAfterAndAForgedForwardedForDoesNotHelp() {
        for (int i = 0; i < 3; i++) {
            linkLetter(CAMPAIGN, email(), "198.51.100." + i).statusCode(200);
        }
        linkLetter(CAMPAIGN, email(), "198.51.100.99")
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "2700")
                .body("type", equalTo("/problems/rate-limited"))
                .body("status", equalTo(429));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "es")
                .body(letter(email(), "link"))
                .post(LETTERS)
                .then()
                .statusCode(429)
                .body("title", equalTo("Demasiadas cartas"));

        clock.advance(Duration.ofMinutes(45));
        linkLetter(CAMPAIGN, email(), null).statusCode(200);
    }

    @Test
    void iSentItReportsCountLikeLettersAndOpenedOnesDoNot() {
        String first =
                linkLetter(CAMPAIGN, email(), null).statusCode(200).extract().path("id");
        String second =
                linkLetter(CAMPAIGN, email(), null).statusCode(200).extract().path("id");
        event(first, "self_reported").statusCode(202);
        event(second, "self_reported").statusCode(429).header("Retry-After", "2700");
        event(second, "opened").statusCode(202);
    }

    @Test
    void anEmailTakesAFewLettersADayAndARefusedLetterUsesUpNothing() {
        clock.set(BASE.plus(Duration.ofDays(100)).plus(Duration.ofMinutes(75))); // early in a day of its own
        String email = email();
        linkLetter(CAMPAIGN, email, null).statusCode(200);
        linkLetter(CAMPAIGN, email, null).statusCode(200);
        clock.advance(Duration.ofHours(2)); // a new hour for the client, the same day for the email
        linkLetter(CAMPAIGN, email, null).statusCode(429).body("type", equalTo("/problems/rate-limited"));
        // The refused letter took nothing from the client's three.
        for (int i = 0; i < 3; i++) {
            linkLetter(CAMPAIGN, email(), null).statusCode(200);
        }
        linkLetter(CAMPAIGN, email(), null).statusCode(429);
    }

    @Test
    void thePagesSayWhenToTryAgainInTheResidentsLanguage() {
        String id = null;
        for (int i = 0; i < 3; i++) {
            id = linkLetter(CAMPAIGN, email(), null).statusCode(200).extract().path("id");
        }
        page(
                        "send",
                        Map.of(
                                "address", "2650 W 51st St",
                                "ward", "15",
                                "name", "Ana Pérez",
                                "email", email(),
                                "mode", "link",
                                "lang", "es"))
                .statusCode(429)
                .contentType("text/html")
                .header("Retry-After", "2700")
                .body(containsString("Espere un poco, por favor"))
                .body(containsString("Inténtelo de nuevo en 45 minutos"))
                .body(containsString("href=\"/c/" + CAMPAIGN + "?lang=es\""));
        page("sent", Map.of("letter", id, "lang", "en"))
                .statusCode(429)
                .body(containsString("Please wait a little"))
                .body(containsString("Please try again in 45 minutes."));
    }

    @Test
    void aCampaignCanRaiseItsLimitPerClient() {
        String slug = "raised-limit";
        TestCampaigns.add(slug, yaml -> yaml + "letters-per-client-per-hour: 5\n", text -> text);
        registry.refresh();
        try {
            for (int i = 0; i < 5; i++) {
                linkLetter(slug, email(), null).statusCode(200);
            }
            linkLetter(slug, email(), null).statusCode(429);
        } finally {
            TestCampaigns.remove(slug);
            registry.refresh();
        }
    }

    @Test
    void concurrentAttemptsNeverPassTheLimit() throws Exception {
        String campaign = "concurrent-" + UUID.randomUUID();
        ClientAddress client = new ClientAddress("198.51.100.77");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Callable<Boolean> attempt = () -> {
                    try {
                        counted(new RateLimits.Attempt(campaign, Optional.empty(), client, Optional.empty(), 33));
                        return true;
                    } catch (RateLimited limited) {
                        return false;
                    }
                };
                attempts.add(pool.submit(attempt));
            }
            int taken = 0;
            for (Future<Boolean> attempt : attempts) {
                taken += attempt.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFirstAttemptsOnNewBucketsAreAllTakenUnderTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String campaign = "fresh-" + UUID.randomUUID();
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int ward = 10 + i;
                    Callable<Boolean> attempt = () -> {
                        try {
                            counted(new RateLimits.Attempt(
                                    campaign,
                                    Optional.of(50),
                                    new ClientAddress("198.51.100.88"),
                                    Optional.empty(),
                                    ward));
                            return true;
                        } catch (RateLimited limited) {
                            return false;
                        }
                    };
                    attempts.add(pool.submit(attempt));
                }
                for (Future<Boolean> attempt : attempts) {
                    assertThat(attempt.get()).as("8 of a limit of 9 and 50").isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachAlderAndEachCampaignHasACeilingOverAllClients() {
        String campaign = "ceiling-" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            counted(attempt(campaign, "203.0.113." + i, 40));
        }
        assertThatThrownBy(() -> counted(attempt(campaign, "203.0.113.50", 40)))
                .isInstanceOfSatisfying(
                        RateLimited.class, e -> assertThat(e.scope()).isEqualTo(RateLimits.Scope.ALDER));
        for (int i = 0; i < 3; i++) {
            counted(attempt(campaign, "203.0.113." + (60 + i), 41));
        }
        assertThatThrownBy(() -> counted(attempt(campaign, "203.0.113.70", 42)))
                .isInstanceOfSatisfying(
                        RateLimited.class, e -> assertThat(e.scope()).isEqualTo(RateLimits.Scope.CAMPAIGN));
    }

    @Test
    void countersKeepNoAddressAndEndedWindowsAreCleanedUp() {
        counted(attempt("cleanup-" + UUID.randomUUID(), "203.0.113.200", 44));
        List<String> buckets = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select c.bucket from RateCounter c", String.class)
                        .getResultList());
        assertThat(buckets).isNotEmpty().allMatch(bucket -> bucket.matches("[0-9a-f]{64}"));

        clock.advance(Duration.ofDays(2));
        assertThat(limits.cleanUp()).isPositive();
        long left = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select count(c) from RateCounter c", Long.class)
                        .getSingleResult());
        assertThat(left).isZero();
    }

    private static RateLimits.Attempt attempt(String campaign, String client, int ward) {
        return new RateLimits.Attempt(campaign, Optional.empty(), new ClientAddress(client), Optional.empty(), ward);
    }

    private static String email() {
        return "limits+" + UUID.randomUUID() + "@example.org";
    }

    private static Map<String, Object> letter(String email, String mode) {
        return Map.of(
                "name", "Ana Pérez",
                "email", email,
                "address", "2650 W 51st St",
                "language", "en",
                "mode", mode);
    }

    private static ValidatableResponse linkLetter(String campaign, String email, String forwardedFor) {
        var request = given().contentType(ContentType.JSON).body(letter(email, "link"));
        if (forwardedFor != null) {
            request = request.header("X-Forwarded-For", forwardedFor);
        }
        return request.post("/api/v1/campaigns/" + campaign + "/letters").then();
    }

    private static ValidatableResponse event(String id, String type) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("type", type))
                .post("/api/v1/letters/" + id + "/events")
                .then();
    }

    /** Posts a page's form as a person would: its token issued when the page was shown, the fill time ago. */
    private ValidatableResponse page(String step, Map<String, String> fields) {
        String action = "/c/" + CAMPAIGN + "/" + step;
        Instant now = clock.instant();
        clock.set(now.minusSeconds(3));
        Map<String, Object> signed = new HashMap<>(fields);
        signed.put("formToken", tokens.issue(action));
        clock.set(now);
        return given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(signed)
                .post(action)
                .then();
    }
}
