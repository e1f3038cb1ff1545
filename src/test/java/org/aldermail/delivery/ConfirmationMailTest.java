package org.aldermail.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The confirmation request goes to any address a stranger types: it must carry nothing they typed, and come at
 * most once a day per address and campaign, whatever the submissions say.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class ConfirmationMailTest {

    private static final String SPAM = "https://spam.example/buy-now";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/letters/confirm/([A-Za-z0-9_-]{43})");
    private static final List<String> TYPED_MARKERS =
            List.of("NAME-MARKER", "SUBJECT-MARKER", "BODY-MARKER", "NOTE-MARKER", "spam.example");

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    CampaignService campaigns;

    @Inject
    EntityManager em;

    @BeforeEach
    void clearMailbox() {
        dispatcher.dispatchDue();
        mailbox.clear();
    }

    private static Map<String, Object> spammy(String email, String language) {
        Map<String, Object> body = LetterResourceTest.submission("server");
        body.put("email", email);
        body.put("language", language);
        body.put("name", "NAME-MARKER " + SPAM);
        body.put("subject", "SUBJECT-MARKER cheap pills " + SPAM);
        body.put("body", "BODY-MARKER Click " + SPAM + " <b>now</b>");
        body.put("personalNote", "NOTE-MARKER " + SPAM);
        return body;
    }

    private static String email() {
        return "confirm+" + UUID.randomUUID() + "@example.org";
    }

    private String title(String slug, Language language) {
        return campaigns.campaign(slug).orElseThrow().text(language).title();
    }

    @Test
    void theConfirmationCarriesNoTypedTextOnlyTheAlderTheWardTheCampaignAndTheLink() {
        String email = email();
        LetterResourceTest.post(spammy(email, "en")).statusCode(202);
        dispatcher.dispatchDue();

        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        Mail mail = mails.get(0);
        String everything = mail.getSubject() + "\n" + mail.getFrom() + "\n" + mail.getText();
        assertThat(TYPED_MARKERS).allSatisfy(marker -> assertThat(everything).doesNotContain(marker));
        assertThat(mail.getSubject()).isEqualTo("Confirm your letter to Ald. Raymond A. Lopez");
        assertThat(mail.getText())
                .contains("Someone asked to send a letter in the name of this email address")
                .contains("Ald. Raymond A. Lopez (Ward 15)")
                .contains("\"" + title(TestCampaigns.SHIPPED, Language.EN) + "\"")
                .containsPattern(CONFIRM_LINK);
        assertThat(mail.getHtml()).isNull();
    }

    @Test
    void theConfirmationIsInTheResidentsLanguageWithTheCampaignsTitleInIt() {
        String email = email();
        LetterResourceTest.post(spammy(email, "es")).statusCode(202);
        dispatcher.dispatchDue();

        Mail mail = mailbox.getMailsSentTo(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Confirme su carta a Raymond A. Lopez");
        assertThat(mail.getText())
                .contains("Alguien pidió enviar una carta en nombre de esta dirección de correo")
                .contains("\"" + title(TestCampaigns.SHIPPED, Language.ES) + "\"")
                .doesNotContain("MARKER", "spam.example");
    }

    @Test
    void theLetterItselfIsShownOnlyOnTheConfirmationPageEscaped() {
        String email = email();
        LetterResourceTest.post(spammy(email, "en")).statusCode(202);
        dispatcher.dispatchDue();
        Matcher link = CONFIRM_LINK.matcher(mailbox.getMailsSentTo(email).get(0).getText());
        assertThat(link.find()).isTrue();

        given().get("/letters/confirm/" + link.group(1))
                .then()
                .statusCode(200)
                .body(containsString("From: NAME-MARKER " + SPAM))
                .body(containsString("Subject: SUBJECT-MARKER cheap pills"))
                .body(containsString("BODY-MARKER Click " + SPAM + " &lt;b&gt;now&lt;/b&gt;"))
                .body(not(containsString("<b>now</b>")))
                .body(containsString("Yes, send my letter"));
    }

    @Test
    void oneConfirmationPerAddressAndCampaignPerDayAndTheAnswersDoNotShowIt() {
        String email = email();
        Map<String, Object> ward15 = spammy(email, "en");
        Map<String, Object> ward27 = spammy(email, "en");
        ward27.remove("lat");
        ward27.remove("lon");
        ward27.put("address", "1400 W Augusta Blvd");
        ward27.put("ward", 27);

        String first = LetterResourceTest.post(ward15).statusCode(202).extract().asString();
        String second = LetterResourceTest.post(ward27)
                .statusCode(202)
                .body("status", equalTo("pending_confirmation"))
                .body("ward", equalTo(27))
                .body("sentAt", nullValue())
                .extract()
                .asString();
        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo(email))
                .as("two letters, to two alders: one confirmation today")
                .hasSize(1);
        assertThat(keys(second)).isEqualTo(keys(first));
        given().get("/api/v1/letters/"
                        + io.restassured.path.json.JsonPath.from(second).getString("id"))
                .then()
                .body("status", equalTo("pending_confirmation"));

        // Another campaign has its own allowance.
        given().contentType(ContentType.JSON)
                .body(spammy(email, "en"))
                .post("/api/v1/campaigns/" + TestCampaigns.WITH_DEADLINE + "/letters")
                .then()
                .statusCode(202);
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(email)).hasSize(2);

        // A day later, the address may be asked again.
        passADay();
        Map<String, Object> ward1 = spammy(email, "en");
        ward1.remove("lat");
        ward1.remove("lon");
        ward1.put("address", "1 N State St");
        LetterResourceTest.post(ward1).statusCode(202);
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(email)).hasSize(3);
    }

    /** Moves every daily allowance back by a day (the test controls time; other classes' addresses only gain). */
    private void passADay() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update MailAllowance a set a.grantedAt = :past")
                        .setParameter("past", OffsetDateTime.now().minusDays(1).minusMinutes(1))
                        .executeUpdate());
    }

    private static java.util.Set<String> keys(String json) {
        return io.restassured.path.json.JsonPath.from(json)
                .<String, Object>getMap("$")
                .keySet();
    }
}
