package org.aldermail.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * After five failed logins for a username, or from a client, within 15 minutes, further tries answer 429 for 15
 * minutes, even with the right password; the count is in the database and the time is the app's clock. Its own app:
 * no organizer account at startup (so the login page says how to create one), and the tests' clients told apart by a
 * trusted proxy's X-Forwarded-For, so each test has its own.
 */
@QuarkusTest
@TestProfile(LoginThrottleTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginThrottleTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "aldermail.admin.username", "",
                    "aldermail.admin.password", "",
                    "aldermail.abuse.trusted-proxies", "127.0.0.1,::1");
        }
    }

    private static final String PASSWORD = "the right password, long enough";

    @Inject
    Organizers organizers;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void withoutAnAccountTheLoginPageSaysHowToCreateTheFirst() {
        assertThat(organizers.anyExists()).isFalse();
        assertThat(given().get("/admin/login").asString())
                .contains("There is no organizer account yet")
                .contains("ALDERMAIL_ADMIN_USERNAME")
                .contains("ALDERMAIL_ADMIN_PASSWORD");
        given().get("/admin/login?lang=es").then().statusCode(200);
    }

    @Test
    @Order(2)
    void fiveFailuresForAUserLockItOutForFifteenMinutesWhateverThePassword() {
        String user = account();
        for (int i = 0; i < 5; i++) {
            Response failed = login(user, "wrong " + i, client());
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.getHeader("Location")).contains("/admin/login?error=true");
        }
        Response locked = login(user, PASSWORD, client());
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.getCookie("aldermail-session")).isNull();
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(locked.getHeader("Refresh")).contains("/admin/login?locked=true");
        assertThat(given().get("/admin/login?locked=true").asString()).contains("Too many failed logins");

        clock.advance(Duration.ofMinutes(14));
        assertThat(login(user, PASSWORD, client()).statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        Response again = login(user, PASSWORD, client());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.getCookie("aldermail-session")).isNotNull();
    }

    @Test
    @Order(3)
    void fiveFailuresFromAClientLockItOutForEveryUsername() {
        String client = client();
        String user = account();
        for (int i = 0; i < 5; i++) {
            login("nobody-" + UUID.randomUUID(), "guess", client);
        }
        assertThat(login(user, PASSWORD, client).statusCode()).isEqualTo(429);
        assertThat(login(user, PASSWORD, client()).statusCode())
                .as("the same user from another client")
                .isEqualTo(302);
    }

    @Test
    @Order(4)
    void failuresSpreadOverMoreThanTheWindowDoNotLockOut() {
        String user = account();
        for (int i = 0; i < 8; i++) {
            login(user, "wrong", client());
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(login(user, PASSWORD, client()).statusCode()).isEqualTo(302);
    }

    private String account() {
        String user = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        organizers.add(user, PASSWORD, "", null);
        return user;
    }

    /** A client of its own, behind the trusted proxy (127.0.0.1). */
    private static String client() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "," + "203.0.113."
                + (1 + (int) (Math.random() * 250));
    }

    private static Response login(String username, String password, String forwardedFor) {
        return given().redirects()
                .follow(false)
                .header("X-Forwarded-For", forwardedFor)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
    }
}
