package org.aldermail.ward;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class WardResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** The 15th ward office, 2650 W 51st St (Ward Offices dataset location). */
    private static final double OFFICE_15_LAT = 41.80114728284117;

    private static final double OFFICE_15_LON = -87.69116329942362;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.config =
                RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    @Test
    void listsAllFiftyWardsWithTheirAlders() {
        given().get("/api/v1/wards")
                .then()
                .statusCode(200)
                .body("$", hasSize(50))
                .body("[0].number", equalTo(1))
                .body("[0].alder.name", equalTo("Daniel La Spata"))
                .body("[49].number", equalTo(50))
                .body("[14].alder.name", equalTo("Raymond A. Lopez"))
                .body("[14].alder.email", equalTo("Ward15@cityofchicago.org"))
                .body("[14].alder.phone", notNullValue())
                .body("[14].alder.office", notNullValue())
                .body("[14].alder.asOf", equalTo("2025-05-09"));
    }

    @Test
    void showsOneWard() {
        given().get("/api/v1/wards/23")
                .then()
                .statusCode(200)
                .body("number", equalTo(23))
                .body("alder.name", equalTo("Silvana Tabares"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "abc", "-1", "1.5", "99999999999"})
    void unknownWardIsNotFoundAsProblem(String ward) {
        given().get("/api/v1/wards/" + ward)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-ward"))
                .body("status", equalTo(404))
                .body("title", equalTo("Unknown ward"));
    }

    @Test
    void looksUpTheWardOfAPoint() {
        given().queryParam("lat", OFFICE_15_LAT)
                .queryParam("lon", OFFICE_15_LON)
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("ward.number", equalTo(15))
                .body("ward.alder.name", equalTo("Raymond A. Lopez"))
                .body("ward.alder.email", equalTo("Ward15@cityofchicago.org"))
                .body("location.lat", closeTo(OFFICE_15_LAT, 1e-9))
                .body("location.lon", closeTo(OFFICE_15_LON, 1e-9))
                .body("boundaryDistanceMeters", greaterThan(0.0))
                .body("boundaryDistanceMeters", lessThan(5000.0));
    }

    @Test
    void aPointOutsideTheCityIsNotFound() {
        given().queryParam("lat", 41.70)
                .queryParam("lon", -87.75)
                .get("/api/v1/lookup")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("outside-city"))
                .body("status", equalTo(404));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "MISSING",
            value = {
                "MISSING, -87.7, lat", "41.9, MISSING, lon", "abc, -87.7, lat", "41.9, xyz, lon", "NaN, -87.7, lat",
                "41.9, Infinity, lon", "91, -87.7, lat", "41.9, -181, lon", "'', -87.7, lat", "41.9, 0x10, lon"
            })
    void badCoordinatesAreRejectedNamingTheParameter(String lat, String lon, String parameter) {
        var request = given();
        if (lat != null) {
            request.queryParam("lat", lat);
        }
        if (lon != null) {
            request.queryParam("lon", lon);
        }
        request.get("/api/v1/lookup")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/invalid-parameter"))
                .body("parameter", equalTo(parameter))
                .body("detail", org.hamcrest.Matchers.containsString("'" + parameter + "'"));
    }

    @Test
    void problemTypesAreDocumentedAtTheirUri() {
        given().get("/problems/outside-city")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Outside Chicago"));
    }

    @Test
    void isReadyOnceTheWardDataIsLoaded() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'ward-data' }.data.alders", equalTo(50));
    }
}
