package org.aldermail.observe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.OutboxDispatcher;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /q/metrics}: only on the management port, and the series move with what residents do. */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class MetricsTest {

    /** Past {@code aldermail.delivery.metrics-max-age} (10 s), so the gauges count again. */
    private static final Duration PAST_GAUGE_CACHE = Duration.ofSeconds(11);

    private static final Pattern CONFIRM_LINK = Pattern.compile("/letters/confirm/([A-Za-z0-9_-]{43})");

    /** The management interface serves its endpoints under /q, which this URL already has. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/metrics/", "/q/metrics/prometheus", "/metrics", "/q/../q/metrics"})
    void thePublicPortServesNoMetrics(String path) {
        String answer = given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertThat(answer).doesNotContain("aldermail_", "jvm_", "# TYPE");
    }

    @Test
    void theManagementPortServesPrometheusText() {
        Scrape scrape = Scrape.of(metrics);
        assertThat(scrape.text()).contains("# TYPE aldermail_letters gauge");
        assertThat(scrape.samples())
                .extracting(Scrape.Sample::name)
                .contains(
                        "aldermail_letters",
                        "aldermail_lookups_total",
                        "aldermail_outbox_backlog",
                        "aldermail_outbox_oldest_waiting_seconds",
                        "aldermail_mail_send_seconds_count");
    }

    @Test
    void eachAddressLookupCountsUnderItsOutcome() {
        assertLookupCounted("2650 West 51st Street, Chicago, IL 60632", "resolved", "none");
        // North of Augusta a ward line crosses the street near this number: two wards possible
        assertLookupCounted("1400 W Augusta Blvd", "ambiguous", "none");
        assertLookupCounted("2650 W Nowhereinparticular St", "unresolved", "street_not_found");
    }

    private void assertLookupCounted(String address, String outcome, String reason) {
        Scrape before = Scrape.of(metrics);
        given().queryParam("address", address).get("/api/v1/lookup");
        Scrape after = Scrape.of(metrics);
        String[] series = {"kind", "address", "outcome", outcome, "reason", reason};
        assertThat(after.value("aldermail_lookups_total", series) - before.value("aldermail_lookups_total", series))
                .as("%s → %s", address, outcome)
                .isEqualTo(1.0);
    }

    @Test
    void pointLookupsCountAsResolvedOrOutsideTheCity() {
        Scrape before = Scrape.of(metrics);
        given().queryParam("lat", 41.8011).queryParam("lon", -87.6912).get("/api/v1/lookup");
        given().queryParam("lat", 41.0).queryParam("lon", -87.0).get("/api/v1/lookup");
        Scrape after = Scrape.of(metrics);
        String[] resolved = {"kind", "point", "outcome", "resolved"};
        String[] outside = {"kind", "point", "outcome", "unresolved", "reason", "outside_city"};
        assertThat(after.value("aldermail_lookups_total", resolved) - before.value("aldermail_lookups_total", resolved))
                .isEqualTo(1.0);
        assertThat(after.value("aldermail_lookups_total", outside) - before.value("aldermail_lookups_total", outside))
                .isEqualTo(1.0);
    }

    @Test
    void lettersByStatusBacklogAndSendTimeFollowALetterFromTheDatabase() {
        clock.advance(PAST_GAUGE_CACHE);
        Scrape before = Scrape.of(metrics);

        String email = "metrics+" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Marisol Quintero",
                        "email", email,
                        "address", "2650 W 51st St",
                        "lat", 41.80114728284117,
                        "lon", -87.69116329942362,
                        "language", "en",
                        "mode", "server"))
                .post("/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters")
                .then()
                .statusCode(202);

        clock.advance(PAST_GAUGE_CACHE);
        Scrape submitted = Scrape.of(metrics);
        assertThat(submitted.value("aldermail_letters", "status", "pending_confirmation")
                        - before.value("aldermail_letters", "status", "pending_confirmation"))
                .isEqualTo(1.0);
        assertThat(submitted.value("aldermail_outbox_backlog", "kind", "confirmation")
                        - before.value("aldermail_outbox_backlog", "kind", "confirmation"))
                .isEqualTo(1.0);
        assertThat(submitted.value("aldermail_outbox_oldest_waiting_seconds")).isGreaterThanOrEqualTo(0);

        dispatcher.dispatchDue();
        clock.advance(PAST_GAUGE_CACHE);
        Scrape dispatched = Scrape.of(metrics);
        assertThat(dispatched.value("aldermail_outbox_backlog", "kind", "confirmation"))
                .isLessThan(submitted.value("aldermail_outbox_backlog", "kind", "confirmation"));
        assertThat(dispatched.value("aldermail_mail_send_seconds_count", "outcome", "sent"))
                .isGreaterThan(submitted.value("aldermail_mail_send_seconds_count", "outcome", "sent"));

        String token = confirmationToken(email);
        // The confirmation page's address, with its token, must not become a label of the HTTP server metrics.
        given().get("/letters/confirm/" + token).then().statusCode(200);
        Scrape last = Scrape.of(metrics);
        assertThat(last.labelValues())
                .noneMatch(value -> value.contains(token)
                        || value.contains(email)
                        || value.contains("Quintero")
                        || value.contains("51st")
                        || value.contains("Augusta")
                        || value.contains("Nowhereinparticular"));
        assertThat(last.text()).doesNotContain(token, email, "Quintero");
    }

    private String confirmationToken(String email) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        Matcher link = CONFIRM_LINK.matcher(mails.get(0).getText());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
