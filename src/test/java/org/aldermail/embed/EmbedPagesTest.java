package org.aldermail.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.stats.StatsService;
import org.aldermail.testsupport.Forms;
import org.junit.jupiter.api.Test;

/**
 * {@code /embed/{slug}}: the resident's flow, the same steps as {@code /c/{slug}}, in the compact layout, every form
 * posting back into the embed, the partner's source kept to the end and counted for it, and {@code /embed.js}.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class EmbedPagesTest {

    static final String CAMPAIGN = TestCampaigns.SHIPPED;
    static final String FLOW = "/embed/" + CAMPAIGN;
    static final String ADDRESS = "2650 W 51st St";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">");

    @Inject
    StatsService stats;

    @Test
    void theCampaignPageInTheEmbedIsCompactAndPostsIntoTheEmbed() {
        given().get(FLOW + "?lang=es&source=union-local-7")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("<body class=\"embedded\" data-embedded>"))
                .body(not(containsString("class=\"brand\"")))
                .body(containsString("action=\"" + FLOW + "/letter\""))
                .body(containsString("<input type=\"hidden\" name=\"source\" value=\"union-local-7\">"))
                .body(containsString("href=\"" + FLOW + "?lang=en&amp;source=union-local-7\""))
                .body(containsString("rel=\"privacy-policy\" target=\"_blank\""))
                .body(not(containsString("<footer")));
        given().get("/c/" + CAMPAIGN)
                .then()
                .body(not(containsString("data-embedded")))
                .body(containsString("class=\"brand\""))
                .body(not(containsString("target=\"_blank\">Privacy")));
    }

    @Test
    void aLetterWrittenInTheEmbedStaysInItAndIsCountedForThePartner() {
        String source = "union-" + UUID.randomUUID().toString().substring(0, 8);
        String letterPage = post("letter", Map.of("address", ADDRESS, "source", source))
                .statusCode(200)
                .body(containsString("data-embedded"))
                .body(containsString("action=\"" + FLOW + "/send\""))
                .body(containsString("action=\"" + FLOW + "\""))
                .body(containsString("target=\"_blank\" rel=\"noopener noreferrer\">Ward15@cityofchicago.org"))
                .extract()
                .asString();
        Map<String, String> letter = hidden(letterPage);
        letter.put("name", "Ana Pérez");
        letter.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        letter.put("mode", "link");
        letter.put("formToken", Forms.token(letterPage, FLOW + "/send"));
        String handover = post("send", letter)
                .statusCode(200)
                .body(containsString("data-embedded"))
                .body(containsString("action=\"" + FLOW + "/sent\""))
                .extract()
                .asString();
        assertThat(handover).containsPattern("<a class=\"button\" href=\"mailto:[^\"]+\" target=\"_blank\"");
        String id = hidden(handover.substring(handover.indexOf("action=\"" + FLOW + "/sent\"")))
                .get("letter");
        assertThat(hidden(handover).get("source")).isEqualTo(source);
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"opened\"}")
                .post("/api/v1/letters/" + id + "/events")
                .then()
                .statusCode(202);
        assertThat(stats.forCampaign(CAMPAIGN).bySource()).containsEntry(source, 1L);
        Map<String, Integer> bySource = given().get("/api/v1/campaigns/" + CAMPAIGN + "/stats")
                .then()
                .extract()
                .jsonPath()
                .getMap("bySource");
        assertThat(bySource).containsEntry(source, 1);
    }

    @Test
    void aFormFromTheEmbedIsSignedForTheEmbedOnly() {
        Map<String, Object> fields = new HashMap<>(Map.of("address", ADDRESS, "lang", "en"));
        fields.put(
                "formToken",
                Forms.filledByAPerson("/c/" + CAMPAIGN + "/letter", Map.of()).get("formToken"));
        given().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(fields)
                .post(FLOW + "/letter")
                .then()
                .statusCode(400)
                .body(containsString("data-embedded"));
    }

    @Test
    void anUnknownCampaignAndAStepOpenedByLinkStayInTheEmbed() {
        given().get("/embed/no-such-campaign?lang=es")
                .then()
                .statusCode(404)
                .body(containsString("data-embedded"))
                .body(containsString("href=\"/embed/no-such-campaign?lang=en\""));
        given().redirects()
                .follow(false)
                .get(FLOW + "/send?lang=es&source=abc")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(FLOW + "?lang=es&source=abc"));
    }

    @Test
    void theScriptIsSmallJavaScriptForAnySite() {
        byte[] script = given().get("/embed.js")
                .then()
                .statusCode(200)
                .contentType("application/javascript")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .asByteArray();
        assertThat(script.length).as("embed.js bytes").isLessThan(4096);
        String text = new String(script, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
                .contains("event.origin !== origin", "event.source !== frame.contentWindow", "utm_source")
                .doesNotContain("import ", "require(", "http://", "eval(");
    }

    private static ValidatableResponse post(String step, Map<String, String> fields) {
        Map<String, String> withLang = new HashMap<>(fields);
        withLang.putIfAbsent("lang", "en");
        Map<String, Object> signed = Forms.filledByAPerson(FLOW + "/" + step, withLang);
        return given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(signed)
                .post(FLOW + "/" + step)
                .then();
    }

    private static Map<String, String> hidden(String page) {
        Map<String, String> fields = new HashMap<>();
        Matcher hidden = HIDDEN.matcher(page.contains("<main") ? page.substring(page.indexOf("<main")) : page);
        while (hidden.find()) {
            fields.putIfAbsent(
                    hidden.group(1), hidden.group(2).replace("&amp;", "&").replace("&#39;", "'"));
        }
        return fields;
    }
}
