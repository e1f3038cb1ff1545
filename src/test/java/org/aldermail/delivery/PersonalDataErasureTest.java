package org.aldermail.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.privacy.RetentionJob;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention job (privacy.RetentionJob with this package's {@link LetterErasure}): a month after a letter is final,
 * or its campaign closed, the resident's personal data is gone from every table, and every public count is as it was.
 * Time passes by moving the application's clock.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class PersonalDataErasureTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final int WARD = 15;
    private static final Duration A_MONTH = Duration.ofDays(31);
    private static final Pattern COUNTER = Pattern.compile("id=\"counter-total\"><strong>\\D*([\\d,]+)");
    private static final List<LetterStatus> FINAL =
            List.of(LetterStatus.SENT, LetterStatus.FAILED, LetterStatus.EXPIRED, LetterStatus.HANDED_OVER);

    @Inject
    LetterStore letters;

    @Inject
    IdempotencyStore answers;

    @Inject
    RetentionJob retention;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aMonthAfterLettersAreFinalTheirPersonalDataIsGoneAndEveryCountStays() {
        String source = "erase-" + UUID.randomUUID().toString().substring(0, 8);
        String sent = serverLetter(CAMPAIGN, source, LetterStatus.SENT);
        String failed = serverLetter(CAMPAIGN, source, LetterStatus.FAILED);
        String expired = serverLetter(CAMPAIGN, source, LetterStatus.EXPIRED);
        String handedOver = linkLetter(source);
        letters.recordEvent(handedOver, LetterEvent.Kind.OPENED);
        letters.recordEvent(handedOver, LetterEvent.Kind.SELF_REPORTED);
        String pending = serverLetter(CAMPAIGN, source, LetterStatus.PENDING_CONFIRMATION);
        String queued = serverLetter(CAMPAIGN, source, LetterStatus.QUEUED);
        String answerKey = "erase-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> answers.save(answerKey, "hash", 200, "{\"mailto\":\"mailto:x?body=" + source + "\"}"));
        JsonPath statsBefore = stats(CAMPAIGN);
        long counterBefore = counter(CAMPAIGN);

        retention.eraseDue();
        assertThat(personalData(sent)).as("a letter sent just now is kept").doesNotContainNull();

        clock.advance(A_MONTH);
        retention.eraseDue();
        clock.reset();

        JsonPath statsAfter = stats(CAMPAIGN);
        assertThat(statsAfter.getLong("total")).isEqualTo(statsBefore.getLong("total"));
        assertThat(statsAfter.getMap("bySource")).isEqualTo(statsBefore.getMap("bySource"));
        assertThat(statsAfter.getList("wards")).isEqualTo(statsBefore.getList("wards"));
        assertThat(counter(CAMPAIGN)).isEqualTo(counterBefore);

        for (String id : List.of(sent, failed, expired, handedOver)) {
            assertThat(personalData(id)).as("letter %s", id).containsOnly("", null);
        }
        assertThat(personalData(pending))
                .as("waiting for confirmation: not final")
                .doesNotContainNull();
        assertThat(personalData(queued)).as("on its way to the alder").doesNotContainNull();
        assertThat(count("SELECT COUNT(*) FROM letter WHERE status IN ('SENT', 'FAILED', 'EXPIRED', 'HANDED_OVER')"
                        + " AND (resident_email IS NOT NULL OR resident_name <> '' OR street_address <> ''"
                        + " OR body <> '' OR subject <> '' OR dedupe_key IS NOT NULL"
                        + " OR confirm_token_hash IS NOT NULL)"))
                .as("no final letter in the database keeps personal data")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_message o JOIN letter l ON l.id = o.letter_id"
                        + " WHERE l.public_id IN ('" + String.join("','", sent, failed, expired) + "')"))
                .as("finished mail of erased letters")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_message o JOIN letter l ON l.id = o.letter_id"
                        + " WHERE l.public_id = '" + queued + "' AND o.kind = 'LETTER'"))
                .as("the queued letter's mail")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = '" + answerKey + "'"))
                .as("a stored answer repeats the letter")
                .isZero();

        int again = retention.eraseDue();
        assertThat(personalData(sent)).containsOnly("", null);
        assertThat(again).as("erasing twice changes nothing").isZero();
    }

    @Test
    void lettersOfAClosedCampaignAreErasedAMonthAfterItClosedUnlessOnTheirWay() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "DELETE FROM campaign_closure WHERE campaign_slug = '" + TestCampaigns.CLOSED + "'")
                        .executeUpdate());
        String pastDeadlinePending =
                serverLetter(TestCampaigns.PAST_DEADLINE, "closed", LetterStatus.PENDING_CONFIRMATION);
        String pastDeadlineQueued = serverLetter(TestCampaigns.PAST_DEADLINE, "closed", LetterStatus.QUEUED);
        String closedPending = serverLetter(TestCampaigns.CLOSED, "closed", LetterStatus.PENDING_CONFIRMATION);

        retention.eraseDue();
        assertThat(personalData(pastDeadlinePending))
                .as("its campaign closed in 2020")
                .containsOnly("", null);
        assertThat(personalData(pastDeadlineQueued))
                .as("still on its way to the alder")
                .doesNotContainNull();
        assertThat(personalData(closedPending))
                .as("its campaign was first seen closed just now")
                .doesNotContainNull();

        clock.advance(A_MONTH);
        retention.eraseDue();
        assertThat(personalData(closedPending)).containsOnly("", null);
        assertThat(count("SELECT COUNT(*) FROM outbox_message o JOIN letter l ON l.id = o.letter_id"
                        + " WHERE l.public_id = '" + closedPending + "'"))
                .as("its finished mail")
                .isZero();
    }

    /** Name, email, address, subject, body, dedupe key and token hash of a letter (blank or null once erased). */
    private List<Object> personalData(String publicId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT resident_name, resident_email, street_address, subject,"
                        + " body, dedupe_key, confirm_token_hash FROM letter WHERE public_id = :id")
                .setParameter("id", publicId)
                .getSingleResult();
        return java.util.Arrays.asList(row);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static JsonPath stats(String campaign) {
        return given().get("/api/v1/campaigns/" + campaign + "/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long counter(String campaign) {
        String page =
                given().get("/c/" + campaign).then().statusCode(200).extract().asString();
        Matcher counter = COUNTER.matcher(page);
        assertThat(counter.find()).as("the page shows a counter").isTrue();
        return Long.parseLong(counter.group(1).replace(",", ""));
    }

    /**
     * A server letter in the given state, with a dedupe key and a confirmation token, as a real one has; its
     * mail is out of the dispatcher's reach (sent or failed; a queued letter's is due in a year).
     */
    private String serverLetter(String campaign, String source, LetterStatus status) {
        String id = letters.insert(newLetter(campaign, source, DeliveryMode.SERVER), Duration.ofDays(7))
                .id();
        String outboxStatus =
                status == LetterStatus.SENT ? "SENT" : status == LetterStatus.QUEUED ? "PENDING" : "FAILED";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE letter SET status = :status, confirm_token_hash = :token"
                            + (status == LetterStatus.SENT ? ", sent_at = created_at" : "")
                            + (status == LetterStatus.EXPIRED ? ", confirm_expires_at = created_at" : "")
                            + " WHERE public_id = :id")
                    .setParameter("status", status.name())
                    .setParameter("token", UUID.randomUUID().toString().replace("-", ""))
                    .setParameter("id", id)
                    .executeUpdate();
            em.createNativeQuery("UPDATE outbox_message SET status = :status"
                            + (status == LetterStatus.QUEUED
                                    ? ", next_attempt_at = next_attempt_at + INTERVAL '1' YEAR"
                                    : "")
                            + " WHERE letter_id = (SELECT id FROM letter WHERE public_id = :id)")
                    .setParameter("status", outboxStatus)
                    .setParameter("id", id)
                    .executeUpdate();
        });
        return id;
    }

    private String linkLetter(String source) {
        return letters.insert(newLetter(CAMPAIGN, source, DeliveryMode.LINK), Duration.ofDays(7))
                .id();
    }

    private static NewLetter newLetter(String campaign, String source, DeliveryMode mode) {
        return new NewLetter(
                campaign,
                WARD,
                "Raymond A. Lopez",
                "erase-" + UUID.randomUUID() + "@example.org",
                "Erin Rasure",
                "erin+" + UUID.randomUUID() + "@example.org",
                "3900 S Halsted St",
                "en",
                "Erase me",
                "Dear Alderperson Lopez, I live at 3900 S Halsted St.",
                true,
                mode,
                false,
                source,
                "Erin Rasure via aldermail",
                "letters@example.org",
                false,
                mode == DeliveryMode.SERVER ? UUID.randomUUID().toString().replace("-", "") : null,
                "erasure-resident");
    }
}
