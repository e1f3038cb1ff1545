package org.aldermail.localmail;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every build but the local one leaves the mailbox out: the same as a production package. */
@QuarkusTest
class MailboxOutsideLocalRunTest {

    @Test
    void theMailboxPageDoesNotExist() {
        given().get("/dev/mailbox").then().statusCode(404);
        given().get("/dev/mailbox/1").then().statusCode(404);
    }
}
