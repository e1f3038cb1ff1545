package org.aldermail.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(TestCampaigns.class)
class CampaignResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SHIPPED = TestCampaigns.SHIPPED;
    private static final String DEFAULT_NAME = "Ana Ruiz";
    private static final String DEFAULT_ADDRESS = "2650 W 51st St";

    @Inject
    CampaignRegistry registry;

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

    @Test
    void listsOpenCampaignsFirstAndClosedOnesAfter() {
        given().get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body(
                        "slug",
                        org.hamcrest.Matchers.contains(
                                TestCampaigns.WITH_DEADLINE,
                                SHIPPED,
                                TestCampaigns.CLOSED,
                                TestCampaigns.PAST_DEADLINE))
                .body("status", org.hamcrest.Matchers.contains("open", "open", "closed", "closed"))
                .body("acceptsLetters", org.hamcrest.Matchers.contains(true, true, false, false))
                .body("[0].closesAt", equalTo("2099-01-01T10:00:00-06:00"))
                .body("[1].closesAt", nullValue())
                .body("[1].ordinance", equalTo("O2023-0004222"))
                .body("[1].title.en", equalTo("Tell your Alder: VOTE NO on O2023-0004222"))
                .body("[1].title.es", equalTo("Dígale a su concejal: VOTE NO a la O2023-0004222"))
                .body("[1].meeting.date", equalTo("2025-01-15"))
                .body("[1].meeting.time", equalTo("10:00"))
                .body("[1].meeting.startsAt", equalTo("2025-01-15T10:00:00-06:00"))
                .body("[1].meeting.place.en", equalTo("City Hall (121 N LaSalle St), 2nd Floor, Council Chambers"))
                .body("[1].goal", equalTo(1000))
                .body("[1].languages", org.hamcrest.Matchers.contains("en", "es"));
    }

    @Test
    void showsACampaignWithItsTextInEveryLanguage() {
        given().get("/api/v1/campaigns/" + SHIPPED)
                .then()
                .statusCode(200)
                .body("slug", equalTo(SHIPPED))
                .body("status", equalTo("open"))
                .body("sender.name", notNullValue())
                .body("sender.address", containsString("@"))
                .body("text.en.subjects", hasSize(4))
                .body("text.en.subjects[0]", equalTo("VOTE NO on Ordinance 2023-0004222 on Jan 15th"))
                .body("text.en.letter", containsString("\n\n{personalNote}\n\n"))
                .body("text.en.closing", equalTo("Yours,"))
                .body("text.en.footnotes", hasSize(11))
                .body("text.en.footnotes[1].url", equalTo("https://doi.org/10.1016/j.jebo.2021.10.020"))
                .body("text.en.footnotes[6].url", nullValue())
                .body("text.en.phoneScript.opening", containsString("{resident.name}"))
                .body("text.en.phoneScript.yes", startsWith("Thank you for committing"))
                .body("text.en.phoneScript.no", startsWith("Can you let me know"))
                .body("text.en.phoneScript.unsure", startsWith("As a constituent"))
                .body("text.en.actions", containsString("(312) 744-6800"))
                .body("text.en.social", startsWith("EMERGENCY ACTION ALERT!"))
                .body("text.en.why", containsString("https://news.wttw.com/"))
                .body("text.en.translation", nullValue())
                .body("text.es.translation.from", equalTo("en"))
                .body("text.es.translation.reviewed", equalTo(false))
                .body("text.es.closing", equalTo("Atentamente,"))
                .body("text.es.place", startsWith("Ayuntamiento de Chicago"))
                .body("text.es.phoneScript.unsure", containsString("{alder.name}"));
    }

    @Test
    void previewsTheLetterOfOneResident() {
        preview()
                .queryParam("ward", 15)
                .queryParam("lang", "es")
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(200)
                .body("campaign", equalTo(SHIPPED))
                .body("language", equalTo("es"))
                .body("ward", equalTo(15))
                .body("alder.name", equalTo("Raymond A. Lopez"))
                .body("alder.surname", equalTo("Lopez"))
                .body("alder.email", equalTo("Ward15@cityofchicago.org"))
                .body("subject", not(containsString("{")))
                .body(
                        "body",
                        startsWith("Concejal Raymond A. Lopez, Distrito 15\n\nApreciable concejal Lopez:\n\n"
                                + "El presidente entrante Donald Trump"))
                .body("body", containsString("Atentamente,\nAna Ruiz\n2650 W 51st St\nResidente del Distrito 15\n"))
                .body("parts.text", startsWith("El presidente entrante"))
                .body("parts.notes", startsWith("Notas:\n[1] "))
                .body("personalised", equalTo(false))
                .body("acceptsLetters", equalTo(true));
    }

    @Test
    void previewsInEnglishByDefaultWithThePersonalSentence() {
        preview()
                .queryParam("ward", 1)
                .queryParam("personalNote", "I live here.")
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("body", startsWith("Alderperson Daniel La Spata, 1st Ward\n\nDear Alderperson La Spata,\n\n"))
                .body("body", containsString("settlement costs.\n\nI live here.\n\nThe Chicago City Council"))
                .body("parts.personalNote", equalTo("I live here."))
                .body("personalised", equalTo(true));
    }

    @Test
    void aPreviewIsStableAndItsSeedChoosesTheSubject() {
        String first = preview()
                .queryParam("ward", 15)
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(200)
                .extract()
                .path("subject");
        String again = preview()
                .queryParam("ward", 15)
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(200)
                .extract()
                .path("subject");
        assertThat(again).isEqualTo(first);
        java.util.Set<Integer> indexes = new java.util.HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            indexes.add(preview()
                    .queryParam("ward", 15)
                    .queryParam("seed", "s" + seed)
                    .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("subjectIndex"));
        }
        assertThat(indexes).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void aClosedCampaignIsShownAndPreviewsButTakesNoLetters() {
        given().get("/api/v1/campaigns/" + TestCampaigns.CLOSED)
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"))
                .body("acceptsLetters", equalTo(false));
        preview()
                .queryParam("ward", 15)
                .get("/api/v1/campaigns/" + TestCampaigns.PAST_DEADLINE + "/letter")
                .then()
                .statusCode(200)
                .body("acceptsLetters", equalTo(false));
    }

    @Test
    void aCampaignClosesWhenItsClosingTimePasses() {
        Instant closes = OffsetDateTime.parse("2099-01-01T10:00:00-06:00").toInstant();
        clock.advance(Duration.between(clock.instant(), closes).minusMinutes(1));
        given().get("/api/v1/campaigns/" + TestCampaigns.WITH_DEADLINE)
                .then()
                .statusCode(200)
                .body("acceptsLetters", equalTo(true));

        clock.advance(Duration.ofMinutes(2));

        given().get("/api/v1/campaigns/" + TestCampaigns.WITH_DEADLINE)
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"))
                .body("acceptsLetters", equalTo(false));
        preview()
                .queryParam("ward", 15)
                .get("/api/v1/campaigns/" + TestCampaigns.WITH_DEADLINE + "/letter")
                .then()
                .statusCode(200)
                .body("acceptsLetters", equalTo(false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/campaigns/nope",
                "/api/v1/campaigns/nope/letter?ward=15&name=A&address=B",
                "/api/v1/campaigns/_example",
                "/api/v1/campaigns/O2023-0004222"
            })
    void anUnknownCampaignIsNotFound(String path) {
        given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-campaign"))
                .body("status", equalTo(404))
                .body("title", equalTo("Unknown campaign"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-3"})
    void aWardOutsideOneToFiftyIsNotFound(String ward) {
        preview()
                .queryParam("ward", ward)
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-ward"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.5", "99999999999", "15;"})
    void aWardThatIsNotANumberIsABadParameter(String ward) {
        preview()
                .queryParam("ward", ward)
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/invalid-parameter"))
                .body("parameter", equalTo("ward"));
    }

    @Test
    void aMissingWardIsABadParameter() {
        preview()
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("parameter", equalTo("ward"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", " ", "english", "e s", "es-MX"})
    void anUnknownLanguageIsNotFound(String lang) {
        preview()
                .queryParam("ward", 15)
                .queryParam("lang", lang)
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-language"))
                .body("languages", hasItems("en", "es"));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "MISSING",
            value = {
                "MISSING, 1 N State St, name",
                "'   ', 1 N State St, name",
                "Ana, MISSING, address",
                "Ana%0ABcc: x@example.org, 1 N State St, name",
                "Ana%0D%0A, 1 N State St, name",
                "Ana%00, 1 N State St, name",
                "Ana%E2%80%A8Ruiz, 1 N State St, name",
                "Ana, 1 N%09State St, address",
                "Ana, 1 N State St%1B, address",
                "Ana%E2%80%AEziuR, 1 N State St, name"
            })
    void controlCharactersAndMissingFieldsAreRejectedNamingTheField(String name, String address, String field) {
        RequestSpecification request = given().urlEncodingEnabled(false).queryParam("ward", 15);
        if (name != null) {
            request.queryParam("name", name.replace(" ", "%20"));
        }
        if (address != null) {
            request.queryParam("address", address.replace(" ", "%20"));
        }
        request.get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/invalid-parameter"))
                .body("parameter", equalTo(field))
                .body("detail", containsString("'" + field + "'"));
    }

    @Test
    void absurdLengthsAreRejectedNamingTheField() {
        given().queryParam("ward", 15)
                .queryParam("name", "n".repeat(101))
                .queryParam("address", DEFAULT_ADDRESS)
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("name"))
                .body("detail", containsString("longer than 100"));
        given().queryParam("ward", 15)
                .queryParam("name", DEFAULT_NAME)
                .queryParam("address", "a".repeat(201))
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("address"));
        preview()
                .queryParam("ward", 15)
                .queryParam("personalNote", "p".repeat(1001))
                .get("/api/v1/campaigns/" + SHIPPED + "/letter")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("personalNote"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%E0%A4%A", "%FF%FE", "%C0%AF", "%ED%A0%80", "%ZZ", "a+b%2"})
    void brokenEncodingsNeverCauseAServerError(String name) throws IOException {
        String request = "GET /api/v1/campaigns/" + SHIPPED + "/letter?ward=15&address=1%20N%20State%20St&name=" + name
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(statusLine).matches("HTTP/1\\.1 (200|400) .*");
        }
    }

    @Test
    void anEditIsServedWithoutRestartAndABrokenOneKeepsTheLastGoodVersion() {
        Path en = TestCampaigns.ROOT.resolve(TestCampaigns.WITH_DEADLINE).resolve("en.txt");
        String original = CampaignFolders.read(en);
        try {
            CampaignFolders.edit(en, "Vote NO on O2025-0000001\n", "Vote NO on O2025-0000001, edited\n");
            registry.refresh();
            given().get("/api/v1/campaigns/" + TestCampaigns.WITH_DEADLINE)
                    .then()
                    .statusCode(200)
                    .body("title.en", equalTo("Vote NO on O2025-0000001, edited"));

            CampaignFolders.edit(en, "Thank you, {alder.name}.", "Thank you, {alder.nmae}.");
            registry.refresh();
            given().get("/api/v1/campaigns/" + TestCampaigns.WITH_DEADLINE)
                    .then()
                    .statusCode(200)
                    .body("title.en", equalTo("Vote NO on O2025-0000001, edited"));
            given().get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'campaigns' }.status", equalTo("UP"))
                    .body(
                            "checks.find { it.name == 'campaigns' }.data.'error with-deadline'",
                            containsString("en.txt:" + CampaignFolders.lineOf(en, "{alder.nmae}")
                                    + ": unknown placeholder {alder.nmae}"))
                    .body(
                            "checks.find { it.name == 'campaigns' }.data.'error with-deadline'",
                            org.hamcrest.Matchers.not(containsString("/")));
        } finally {
            CampaignFolders.write(en, original);
            registry.refresh();
        }
        given().get("/api/v1/campaigns/" + TestCampaigns.WITH_DEADLINE)
                .then()
                .statusCode(200)
                .body("title.en", equalTo("Vote NO on O2025-0000001"));
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void problemTypesAreDocumentedAtTheirUri() {
        given().get("/problems/unknown-campaign").then().statusCode(200).body(containsString("Unknown campaign"));
        given().get("/problems/unknown-language").then().statusCode(200).body(containsString("(HTTP 404)"));
        given().get("/problems/campaign-closed").then().statusCode(200).body(containsString("(HTTP 409)"));
    }

    private static RequestSpecification preview() {
        return given().queryParam("name", DEFAULT_NAME).queryParam("address", DEFAULT_ADDRESS);
    }
}
