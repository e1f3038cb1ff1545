package org.aldermail.geocode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import org.aldermail.testsupport.CensusGeocoderWireMock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The optional second opinion against stubs of the Census geocoder's documented JSON: it settles an
 * ambiguous address, answers one the offline data cannot read, and never stops a lookup when it is slow,
 * failing or unreadable. The circuit-breaker test runs last because it leaves the circuit open.
 */
@QuarkusTest
@WithTestResource(CensusGeocoderWireMock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CensusSecondOpinionTest {

    private static final String PATH = "/geocoder/locations/onelineaddress";
    /** Augusta Blvd at 1400 W: the ward 1/27 line crosses the street here. */
    private static final String AMBIGUOUS = "1400 W Augusta Blvd";

    WireMockServer census;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.config =
                RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    @BeforeEach
    void reset() {
        census = CensusGeocoderWireMock.server();
        census.resetAll();
    }

    static String match(String matched, double lon, double lat) {
        return """
                {"result":{"input":{"address":{"address":"%s"},"benchmark":{"isDefault":true,"benchmarkName":"Public_AR_Current","id":"4"}},
                 "addressMatches":[{"tigerLine":{"side":"L","tigerLineId":"1"},"coordinates":{"x":%s,"y":%s},
                  "addressComponents":{"zip":"60622","streetName":"AUGUSTA","preDirection":"W","suffixType":"BLVD","city":"CHICAGO","state":"IL"},
                  "matchedAddress":"%s"}]}}
                """.formatted(matched, lon, lat, matched);
    }

    @Test
    @Order(1)
    void settlesAnAmbiguousAddressWhenItsPointIsInOneOfTheCandidates() {
        // A point on the ward 1 side, well inside ward 1.
        census.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(match("1400 W AUGUSTA BLVD, CHICAGO, IL, 60622", -87.6629, 41.8995))));
        given().queryParam("address", AMBIGUOUS)
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(false))
                .body("secondOpinion.source", equalTo("census"))
                .body("secondOpinion.used", equalTo(true))
                .body("ward.number", equalTo((int) given().queryParam("lat", 41.8995)
                        .queryParam("lon", -87.6629)
                        .get("/api/v1/lookup")
                        .then()
                        .extract()
                        .path("ward.number")));
        census.verify(getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    @Order(2)
    void answersAnAddressTheOfflineDataCannotPlace() {
        census.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(match("3024 E CHELTENHAM PL, CHICAGO, IL, 60649", -87.5524, 41.7588))));
        given().queryParam("address", "3024 E Cheltenham Pl")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("address.precision", equalTo("census"))
                .body("address.normalized", equalTo("3024 E CHELTENHAM PL, CHICAGO, IL, 60649"))
                .body("ward.number", equalTo(7));
    }

    @Test
    @Order(3)
    void aTimeoutLeavesTheOfflineAnswer() {
        census.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withFixedDelay(12_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody(match("X", -87.6629, 41.8995))));
        long started = System.nanoTime();
        given().queryParam("address", AMBIGUOUS)
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(true))
                .body("secondOpinion", nullValue());
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - started) / 1e6, lessThan(11_500.0));
    }

    @Test
    @Order(4)
    void aServerErrorLeavesTheOfflineAnswer() {
        census.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        given().queryParam("address", AMBIGUOUS)
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(true));
        given().queryParam("address", "3024 E Cheltenham Pl")
                .get("/api/v1/lookup")
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("/address-not-locatable"));
    }

    @Test
    @Order(5)
    void aMalformedBodyLeavesTheOfflineAnswer() {
        census.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"result\": {\"addressMatches\": [ {\"coordinates\": \"nope\"")));
        given().queryParam("address", AMBIGUOUS)
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(true));
        census.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"result\":{\"addressMatches\":[]}}")));
        given().queryParam("address", AMBIGUOUS)
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(true));
    }

    @Test
    @Order(6)
    void repeatedFailuresOpenTheCircuitAndStopTheRequests() {
        census.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 6; i++) {
            given().queryParam("address", AMBIGUOUS)
                    .get("/api/v1/lookup")
                    .then()
                    .statusCode(200)
                    .body("ambiguous", equalTo(true));
        }
        int sent = census.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
        org.hamcrest.MatcherAssert.assertThat(sent, lessThan(6));
    }
}
