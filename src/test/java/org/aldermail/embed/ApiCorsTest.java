package org.aldermail.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.testsupport.Routes;
import org.junit.jupiter.api.Test;

/**
 * CORS on every route: the JSON API ({@code /api/v1/**}) names a partner origin that asks, and only that; any other
 * origin, {@code null}, or any route outside the API gets no CORS header at all.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class ApiCorsTest {

    static final String PARTNER = FramingHeadersTest.PARTNER;
    static final List<String> STRANGERS = List.of(
            "https://evil.example",
            "null",
            "https://partner.example.evil.example",
            "https://partner.example:444",
            "http://partner.example",
            "HTTPS://PARTNER.EXAMPLE",
            "https://partner.example/",
            "https://partner.example\r\nX-Injected: 1");

    @Test
    void theApiAnswersPartnersAndNoOneElseAndNothingElseAnswersAnyone() {
        List<String> wrong = new ArrayList<>();
        for (Routes.Route route : Routes.all(FramingHeadersTest.SAMPLES)) {
            boolean api = route.path().startsWith("/api/v1/");
            Response partner = request(route, PARTNER);
            String allowed = partner.header("Access-Control-Allow-Origin");
            if (api ? !PARTNER.equals(allowed) : allowed != null) {
                wrong.add(route + " from the partner: " + allowed);
            }
            if (partner.header("Access-Control-Allow-Credentials") != null) {
                wrong.add(route + " allows credentials");
            }
            for (String stranger : STRANGERS) {
                if (stranger.contains("\n")) {
                    continue;
                }
                String answer = request(route, stranger).header("Access-Control-Allow-Origin");
                if (answer != null) {
                    wrong.add(route + " from " + stranger + ": " + answer);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPartnersPreflightIsAnsweredAndAStrangersIsNot() {
        String letters = "/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters";
        given().header("Origin", PARTNER)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key")
                .options(letters)
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", PARTNER)
                .header("Access-Control-Allow-Methods", "GET, POST")
                .header("Access-Control-Allow-Headers", ApiCors.REQUEST_HEADERS);
        for (String stranger : STRANGERS.subList(0, 3)) {
            Response answer = given().header("Origin", stranger)
                    .header("Access-Control-Request-Method", "POST")
                    .options(letters);
            assertThat(answer.header("Access-Control-Allow-Origin"))
                    .as(stranger)
                    .isNull();
            assertThat(answer.header("Access-Control-Allow-Methods"))
                    .as(stranger)
                    .isNull();
        }
    }

    @Test
    void theAnswerVariesByOrigin() {
        given().get("/api/v1/wards/15")
                .then()
                .statusCode(200)
                .header("Vary", org.hamcrest.Matchers.containsString("Origin"));
    }

    private static Response request(Routes.Route route, String origin) {
        return given().redirects().follow(false).header("Origin", origin).request(route.method(), route.path());
    }
}
