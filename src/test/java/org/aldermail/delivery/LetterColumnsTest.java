package org.aldermail.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.aldermail.campaign.CampaignRegistry;
import org.aldermail.campaign.LetterInput;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.testsupport.Forms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One limit per field, enforced before the database: the columns (read from the running database, H2 or PostgreSQL)
 * are as large as the rules that feed them, and the limits answer 400 or 413 at their boundary, never 500.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class LetterColumnsTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final String EMOJI = "\uD83D\uDE00"; // two UTF-16 code units

    @Inject
    DataSource dataSource;

    @Inject
    DeliveryConfig delivery;

    @Inject
    CampaignRegistry registry;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyLetterColumnIsAsLargeAsTheRuleThatFeedsIt() throws SQLException {
        Map<String, Integer> letter = new LinkedHashMap<>();
        letter.put("resident_name", LetterInput.MAX_NAME);
        letter.put("resident_email", EmailAddress.MAX_LENGTH);
        letter.put("street_address", LetterInput.MAX_ADDRESS);
        letter.put("subject", LetterInput.MAX_LETTER_SUBJECT);
        letter.put("body", LetterInput.MAX_LETTER);
        letter.put("source", Sources.MAX_LENGTH);
        letter.put("resident_key", 64);
        for (Map.Entry<String, Integer> column : letter.entrySet()) {
            assertThat(size("letter", column.getKey()))
                    .as("letter." + column.getKey())
                    .isEqualTo(column.getValue());
        }
        assertThat(size("idempotency_record", "idempotency_key")).isEqualTo(CampaignLetterResource.MAX_IDEMPOTENCY_KEY);
        assertThat(size("idempotency_record", "response_body")).isEqualTo(IdempotencyRecord.MAX_ANSWER);
        assertThat(size("letter", "campaign_slug")).isGreaterThanOrEqualTo(63);
        assertThat(size("letter", "language")).isGreaterThanOrEqualTo(2);

        // The letter as sent holds the resident's longest edit with their sentence and signature, and more.
        assertThat(LetterInput.MAX_LETTER)
                .isGreaterThanOrEqualTo(LetterInput.MAX_BODY
                        + LetterInput.MAX_PERSONAL_NOTE
                        + LetterInput.MAX_NAME
                        + LetterInput.MAX_ADDRESS
                        + 10_000);
        assertThat(LetterInput.MAX_LETTER_SUBJECT).isGreaterThanOrEqualTo(LetterInput.MAX_SUBJECT);
        // A stored link-mode answer: the letter twice and the subject, JSON escaping doubling every character at
        // worst, and three links.
        assertThat(IdempotencyRecord.MAX_ANSWER)
                .isGreaterThanOrEqualTo(2 * (2 * LetterInput.MAX_LETTER + LetterInput.MAX_LETTER_SUBJECT)
                        + 3 * 2 * delivery.maxLinkLength()
                        + 10_000);
    }

    @Test
    void aBodyOfTwentyThousandCharactersIsTakenAndOneMoreIsRefusedByName() {
        String longest = paragraphs(LetterInput.MAX_BODY);
        submit(letter("server", email()).with("body", longest)).statusCode(202);
        submit(letter("server", email()).with("body", longest + "x"))
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-field"))
                .body("field", equalTo("body"));
        // The 19,870 characters, in link mode with an Idempotency-Key: stored, answered and replayed.
        String key = UUID.randomUUID().toString();
        Map<String, Object> link = letter("link", email()).with("body", paragraphs(19_870));
        String first = submit(link, key).statusCode(200).extract().asString();
        assertThat(submit(link, key).statusCode(200).extract().asString()).isEqualTo(first);
    }

    @Test
    void lengthsCountAsTheColumnsDoSoAnEmojiNameNeverReachesTheDatabaseTooLong() {
        submit(letter("link", null).with("name", EMOJI.repeat(LetterInput.MAX_NAME / 2)))
                .statusCode(200);
        submit(letter("link", null).with("name", EMOJI.repeat(LetterInput.MAX_NAME / 2 + 1)))
                .statusCode(400)
                .body("field", equalTo("name"));
        submit(letter("link", null).with("subject", EMOJI.repeat(LetterInput.MAX_SUBJECT / 2 + 1)))
                .statusCode(400)
                .body("field", equalTo("subject"));
    }

    @Test
    void aLetterTooLongOnceFilledInIs413OnTheApiAndOnThePage() {
        String slug = "long-letter";
        TestCampaigns.add(
                slug,
                yaml -> yaml,
                text -> text.replace(
                        "Please vote NO on O2025-0000001.[1]",
                        "Please vote NO on O2025-0000001.[1]\n\n" + "{resident.name} ".repeat(1_000)));
        registry.refresh();
        try {
            String name = "A".repeat(LetterInput.MAX_NAME);
            given().contentType(ContentType.JSON)
                    .body(letter("link", email()).with("name", name))
                    .post("/api/v1/campaigns/" + slug + "/letters")
                    .then()
                    .statusCode(413)
                    .body("type", equalTo("/problems/letter-too-long"))
                    .body("field", equalTo("body"));
            page(slug, pageForm().with("name", name))
                    .statusCode(413)
                    .contentType("text/html")
                    .body(containsString("Your letter is too long"))
                    .body(not(containsString("Something went wrong")));
            // With the resident's own edit the letter page can be shown again, the problem next to the body.
            page(slug, pageForm().with("name", name).with("body", "My own words."))
                    .statusCode(200);
        } finally {
            TestCampaigns.remove(slug);
            registry.refresh();
        }
    }

    @Test
    void theLetterFormTakesTwentyThousandCharactersAndExplainsOneMore() {
        String longest = paragraphs(LetterInput.MAX_BODY);
        page(CAMPAIGN, pageForm().with("body", longest)).statusCode(200);
        page(CAMPAIGN, pageForm().with("body", longest + "x"))
                .statusCode(400)
                .contentType("text/html")
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("The letter can be 20000 characters at most."));
    }

    /** Text of exactly {@code length} characters in paragraphs, as a long letter is written. */
    private static String paragraphs(int length) {
        StringBuilder text = new StringBuilder();
        String paragraph =
                "Please vote no on the ordinance; it would hurt my neighbours and our city. ".repeat(5) + "\n\n";
        while (text.length() < length) {
            text.append(paragraph);
        }
        text.setLength(length);
        text.setCharAt(length - 1, '.');
        return text.toString();
    }

    private int size(String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            boolean upper = meta.storesUpperCaseIdentifiers();
            try (ResultSet columns = meta.getColumns(
                    null,
                    null,
                    upper ? table.toUpperCase(Locale.ROOT) : table,
                    upper ? column.toUpperCase(Locale.ROOT) : column)) {
                assertThat(columns.next()).as(table + "." + column + " exists").isTrue();
                return columns.getInt("COLUMN_SIZE");
            }
        }
    }

    private static String email() {
        return "columns+" + UUID.randomUUID() + "@example.org";
    }

    /** A map that takes one more field fluently. */
    private static final class Fields extends HashMap<String, Object> {
        Fields with(String name, Object value) {
            put(name, value);
            return this;
        }
    }

    private static Fields letter(String mode, String email) {
        Fields fields = new Fields();
        fields.put("name", "Ana Pérez");
        fields.put("address", "2650 W 51st St");
        fields.put("language", "en");
        fields.put("mode", mode);
        if (email != null) {
            fields.put("email", email);
        }
        return fields;
    }

    private static Fields pageForm() {
        Fields fields = new Fields();
        fields.put("address", "2650 W 51st St");
        fields.put("ward", "15");
        fields.put("name", "Ana Pérez");
        fields.put("email", email());
        fields.put("mode", "link");
        fields.put("lang", "en");
        return fields;
    }

    private static ValidatableResponse submit(Map<String, Object> letter) {
        return given().contentType(ContentType.JSON)
                .body(letter)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then();
    }

    private static ValidatableResponse submit(Map<String, Object> letter, String idempotencyKey) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(letter)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then();
    }

    private static ValidatableResponse page(String slug, Map<String, Object> fields) {
        return given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(Forms.filledByAPerson("/c/" + slug + "/send", fields))
                .post("/c/" + slug + "/send")
                .then();
    }
}
