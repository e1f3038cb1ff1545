package org.aldermail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.TestCampaigns;
import org.junit.jupiter.api.Test;

/**
 * Identical submissions racing each other, as when a resident double-taps "send" or a partner's form
 * retries: one letter, whatever the interleaving (the others get repeat receipts, which look like new letters). Run on H2 and on PostgreSQL (CI's second pass).
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class ConcurrentSubmissionTest {

    private static final int RACERS = 50;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private List<HttpResponse<String>> race(
            int racers, int distinctBodies, Map<String, String> headers, java.util.function.IntFunction<String> body)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int racer = i % distinctBodies;
                Callable<HttpResponse<String>> call = () -> {
                    HttpRequest.Builder request = HttpRequest.newBuilder(
                                    URI.create(base + "api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.apply(racer)));
                    headers.forEach(request::header);
                    start.await();
                    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String body(String email, String mode) throws Exception {
        Map<String, Object> submission = LetterResourceTest.submission(mode);
        submission.put("email", email);
        return json.writeValueAsString(submission);
    }

    private long lettersFrom(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(l) from Letter l where lower(l.residentEmail) = :email", Long.class)
                        .setParameter("email", email.toLowerCase())
                        .getSingleResult());
    }

    private static Set<String> ids(List<HttpResponse<String>> responses) {
        Set<String> ids = new HashSet<>();
        for (HttpResponse<String> response : responses) {
            Matcher id = ID.matcher(response.body());
            assertThat(id.find()).as(response.body()).isTrue();
            ids.add(id.group(1));
        }
        return ids;
    }

    @Test
    void fiftyIdenticalSubmissionsAtOnceMakeExactlyOneLetter() throws Exception {
        String email = "racer+" + UUID.randomUUID() + "@example.org";
        String body = body(email, "server");

        List<HttpResponse<String>> responses = race(RACERS, 1, Map.of(), racer -> body);

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(202);
        // Each answer looks new (issue 9: no enumeration), but one letter exists; the rest are repeat receipts.
        assertThat(ids(responses)).hasSize(RACERS);
        assertThat(responses)
                .extracting(HttpResponse::body)
                .allSatisfy(answer -> assertThat(answer).contains("\"status\":\"pending_confirmation\""));
        assertThat(lettersFrom(email)).isEqualTo(1);
        assertThat(repeatReceiptsOf(email)).isEqualTo(RACERS - 1);
    }

    private long repeatReceiptsOf(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(r) from RepeatReceipt r, Letter l where r.letterId = l.id"
                                        + " and lower(l.residentEmail) = :email",
                                Long.class)
                        .setParameter("email", email.toLowerCase())
                        .getSingleResult());
    }

    @Test
    void fiftyRetriesWithOneIdempotencyKeyMakeExactlyOneLetterAndOneAnswer() throws Exception {
        String email = "keyed+" + UUID.randomUUID() + "@example.org";
        String body = body(email, "link");

        List<HttpResponse<String>> responses =
                race(RACERS, 1, Map.of("Idempotency-Key", UUID.randomUUID().toString()), racer -> body);

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(responses)
                .extracting(HttpResponse::body)
                .containsOnly(responses.get(0).body());
        assertThat(lettersFrom(email)).isEqualTo(1);
    }

    @Test
    void countsStayRightUnderConcurrentSubmissions() throws Exception {
        String run = UUID.randomUUID().toString();
        int linkedBefore = handedOver();

        List<HttpResponse<String>> responses = race(RACERS, RACERS, Map.of(), racer -> {
            try {
                return body("counted+" + racer + "-" + run + "@example.org", "link");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
        List<String> ids = List.copyOf(ids(responses));
        assertThat(ids).hasSize(RACERS);
        assertThat(handedOver() - linkedBefore).isEqualTo(RACERS);

        int reportedBefore = selfReportedInWard15();
        List<HttpResponse<String>> reports = raceEvents(ids);
        assertThat(reports).extracting(HttpResponse::statusCode).containsOnly(202);
        assertThat(selfReportedInWard15() - reportedBefore).isEqualTo(RACERS);
    }

    /** Each letter's "I sent it", twice over, all at once. */
    private List<HttpResponse<String>> raceEvents(List<String> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (String id : ids) {
                for (int twice = 0; twice < 2; twice++) {
                    futures.add(pool.submit(() -> http.send(
                            HttpRequest.newBuilder(URI.create(base + "api/v1/letters/" + id + "/events"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"self_reported\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())));
                }
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private int selfReportedInWard15() throws Exception {
        String stats = http.send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "api/v1/campaigns/" + TestCampaigns.SHIPPED + "/stats"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return json.readTree(stats).path("wards").get(14).path("selfReported").asInt();
    }

    private int handedOver() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(l) from Letter l where l.campaignSlug = :slug and l.status = :status",
                                Long.class)
                        .setParameter("slug", TestCampaigns.SHIPPED)
                        .setParameter("status", LetterStatus.HANDED_OVER)
                        .getSingleResult())
                .intValue();
    }
}
