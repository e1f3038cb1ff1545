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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.TestCampaigns;
import org.junit.jupiter.api.Test;

/**
 * Pins the one definition of a counted letter ({@link LetterCounts}): what the campaign page's counter and the
 * stats API's total and counts by source include.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class CountedLettersTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final String STATS = "/api/v1/campaigns/" + CAMPAIGN + "/stats";
    private static final int WARD = 15;
    private static final Pattern COUNTER = Pattern.compile("id=\"counter-total\"><strong>\\D*([\\d,]+)");

    @Inject
    LetterStore letters;

    @Inject
    EntityManager em;

    @Test
    void lettersOnTheirWayAndLinkLettersReportedSentCountTheRestDoNot() {
        // A source of this run's own, so the counts by source hold only the letters written here.
        String source = "counted-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath before = stats();

        letter(source, LetterStatus.QUEUED);
        letter(source, LetterStatus.SENDING);
        letter(source, LetterStatus.SENT);
        letter(source, LetterStatus.PENDING_CONFIRMATION);
        letter(source, LetterStatus.FAILED);
        letter(source, LetterStatus.EXPIRED);
        linkLetter(source);
        String opened = linkLetter(source);
        letters.recordEvent(opened, LetterEvent.Kind.OPENED);
        String reportedSent = linkLetter(source);
        letters.recordEvent(reportedSent, LetterEvent.Kind.OPENED);
        letters.recordEvent(reportedSent, LetterEvent.Kind.SELF_REPORTED);
        letters.recordEvent(reportedSent, LetterEvent.Kind.SELF_REPORTED);

        JsonPath after = stats();
        assertThat(after.getLong("total") - before.getLong("total"))
                .as("queued, sending, sent, and one link letter reported sent")
                .isEqualTo(4);
        assertThat(after.getMap("bySource")).containsEntry(source, 4);
        String ward = "wards[" + (WARD - 1) + "].";
        assertThat(after.getInt(ward + "ward")).isEqualTo(WARD);
        assertThat(after.getLong(ward + "sent") - before.getLong(ward + "sent")).isEqualTo(1);
        assertThat(after.getLong(ward + "queued") - before.getLong(ward + "queued"))
                .isEqualTo(2);
        assertThat(after.getLong(ward + "failed") - before.getLong(ward + "failed"))
                .isEqualTo(1);
        assertThat(after.getLong(ward + "selfReported") - before.getLong(ward + "selfReported"))
                .isEqualTo(1);
        assertThat(after.getLong(ward + "linkOpened") - before.getLong(ward + "linkOpened"))
                .isEqualTo(2);
    }

    @Test
    void theCampaignPageCounterShowsTheStatsTotal() {
        letter("counter", LetterStatus.SENT);
        letter("counter", LetterStatus.FAILED);

        String page =
                given().get("/c/" + CAMPAIGN).then().statusCode(200).extract().asString();
        long total = stats().getLong("total");

        Matcher counter = COUNTER.matcher(page);
        assertThat(counter.find()).as("the page shows a counter").isTrue();
        assertThat(Long.parseLong(counter.group(1).replace(",", ""))).isEqualTo(total);
    }

    private static JsonPath stats() {
        return given().get(STATS).then().statusCode(200).extract().jsonPath();
    }

    /** A server letter in the given state; its mail is kept out of the outbox, so no dispatch changes it. */
    private void letter(String source, LetterStatus status) {
        String id = letters.insert(newLetter(source, DeliveryMode.SERVER), Duration.ofDays(7))
                .id();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("update Letter l set l.status = :status where l.publicId = :id")
                    .setParameter("status", status)
                    .setParameter("id", id)
                    .executeUpdate();
            em.createQuery("""
                    update OutboxMessage m set m.status = 'FAILED'
                    where m.letterId = (select l.id from Letter l where l.publicId = :id)""").setParameter("id", id).executeUpdate();
        });
    }

    private String linkLetter(String source) {
        return letters.insert(newLetter(source, DeliveryMode.LINK), Duration.ofDays(7))
                .id();
    }

    private static NewLetter newLetter(String source, DeliveryMode mode) {
        return new NewLetter(
                CAMPAIGN,
                WARD,
                "Raymond A. Lopez",
                "counted-" + UUID.randomUUID() + "@example.org",
                "Ana Pérez",
                "ana+" + UUID.randomUUID() + "@example.org",
                "5500 S Kedzie Ave",
                "en",
                "Counted letters",
                "Dear Alderperson Lopez,",
                false,
                mode,
                false,
                source,
                "Ana Pérez via aldermail",
                "letters@example.org",
                false,
                null,
                "test-resident");
    }
}
