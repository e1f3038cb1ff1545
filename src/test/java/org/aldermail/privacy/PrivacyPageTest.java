package org.aldermail.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.testsupport.Forms;
import org.junit.jupiter.api.Test;

/** {@code /privacy} in both languages, with the configured retention, and the footer link to it on every page. */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class PrivacyPageTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final String WARD_15_ADDRESS = "2650 W 51st St";
    private static final String AMBIGUOUS = "1400 W Augusta Blvd";

    @Test
    void thePrivacyPageSaysWhatWeKeepWhyWhoSeesItForHowLongAndWhomToAsk() {
        given().get("/privacy")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<html lang=\"en\""))
                .body(containsString("<h1>Privacy</h1>"))
                .body(containsString("What we collect"))
                .body(containsString("Who sees it"))
                .body(containsString("30 days after your letter was sent"))
                .body(containsString("Who to contact"))
                .body(containsString("href=\"/privacy?lang=es\""));
        given().get("/privacy?lang=es")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"es\""))
                .body(containsString("<h1>Privacidad</h1>"))
                .body(containsString("30 días después de que su carta se envió"));
        given().header("Accept-Language", "es-MX,es;q=0.9")
                .get("/privacy")
                .then()
                .body(containsString("<h1>Privacidad</h1>"));
    }

    @Test
    void everyPageLinksToThePrivacyPageInItsLanguage() {
        Map<String, Supplier<Response>> pages = new LinkedHashMap<>();
        pages.put("campaign list", () -> given().get("/"));
        pages.put("campaign", () -> given().get("/c/" + CAMPAIGN + "?lang=es"));
        pages.put("closed campaign", () -> given().get("/c/" + TestCampaigns.CLOSED));
        pages.put("unknown campaign", () -> given().get("/c/no-such-campaign"));
        pages.put("address problem", () -> form("letter", Map.of("address", "99999 N Nowhere Rd")));
        pages.put("letter", () -> form("letter", Map.of("address", WARD_15_ADDRESS)));
        pages.put("ward chooser", () -> form("letter", Map.of("address", AMBIGUOUS)));
        pages.put("mail links", () -> form("send", linkLetter()));
        pages.put(
                "thank-you",
                () -> form("sent", sentForm(form("send", linkLetter()).asString())));
        pages.put("confirmation link", () -> given().get("/letters/confirm/no-such-token"));
        pages.put("privacy", () -> given().get("/privacy"));

        pages.forEach((name, request) -> {
            Response response = request.get();
            assertThat(response.contentType()).as(name).startsWith("text/html");
            String lang = response.asString().replaceAll("(?s).*?<html lang=\"(\\w+)\".*", "$1");
            assertThat(response.asString())
                    .as("%s (%d)", name, response.statusCode())
                    .contains("<footer")
                    .contains("href=\"/privacy?lang=" + lang + "\"");
        });
    }

    private static Map<String, String> linkLetter() {
        return Map.of(
                "address",
                WARD_15_ADDRESS,
                "ward",
                "15",
                "name",
                "Paz Rivas",
                "email",
                "paz.rivas@example.org",
                "mode",
                "link");
    }

    /** The hidden fields of the mail-links page's "I sent it" form. */
    private static Map<String, String> sentForm(String page) {
        Matcher form = Pattern.compile("(?s)<form method=\"post\" action=\"/c/[^\"]+/sent\">(.*?)</form>")
                .matcher(page);
        assertThat(form.find()).as("the mail-links page has an I-sent-it form").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">")
                .matcher(form.group(1));
        while (hidden.find()) {
            fields.put(
                    hidden.group(1),
                    hidden.group(2).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\""));
        }
        return fields;
    }

    private static Response form(String step, Map<String, String> fields) {
        Map<String, String> withLang = new LinkedHashMap<>(fields);
        withLang.putIfAbsent("lang", "en");
        return given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(Forms.filledByAPerson("/c/" + CAMPAIGN + "/" + step, withLang))
                .post("/c/" + CAMPAIGN + "/" + step);
    }
}
