package org.aldermail.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.testsupport.Routes;
import org.junit.jupiter.api.Test;

/**
 * The framing rules on every route the application has (every resource method of every feature, every static file,
 * Quarkus's own routes, unknown paths): {@code /embed/**} may be framed by our pages and the partner origins only
 * (and sends no {@code X-Frame-Options}); everything else by nobody. One Content-Security-Policy header per answer, and
 * a page's own policy is kept.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class FramingHeadersTest {

    /** {@code %test.aldermail.embed.allowed-origins} in application.properties. */
    static final String PARTNER = "https://partner.example";

    static final Map<String, String> SAMPLES =
            Map.of("slug", TestCampaigns.SHIPPED, "n", "15", "ward", "15", "token", "not-a-token", "id", "x");

    @Test
    void everyRouteSaysWhoMayFrameIt() {
        List<Routes.Route> routes = Routes.all(SAMPLES);
        assertThat(routes)
                .extracting(Routes.Route::toString)
                .contains(
                        "GET /",
                        "GET /c/" + TestCampaigns.SHIPPED,
                        "GET /embed/" + TestCampaigns.SHIPPED,
                        "POST /embed/" + TestCampaigns.SHIPPED + "/send",
                        "GET /api/v1/wards",
                        "GET /partners",
                        "GET /embed.js",
                        "GET /css/aldermail.css");
        List<String> wrong = new ArrayList<>();
        for (Routes.Route route : routes) {
            Response answer = given().redirects().follow(false).request(route.method(), route.path());
            problem(route, answer).ifPresent(wrong::add);
        }
        assertThat(wrong)
                .as("routes with the wrong framing headers, of %d", routes.size())
                .isEmpty();
    }

    @Test
    void aPagesOwnPolicyIsKeptAndTheFramingAddedToIt() {
        String policy = given().get("/c/" + TestCampaigns.SHIPPED).header("Content-Security-Policy");
        assertThat(policy)
                .startsWith("default-src 'self'")
                .contains("form-action 'self'")
                .endsWith("frame-ancestors 'none'");
        String embed = given().get("/embed/" + TestCampaigns.SHIPPED).header("Content-Security-Policy");
        assertThat(embed)
                .startsWith("default-src 'self'")
                .endsWith("frame-ancestors 'self' " + PARTNER)
                .doesNotContain("frame-ancestors 'none'");
    }

    @Test
    void pathsThatOnlyLookLikeTheEmbedAreNotFramable() {
        for (String path :
                List.of("/embed", "/embedded/x", "/embed.js", "/embed%2F..%2Fc/" + TestCampaigns.SHIPPED, "/c/embed")) {
            Response answer =
                    given().urlEncodingEnabled(false).redirects().follow(false).get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    private static java.util.Optional<String> problem(Routes.Route route, Response answer) {
        List<String> policies = answer.headers().getValues("Content-Security-Policy");
        String xfo = answer.header("X-Frame-Options");
        boolean embed = route.path().startsWith("/embed/");
        String expected = embed ? "frame-ancestors 'self' " + PARTNER : "frame-ancestors 'none'";
        if (policies.size() != 1 || !policies.get(0).endsWith(expected)) {
            return java.util.Optional.of(route + " (" + answer.statusCode() + "): CSP " + policies);
        }
        if (embed ? xfo != null : !"DENY".equals(xfo)) {
            return java.util.Optional.of(route + " (" + answer.statusCode() + "): X-Frame-Options " + xfo);
        }
        return java.util.Optional.empty();
    }
}
