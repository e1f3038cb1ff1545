package org.aldermail.geocode;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AddressLookupResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.config =
                RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    @Test
    void findsTheWardOfAnAddressWithTheCoordinateLookupsFields() {
        given().queryParam("address", "2650 West 51st Street, Chicago, IL 60632")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ward.number", equalTo(15))
                .body("ward.alder.name", equalTo("Raymond A. Lopez"))
                .body("location.lat", closeTo(41.8011, 0.0005))
                .body("location.lon", closeTo(-87.6912, 0.0005))
                .body("boundaryDistanceMeters", greaterThan(0.0))
                .body("address.input", equalTo("2650 West 51st Street, Chicago, IL 60632"))
                .body("address.normalized", equalTo("2650 W 51ST ST"))
                .body("address.precision", equalTo("interpolated"))
                .body("ambiguous", equalTo(false))
                .body("confidence", equalTo("confident"))
                .body("interval.method", equalTo("grid"))
                .body("interval.quantile", equalTo(0.995))
                .body("interval.halfWidthMeters", greaterThan(0.0))
                .body("interval.fromMeters", lessThan(0.0))
                .body("interval.toMeters", greaterThan(0.0))
                .body("interval.from.lat", closeTo(41.8011, 0.01))
                .body("candidates", empty())
                .body("secondOpinion", nullValue());
    }

    @Test
    void oHaresTerminalAddressIsWard41FromTheGazetteer() {
        given().queryParam("address", "11601 W Touhy Ave Terminal 5, Chicago, IL 60666")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ward.number", equalTo(41))
                .body("confidence", equalTo("confident"))
                .body("address.precision", equalTo("place"))
                .body("address.normalized", equalTo("O'Hare International Airport"));
        given().queryParam("address", "O'Hare")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ward.number", equalTo(41));
    }

    @Test
    void ambiguousCandidatesCarryTheStreetQuestionAndTheWardEachAnswerMeans() {
        given().queryParam("address", "1400 W Augusta Blvd")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("confidence", equalTo("ambiguous"))
                .body("candidates.question", everyItem(equalTo("Is your building east or west of N Noble St?")))
                .body("candidates.find { it.ward == 1 }.answer", equalTo("West of N Noble St"))
                .body("candidates.find { it.ward == 27 }.answer", equalTo("East of N Noble St"));
        given().queryParam("address", "1400 W Augusta Blvd")
                .header("Accept-Language", "es")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body(
                        "candidates.find { it.ward == 1 }.question",
                        equalTo("¿Su edificio está al este o al oeste de N Noble St?"))
                .body("candidates.find { it.ward == 1 }.answer", equalTo("Al oeste de N Noble St"));
    }

    @Test
    void aWardLineAlongTheResidentsStreetIsSettledByTheSideOfTheStreet() {
        // North Ave is the line between wards 1 (south side, odd numbers) and 32 (north side, even numbers).
        given().queryParam("address", "2157 W North Ave")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(false))
                .body("ward.number", equalTo(1))
                .body("boundaryDistanceMeters", lessThan(20.0));
        given().queryParam("address", "2156 W North Ave")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(false))
                .body("ward.number", equalTo(32));
    }

    @Test
    void aWardLineCrossingTheStreetNearTheAddressMakesItAmbiguous() {
        given().queryParam("address", "1400 W Augusta Blvd")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ambiguous", equalTo(true))
                .body("ward", nullValue())
                .body("candidates", hasSize(2))
                .body("candidates.ward", hasItem(1))
                .body("candidates.ward", hasItem(27))
                .body("candidates[0].alder.name", notNullValue())
                .body("candidates[1].reason", containsString("W AUGUSTA BLVD"));
    }

    @Test
    void anAddressPointWinsOverInterpolation() {
        given().queryParam("address", "3110 w armitage avenue, chicago")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("address.precision", equalTo("address_point"))
                .body("address.normalized", equalTo("3110 W ARMITAGE AVE"))
                .body("location.lat", closeTo(41.917518483, 1e-9))
                .body("location.lon", closeTo(-87.705767776, 1e-9))
                .body("ward.number", equalTo(1));
    }

    @Test
    void unparseableTextIs422() {
        problem("hello world", 422, "/address-unparseable");
    }

    @Test
    void anUnknownStreetIs422WithSuggestions() {
        problem("6509 W Ascher Ave", 422, "/street-not-found")
                .body("suggestions", hasItem("W ARCHER AVE"))
                .body("suggestions.size()", lessThanOrEqualTo(5));
    }

    @Test
    void aNumberOutsideTheStreetsRangeIs422WithTheRange() {
        problem("99999 W Fullerton Ave", 422, "/number-out-of-range")
                .body("ranges[0].street", equalTo("W FULLERTON AVE"))
                .body("ranges[0].from", equalTo(700))
                .body("ranges[0].to", equalTo(6633));
    }

    @Test
    void aMissingDirectionThatMattersIs422WithTheChoices() {
        problem("100 100th St", 422, "/direction-needed")
                .body("choices", hasItem("100 E 100TH ST"))
                .body("choices", hasItem("100 W 100TH ST"));
    }

    @Test
    void aStreetWithoutMapDataIs422() {
        problem("3024 E Cheltenham Pl", 422, "/address-not-locatable");
    }

    @Test
    void anAddressOutsideEveryWardIs404() {
        // The west side of Harlem Ave at 4800 N is Harwood Heights, which the city surrounds.
        problem("4800 N Harlem Ave", 404, "/outside-city");
    }

    @Test
    void overlongOrControlCharacterInputIs400() {
        problem("1234 W Fullerton Ave " + "x".repeat(200), 400, "/invalid-parameter")
                .body("parameter", equalTo("address"))
                .body("detail", containsString("200"));
        problem("1234 W Fullerton\u0007 Ave", 400, "/invalid-parameter")
                .body("detail", containsString("control character"));
    }

    @Test
    void addressAndCoordinatesTogetherAre400() {
        given().queryParam("address", "1234 W Fullerton Ave")
                .queryParam("lat", 41.9)
                .queryParam("lon", -87.7)
                .get("/api/v1/lookup")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/invalid-parameter"))
                .body("parameter", equalTo("address"));
    }

    @Test
    void neitherAddressNorCoordinatesIs400() {
        given().get("/api/v1/lookup")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("parameter", equalTo("address"));
    }

    @Test
    void completesStreetNames() {
        given().queryParam("q", "fuller")
                .get("/api/v1/streets")
                .then()
                .statusCode(200)
                .body("[0].name", equalTo("W FULLERTON AVE"))
                .body("[0].direction", equalTo("W"))
                .body("[0].from", equalTo(700))
                .body("[0].to", equalTo(6633))
                .body("size()", lessThanOrEqualTo(10));
        given().queryParam("q", "w 63")
                .get("/api/v1/streets")
                .then()
                .statusCode(200)
                .body("name", everyItem(startsWith("W ")));
    }

    @Test
    void completionsNeedAShortPrintableQuery() {
        given().get("/api/v1/streets")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("parameter", equalTo("q"));
        given().queryParam("q", "a".repeat(201))
                .get("/api/v1/streets")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("q"));
    }

    @Test
    void everyAddressProblemTypeIsDocumented() {
        for (String slug : new String[] {
            "address-unparseable",
            "street-not-found",
            "number-out-of-range",
            "direction-needed",
            "address-not-locatable",
            "address-lookup-unavailable"
        }) {
            given().get("/problems/" + slug).then().statusCode(200);
        }
    }

    private static io.restassured.response.ValidatableResponse problem(String address, int status, String type) {
        return given().queryParam("address", address)
                .get("/api/v1/lookup")
                .then()
                .statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith(type))
                .body("status", equalTo(status));
    }
}
