package org.aldermail.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs an organizer in the way a browser does (the login form's post to {@code /j_security_check}) and carries the
 * session cookie and the pages' CSRF token, for REST Assured tests of the organizers' pages.
 */
public final class OrganizerSession {

    /** The account every test app creates at startup ({@code %test.aldermail.admin.*}). */
    public static final String USERNAME = "organizer-test";

    public static final String PASSWORD = "test-password-for-organizers";
    public static final String COOKIE = "aldermail-session";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    private final String cookie;

    private OrganizerSession(String cookie) {
        this.cookie = cookie;
    }

    public static Response post(String username, String password) {
        return given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
    }

    /** Logs in; fails unless the login form's post sets the session cookie. */
    public static OrganizerSession login(String username, String password) {
        Response response = post(username, password);
        String cookie = response.getCookie(COOKIE);
        if (response.statusCode() != 302 || cookie == null) {
            throw new AssertionError("Login as " + username + " failed: " + response.statusCode() + " "
                    + response.getHeader("Location"));
        }
        return new OrganizerSession(cookie);
    }

    public static OrganizerSession login() {
        return login(USERNAME, PASSWORD);
    }

    public String cookie() {
        return cookie;
    }

    /** A request with the session cookie, not following redirects. */
    public io.restassured.specification.RequestSpecification request() {
        return given().redirects().follow(false).cookie(COOKIE, cookie);
    }

    public String page(String path) {
        return request().get(path).then().statusCode(200).extract().asString();
    }

    /** The CSRF token the organizers' forms of a page carry. */
    public static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("The page has no CSRF token");
        }
        return token.group(1);
    }
}
