package org.aldermail.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.testsupport.OrganizerSession;
import org.junit.jupiter.api.Test;

/**
 * Who gets into the organizers' pages: nobody without a login (every route under {@code /admin}, found from the
 * resource classes, answers 302 to the login page, 401 or 403), an organizer after the real form login, and no form
 * post without the organizer's CSRF token.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class AdminAccessTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;

    @Inject
    Organizers organizers;

    /** Every route of the admin package's resources, as method and path with sample path parameters. */
    static List<String[]> adminRoutes() throws IOException {
        List<String[]> routes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files =
                Files.list(java.nio.file.Path.of("src/main/java/org/aldermail/admin"))) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name =
                        "org.aldermail.admin." + file.getFileName().toString().replace(".java", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = method.isAnnotationPresent(GET.class)
                            ? "GET"
                            : method.isAnnotationPresent(POST.class) ? "POST" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = root.value() + (sub == null ? "" : "/" + sub.value());
                    routes.add(new String[] {
                        verb,
                        path.replace("{slug}", CAMPAIGN)
                                .replace(
                                        "{id}",
                                        path.contains("organizers")
                                                ? "1"
                                                : UUID.randomUUID().toString())
                    });
                }
            }
        }
        return routes;
    }

    @Test
    void everyAdminRouteRedirectsToTheLoginOrRefusesWithoutALogin() throws IOException {
        List<String[]> routes = adminRoutes();
        assertThat(routes.stream().map(r -> r[0] + " " + r[1]))
                .as("the routes found")
                .contains(
                        "GET /admin",
                        "GET /admin/c/" + CAMPAIGN,
                        "GET /admin/c/" + CAMPAIGN + "/letters.csv",
                        "POST /admin/logout",
                        "POST /admin/organizers")
                .hasSizeGreaterThanOrEqualTo(12);
        for (String[] route : routes) {
            if (route[1].equals("/admin/login")) {
                continue;
            }
            Response response = given().redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("csrf", "x")
                    .request(route[0], route[1]);
            assertThat(response.statusCode()).as(route[0] + " " + route[1]).isIn(302, 401, 403);
            if (response.statusCode() == 302) {
                assertThat(response.getHeader("Location"))
                        .as(route[0] + " " + route[1])
                        .contains("/admin/login");
            }
            assertThat(response.asString()).doesNotContain("Resident ").doesNotContain("@example.org");
        }
    }

    @Test
    void theLoginPageIsOpenToAllInEnglishAndSpanish() {
        given().get("/admin/login").then().statusCode(200);
        String spanish = given().get("/admin/login?lang=es")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(spanish).contains("Acceso para organizadores").contains("action=\"/j_security_check\"");
    }

    @Test
    void theFormLoginLandsOnTheCampaignsWithAHardenedSessionCookie() {
        Response login = OrganizerSession.post(OrganizerSession.USERNAME, OrganizerSession.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.getHeader("Location")).endsWith("/admin");
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(OrganizerSession.COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie)
                .containsIgnoringCase("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Secure")
                .contains("Path=/admin");

        OrganizerSession session = OrganizerSession.login();
        String campaigns = session.page("/admin");
        assertThat(campaigns).contains("href=\"/admin/c/" + CAMPAIGN + "?lang=en\"");
        assertThat(campaigns).contains("Logged in as " + OrganizerSession.USERNAME);
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithoutASession() {
        Response login = OrganizerSession.post(OrganizerSession.USERNAME, "not the password");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.getHeader("Location")).contains("/admin/login?error=true");
        assertThat(login.getCookie(OrganizerSession.COOKIE)).isNull();
        assertThat(given().get("/admin/login?error=true").asString()).contains("do not match an organizer account");
    }

    @Test
    void formsWithoutTheOrganizersCsrfTokenAreRefused() {
        OrganizerSession session = OrganizerSession.login();
        for (String token : new String[] {
            null,
            "",
            "0123456789abcdef",
            OrganizerSession.csrf(session.page("/admin")).replace('a', 'b').replace('0', '1')
        }) {
            var request = session.request()
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("to", "15");
            if (token != null) {
                request.formParam("csrf", token);
            }
            request.post("/admin/c/" + CAMPAIGN + "/test-message").then().statusCode(403);
        }
        session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "nope")
                .post("/admin/logout")
                .then()
                .statusCode(403);
        session.page("/admin");
    }

    @Test
    void loggingOutExpiresTheSessionCookie() {
        OrganizerSession session = OrganizerSession.login();
        String csrf = OrganizerSession.csrf(session.page("/admin"));
        Response logout = session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf)
                .post("/admin/logout");
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.getHeader("Location")).contains("/admin/login?logged-out=true");
        String cleared = logout.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(OrganizerSession.COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cleared)
                .contains("Max-Age=0")
                .containsIgnoringCase("HttpOnly")
                .contains("Secure");
    }

    @Test
    void organizersAddAndRemoveEachOtherButNotThemselves() {
        OrganizerSession session = OrganizerSession.login();
        String csrf = OrganizerSession.csrf(session.page("/admin/organizers"));
        String name = "ana-" + UUID.randomUUID().toString().substring(0, 8);
        session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf)
                .formParam("username", name)
                .formParam("password", "short")
                .post("/admin/organizers")
                .then()
                .statusCode(400);
        String added = session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf)
                .formParam("username", name)
                .formParam("password", "a long enough password")
                .formParam("email", name + "@example.net")
                .post("/admin/organizers")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(added).contains(name + " can now log in.");

        OrganizerSession ana = OrganizerSession.login(name, "a long enough password");
        long anaId = organizers.find(name).orElseThrow().id();
        ana.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", OrganizerSession.csrf(ana.page("/admin")))
                .post("/admin/organizers/" + anaId + "/remove")
                .then()
                .statusCode(400);

        session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf)
                .post("/admin/organizers/" + anaId + "/remove")
                .then()
                .statusCode(303);
        assertThat(organizers.find(name)).isEmpty();
        Response afterRemoval = ana.request().get("/admin");
        assertThat(afterRemoval.statusCode())
                .as("a removed organizer's session")
                .isIn(302, 401, 403);
    }
}
