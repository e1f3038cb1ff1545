package org.aldermail.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
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
    void sentServerLettersAndOpenedLinkLettersCountTheRestDoNot() {
        // A source of this run's own, so the counts by source hold only the letters written here.
        String source = "counted-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath before = stats();

        letter(source, LetterStatus.QUEUED, resident());
        letter(source, LetterStatus.SENDING, resident());
        letter(source, LetterStatus.SENT, resident());
        letter(source, LetterStatus.PENDING_CONFIRMATION, resident());
        letter(source, LetterStatus.FAILED, resident());
        letter(source, LetterStatus.EXPIRED, resident());
        linkLetter(source, resident());
        String opened = linkLetter(source, resident());
        letters.recordEvent(opened, LetterEvent.Kind.OPENED);
        String onlySaidSo = linkLetter(source, resident());
        letters.recordEvent(onlySaidSo, LetterEvent.Kind.SELF_REPORTED);
        String openedAndSaidSo = linkLetter(source, resident());
        letters.recordEvent(openedAndSaidSo, LetterEvent.Kind.OPENED);
        letters.recordEvent(openedAndSaidSo, LetterEvent.Kind.SELF_REPORTED);

        JsonPath after = stats();
        assertThat(after.getLong("total") - before.getLong("total"))
                .as("the sent server letter and the two link letters whose mail link was opened")
                .isEqualTo(3);
        assertThat(after.getMap("bySource")).containsEntry(source, 3);
        assertThat(after.getLong("selfReportedOnly") - before.getLong("selfReportedOnly"))
                .as("the resident who only said so")
                .isEqualTo(1);
        String ward = "wards[" + (WARD - 1) + "].";
        assertThat(after.getInt(ward + "ward")).isEqualTo(WARD);
        assertThat(after.getLong(ward + "sent") - before.getLong(ward + "sent")).isEqualTo(1);
        assertThat(after.getLong(ward + "queued") - before.getLong(ward + "queued"))
                .isEqualTo(2);
        assertThat(after.getLong(ward + "failed") - before.getLong(ward + "failed"))
                .isEqualTo(1);
        assertThat(after.getLong(ward + "selfReported") - before.getLong(ward + "selfReported"))
                .isEqualTo(2);
        assertThat(after.getLong(ward + "linkOpened") - before.getLong(ward + "linkOpened"))
                .isEqualTo(2);
    }

    @Test
    void eachResidentCountsOnceHoweverManyLettersTheySend() {
        String source = "once-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath before = stats();

        String resident = resident();
        letter(source, LetterStatus.SENT, resident);
        letter(source, LetterStatus.SENT, resident);
        for (int i = 0; i < 3; i++) {
            letters.recordEvent(linkLetter(source, resident), LetterEvent.Kind.OPENED);
        }
        String another = resident();
        String link = linkLetter(source, another);
        letters.recordEvent(link, LetterEvent.Kind.SELF_REPORTED);
        letters.recordEvent(linkLetter(source, another), LetterEvent.Kind.OPENED);

        JsonPath after = stats();
        assertThat(after.getLong("total") - before.getLong("total")).isEqualTo(2);
        assertThat(after.getMap("bySource")).containsEntry(source, 2);
        assertThat(after.getLong("selfReportedOnly") - before.getLong("selfReportedOnly"))
                .as("a resident with a counted letter is not counted again apart")
                .isZero();
    }

    @Test
    void aHundredLinkLettersEachSaidSentFromOneClientDoNotRaiseTheTotal() {
        JsonPath before = stats();
        for (int i = 0; i < 100; i++) {
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "name", "Spam " + i,
                            "address", "2650 W 51st St",
                            "language", "en",
                            "mode", "link",
                            "subject", "Spam " + i))
                    .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("id");
            given().contentType(ContentType.JSON)
                    .body(Map.of("type", "self_reported"))
                    .post("/api/v1/letters/" + id + "/events")
                    .then()
                    .statusCode(202);
        }
        JsonPath after = stats();
        assertThat(after.getLong("total")).isEqualTo(before.getLong("total"));
        assertThat(after.getLong("selfReportedOnly") - before.getLong("selfReportedOnly"))
                .as("one client without an email is one resident")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void theCampaignPageCounterShowsTheStatsTotalAndTheSelfReportsApart() {
        letter("counter", LetterStatus.SENT, resident());
        letter("counter", LetterStatus.FAILED, resident());
        letters.recordEvent(linkLetter("counter", resident()), LetterEvent.Kind.SELF_REPORTED);

        String page =
                given().get("/c/" + CAMPAIGN).then().statusCode(200).extract().asString();
        JsonPath stats = stats();

        Matcher counter = COUNTER.matcher(page);
        assertThat(counter.find()).as("the page shows a counter").isTrue();
        assertThat(Long.parseLong(counter.group(1).replace(",", ""))).isEqualTo(stats.getLong("total"));
        long apart = stats.getLong("selfReportedOnly");
        assertThat(page)
                .contains("… and " + String.format(java.util.Locale.US, "%,d", apart) + " more said they sent one");
        String spanish = given().get("/c/" + CAMPAIGN + "?lang=es")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(spanish)
                .contains("… y " + String.format(java.util.Locale.US, "%,d", apart)
                        + " más dijeron que enviaron la suya");
    }

    private static String resident() {
        return "resident-" + UUID.randomUUID().toString().substring(0, 20);
    }

    private static JsonPath stats() {
        return given().get(STATS).then().statusCode(200).extract().jsonPath();
    }

    /** A server letter in the given state; its mail is kept out of the outbox, so no dispatch changes it. */
    private void letter(String source, LetterStatus status, String resident) {
        String id = letters.insert(newLetter(source, DeliveryMode.SERVER, resident), Duration.ofDays(7))
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

    private String linkLetter(String source, String resident) {
        return letters.insert(newLetter(source, DeliveryMode.LINK, resident), Duration.ofDays(7))
                .id();
    }

    private static NewLetter newLetter(String source, DeliveryMode mode, String resident) {
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
                resident);
    }
}
