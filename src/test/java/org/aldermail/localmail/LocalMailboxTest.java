package org.aldermail.localmail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.delivery.OutboxDispatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's run command, on the test database: every mail the app sends is listed at /dev/mailbox. */
@QuarkusTest
@TestProfile(LocalMailboxTest.LocalProfile.class)
class LocalMailboxTest {

    /**
     * The {@code local} profile, which also builds the mailbox into the app, with the test profile as its parent
     * instead of {@code prod}: the test database and a dispatcher run by hand, plus everything {@code %local} sets.
     */
    public static class LocalProfile implements QuarkusTestProfile {

        /** {@code pgtest} in the PostgreSQL run, so this test runs on PostgreSQL there too. */
        private static final String PARENT = Optional.ofNullable(System.getProperty("quarkus.test.profile"))
                .filter(profile -> !profile.isBlank() && !profile.equals(LocalMailbox.PROFILE))
                .orElse("test");

        @Override
        public String getConfigProfile() {
            return LocalMailbox.PROFILE;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%" + LocalMailbox.PROFILE + ".quarkus.config.profile.parent", PARENT);
        }
    }

    private static final String CAMPAIGN = "o2023-0004222";
    /** The 15th ward office. */
    private static final double WARD_15_LAT = 41.80114728284117;

    private static final double WARD_15_LON = -87.69116329942362;
    private static final String CONFIRMATION_SUBJECT = "Confirm your letter to Ald. Raymond A. Lopez";
    private static final Pattern MAIL_LINK = Pattern.compile("href=\"(/dev/mailbox/\\d+)\\?lang=en\"");
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("<a href=\"http://localhost:8080(/letters/confirm/[A-Za-z0-9_-]{43})\">");

    @Inject
    OutboxDispatcher dispatcher;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String residentEmail() {
        return "ana+" + UUID.randomUUID() + "@example.org";
    }

    static void submitServerLetter(String email) {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Ana Pérez",
                        "email", email,
                        "address", "2650 W 51st St",
                        "lat", WARD_15_LAT,
                        "lon", WARD_15_LON,
                        "language", "en",
                        "mode", "server"))
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then()
                .statusCode(202);
    }

    static String mailbox(String query) {
        return given().get("/dev/mailbox" + query)
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract()
                .asString();
    }

    /** The address of the newest mail's page among those listed before {@code email} first appears. */
    static String mailPageOf(String list, String email) {
        int at = list.indexOf(email);
        assertThat(at).as("%s is listed", email).isPositive();
        Matcher link = MAIL_LINK.matcher(list.substring(0, at));
        String page = null;
        while (link.find()) {
            page = link.group(1);
        }
        assertThat(page).as("a link to the mail to %s", email).isNotNull();
        return page;
    }

    @Test
    void theConfirmationEmailOfAServerLetterIsListedAndItsLinkOpensTheConfirmationPage() {
        String email = residentEmail();
        submitServerLetter(email);
        dispatcher.dispatchDue();

        String list = mailbox("");
        assertThat(list).contains("Local mailbox", email, CONFIRMATION_SUBJECT);

        String mail = given().get(mailPageOf(list, email))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // The confirmation carries nothing the submitter typed (issue 9); the letter is on the confirmation page.
        assertThat(mail)
                .contains(CONFIRMATION_SUBJECT, email, "Someone asked to send a letter", "(Ward 15)")
                .doesNotContain("Ana Pérez", "Dear Alderperson Lopez,");
        Matcher confirm = CONFIRM_LINK.matcher(mail);
        assertThat(confirm.find())
                .as("a clickable confirmation link in %s", mail)
                .isTrue();

        given().get(confirm.group(1))
                .then()
                .statusCode(200)
                .body(containsString("Yes, send my letter"))
                .body(containsString("Dear Alderperson Lopez,"));
    }

    @Test
    void theNewestMailIsListedFirst() {
        String earlier = residentEmail();
        String later = residentEmail();
        submitServerLetter(earlier);
        dispatcher.dispatchDue();
        submitServerLetter(later);
        dispatcher.dispatchDue();

        String list = mailbox("");
        assertThat(list.indexOf(later)).isPositive().isLessThan(list.indexOf(earlier));
    }

    @Test
    void theMailboxSpeaksSpanishWhenAsked() {
        String list = mailbox("?lang=es");
        assertThat(list).contains("<html lang=\"es\"", "Buzón local");
    }

    @Test
    void aMailThatWasNeverSentIsNotFound() {
        given().get("/dev/mailbox/999999999").then().statusCode(404);
    }
}
