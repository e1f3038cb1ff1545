package org.aldermail.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The health endpoint is public: it tells what is loaded, never where the server keeps its files. */
@QuarkusTest
class HealthShowsNoPathsTest {

    @Test
    void healthDataNamesNoFolder() {
        String body = given().get("/q/health").then().statusCode(200).extract().asString();
        List<Map<String, Object>> checks =
                given().get("/q/health").then().extract().jsonPath().getList("checks");

        assertThat(checks).isNotEmpty();
        for (Map<String, Object> check : checks) {
            Object data = check.get("data");
            if (data instanceof Map<?, ?> values) {
                values.forEach((key, value) -> assertThat(String.valueOf(value))
                        .as("%s: %s", check.get("name"), key)
                        .doesNotContain("/")
                        .doesNotContain("\\\\"));
            }
        }
        assertThat(body)
                .doesNotContain(Path.of("").toAbsolutePath().toString())
                .doesNotContain("data/")
                .contains("chicago-wards-2023.geojson");
    }
}
