package org.aldermail.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.aldermail.campaign.TestCampaigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every API problem speaks the reader's language: Spanish with {@code Accept-Language: es}, English otherwise. */
@QuarkusTest
class LocalizedProblemsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyProblemTypeHasItsOwnSpanishTitleAndDescription(ProblemType type) {
        ProblemMessages english = MessageBundles.get(ProblemMessages.class, Localized.Literal.of("en"));
        ProblemMessages spanish = MessageBundles.get(ProblemMessages.class, Localized.Literal.of("es"));
        assertThat(type.title(spanish)).isNotBlank().isNotEqualTo(type.title(english));
        assertThat(type.description(spanish)).isNotBlank().isNotEqualTo(type.description(english));
    }

    @Test
    void anUnknownWardIsExplainedInSpanish() {
        given().header("Accept-Language", "es-US,es;q=0.9,en;q=0.5")
                .get("/api/v1/wards/99")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .header("Content-Language", "es")
                .body("title", equalTo("Distrito desconocido"))
                .body("detail", containsString("No existe el distrito '99'"));
    }

    @Test
    void withoutAPreferenceProblemsAreInEnglish() {
        given().get("/api/v1/wards/99")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Unknown ward"))
                .body("detail", containsString("There is no ward '99'"));
    }

    @Test
    void anUnknownStreetIsExplainedInSpanishWithItsSuggestions() {
        given().header("Accept-Language", "es")
                .queryParam("address", "1234 N Fullerton Ave")
                .get("/api/v1/lookup")
                .then()
                .statusCode(422)
                .body("type", endsWith("/street-not-found"))
                .body("title", equalTo("Calle no encontrada"))
                .body("detail", containsString("¿quiso decir W FULLERTON AVE?"))
                .body("suggestions[0]", equalTo("W FULLERTON AVE"));
    }

    @Test
    void aBrokenFieldRuleIsExplainedInSpanishNamingTheField() {
        given().header("Accept-Language", "es")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Ana",
                        "email", "no es un correo",
                        "address", "2650 W 51st St",
                        "language", "es",
                        "mode", "server"))
                .post("/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters")
                .then()
                .statusCode(400)
                .body("type", endsWith("/invalid-field"))
                .body("title", equalTo("Campo no válido"))
                .body("field", equalTo("email"))
                .body("detail", equalTo("'email' debe ser una sola dirección de correo, como nombre@ejemplo.org."));
    }

    @Test
    void anAmbiguousAddressGivesItsReasonsInSpanish() {
        given().header("Accept-Language", "es")
                .queryParam("address", "1400 W Augusta Blvd")
                .get("/api/v1/lookup")
                .then()
                .statusCode(200)
                .body("candidates[1].reason", containsString("Una línea de distrito cruza W AUGUSTA BLVD"));
    }

    @Test
    void anAmbiguousLetterIsRefusedInSpanishWithTheCandidates() {
        given().header("Accept-Language", "es")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Ana",
                        "email", "ana@example.org",
                        "address", "1400 W Augusta Blvd",
                        "language", "es",
                        "mode", "link"))
                .post("/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters")
                .then()
                .statusCode(422)
                .body("type", endsWith("/ward-ambiguous"))
                .body("title", equalTo("La dirección puede estar en dos distritos"))
                .body("detail", containsString(" o en el distrito "))
                .body("candidates.ward", org.hamcrest.Matchers.containsInAnyOrder(1, 27));
    }

    @Test
    void anUnknownCampaignIsExplainedInSpanish() {
        given().header("Accept-Language", "es")
                .get("/api/v1/campaigns/no-such-campaign")
                .then()
                .statusCode(404)
                .body("title", equalTo("Campaña desconocida"))
                .body("detail", containsString("No existe la campaña 'no-such-campaign'"));
    }

    @Test
    void theProblemTypePageIsInTheReadersLanguage() {
        given().header("Accept-Language", "es")
                .get("/problems/ward-ambiguous")
                .then()
                .statusCode(200)
                .body(containsString("La dirección puede estar en dos distritos (HTTP 422)"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnInvalidBodyInTheReadersLanguage() {
        given().header("Accept-Language", "es")
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .log()
                .all()
                .post("/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters")
                .then()
                .log()
                .all()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/invalid-field"))
                .body("field", equalTo("body"))
                .body("detail", equalTo("El cuerpo de la solicitud no es JSON válido."));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Ana", "ward", "fifteen"))
                .log()
                .all()
                .post("/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters")
                .then()
                .log()
                .all()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/invalid-field"))
                .body("field", equalTo("ward"))
                .body("detail", equalTo("'ward' is not valid."));
    }
}
