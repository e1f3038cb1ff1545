package org.aldermail.observe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.web.ProblemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /q/openapi}: the public API as the code defines it, nothing internal, and the same operations and problem
 * types as the README's API table.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class OpenApiTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final Pattern README_OPERATION = Pattern.compile("^\\| `([^`]+)`");
    private static final Pattern BACKTICKED = Pattern.compile("`([a-z-]+)`");
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonNode document() throws IOException {
        String json = given().accept(ContentType.JSON)
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return new ObjectMapper().readTree(json);
    }

    /** "GET /api/v1/wards/{}" → the operation, path parameters unnamed (the README names them for readers). */
    private static Map<String, JsonNode> documentedOperations() throws IOException {
        Map<String, JsonNode> operations = new TreeMap<>();
        JsonNode paths = document().path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            for (String method : METHODS) {
                JsonNode operation = paths.path(path).path(method);
                if (!operation.isMissingNode()) {
                    operations.put(method.toUpperCase(Locale.ROOT) + " " + unnamed(path), operation);
                }
            }
        }
        return operations;
    }

    /** The README's API table: each operation with the problem types its row names (rows of one path merged). */
    private static Map<String, TreeSet<String>> readmeOperations() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## HTTP API");
        assertThat(start).as("README has an '## HTTP API' section").isNotNegative();
        Map<String, TreeSet<String>> operations = new TreeMap<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("| Method and path")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            Matcher operation = README_OPERATION.matcher(line);
            if (!inTable || !operation.find()) {
                continue;
            }
            String[] methodAndPath = operation.group(1).split(" ", 2);
            String path = unnamed(methodAndPath[1].replaceAll("\\?.*", ""));
            String[] cells = line.split("\\|");
            TreeSet<String> problems = new TreeSet<>();
            Matcher slug = BACKTICKED.matcher(cells[cells.length - 1]);
            while (slug.find()) {
                if (problemType(slug.group(1)) != null) {
                    problems.add(slug.group(1));
                }
            }
            operations
                    .computeIfAbsent(methodAndPath[0] + " " + path, o -> new TreeSet<>())
                    .addAll(problems);
        }
        return operations;
    }

    private static String unnamed(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static ProblemType problemType(String slug) {
        return Stream.of(ProblemType.values())
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .orElse(null);
    }

    /** The problem types an operation's description names, from its application/problem+json responses. */
    private static TreeSet<String> documentedProblems(JsonNode operation) {
        TreeSet<String> slugs = new TreeSet<>();
        operation.path("responses").forEach(response -> {
            JsonNode schema =
                    response.path("content").path("application/problem+json").path("schema");
            schema.path("allOf")
                    .forEach(part -> part.path("properties")
                            .path("type")
                            .path("enum")
                            .forEach(uri -> slugs.add(uri.asText().replace("/problems/", ""))));
        });
        return slugs;
    }

    @Test
    void isServedOnThePublicPortForPartnersDevelopers() {
        given().get("/q/openapi").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/api/v1/lookup"));
    }

    @Test
    void describesOnlyThePublicJsonApi() throws IOException {
        assertThat(documentedOperations().keySet()).allMatch(operation -> operation.contains(" /api/v1/"));
        String text = document().toString();
        assertThat(text)
                .doesNotContain(
                        "/dev/mailbox", "/letters/confirm/", "/problems/{", "/c/{", "/privacy", "/q/", "x-aldermail");
        assertThat(document().path("components").path("schemas").fieldNames())
                .toIterable()
                .as("schemas of pages and templates")
                .doesNotContain("TemplateInstance", "EngineImpl", "FlowForm")
                .contains("Problem", "LetterSubmission", "AddressLookup", "PointLookup");
    }

    @Test
    void theLetterFieldsRangesAreTheOnesTheApiChecks() throws IOException {
        JsonNode fields = document()
                .path("components")
                .path("schemas")
                .path("LetterSubmission")
                .path("properties");
        assertThat(fields.path("lat").path("minimum").asDouble()).isEqualTo(-90);
        assertThat(fields.path("lat").path("maximum").asDouble()).isEqualTo(90);
        assertThat(fields.path("lon").path("minimum").asDouble()).isEqualTo(-180);
        assertThat(fields.path("lon").path("maximum").asDouble()).isEqualTo(180);
        assertThat(fields.path("ward").path("minimum").asInt()).isEqualTo(1);
        assertThat(fields.path("ward").path("maximum").asInt()).isEqualTo(50);
    }

    @Test
    void swaggerUiIsNotServed() {
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    void theReadmeTableAndTheDocumentListTheSameOperations() throws IOException {
        assertThat(readmeOperations().keySet())
                .as("README API table vs /q/openapi")
                .containsExactlyInAnyOrderElementsOf(documentedOperations().keySet());
    }

    @Test
    void theReadmeTableAndTheDocumentNameTheSameProblemTypesForEachOperation() throws IOException {
        Map<String, JsonNode> documented = documentedOperations();
        Map<String, TreeSet<String>> documentedProblems = new TreeMap<>();
        documented.forEach((operation, node) -> documentedProblems.put(operation, documentedProblems(node)));
        assertThat(readmeOperations()).isEqualTo(documentedProblems);
    }

    @Test
    void everyProblemResponseRefersToTheProblemSchema() throws IOException {
        JsonNode doc = document();
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("required")
                        .toString())
                .contains("type", "title", "status");
        for (JsonNode operation : documentedOperations().values()) {
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode schema = response.getValue()
                            .path("content")
                            .path("application/problem+json")
                            .path("schema");
                    assertThat(schema.path("allOf").get(0).path("$ref").asText())
                            .as(operation.path("operationId").asText() + " " + response.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        }
    }

    /** A request that fails, and the operation it is made to. */
    record Failure(String operation, Function<RequestSpecification, Response> request) {
        @Override
        public String toString() {
            return operation;
        }
    }

    static Stream<Arguments> failures() {
        String letters = "/api/v1/campaigns/" + CAMPAIGN + "/letters";
        Map<String, Object> letter = Map.of(
                "name", "Tomasz Wiśniewski",
                "email", "openapi@example.org",
                "address", "2650 W 51st St",
                "language", "en",
                "mode", "link");
        List<Failure> failures = new ArrayList<>(List.of(
                new Failure("GET /api/v1/wards/{}", r -> r.get("/api/v1/wards/51")),
                new Failure("GET /api/v1/lookup", r -> r.get("/api/v1/lookup")),
                new Failure("GET /api/v1/lookup", r -> r.get("/api/v1/lookup?lat=41.0&lon=-87.0")),
                new Failure("GET /api/v1/lookup", r -> r.get("/api/v1/lookup?lat=NaN&lon=-87.0")),
                new Failure(
                        "GET /api/v1/lookup",
                        r -> r.queryParam("address", "2650 W Nowhereinparticular St")
                                .get("/api/v1/lookup")),
                new Failure(
                        "GET /api/v1/lookup",
                        r -> r.queryParam("address", "hello").get("/api/v1/lookup")),
                new Failure("GET /api/v1/streets", r -> r.get("/api/v1/streets")),
                new Failure("GET /api/v1/campaigns/{}", r -> r.get("/api/v1/campaigns/no-such-campaign")),
                new Failure(
                        "GET /api/v1/campaigns/{}/letter",
                        r -> r.get("/api/v1/campaigns/" + CAMPAIGN + "/letter?ward=51&name=A&address=B")),
                new Failure(
                        "GET /api/v1/campaigns/{}/letter",
                        r -> r.get("/api/v1/campaigns/" + CAMPAIGN + "/letter?ward=15&name=A&address=B&lang=xx")),
                new Failure(
                        "GET /api/v1/campaigns/{}/letter",
                        r -> r.get("/api/v1/campaigns/" + CAMPAIGN + "/letter?ward=x&name=A&address=B")),
                new Failure(
                        "GET /api/v1/campaigns/{}/letter",
                        r -> r.queryParam("personalNote", "x".repeat(1_500))
                                .get("/api/v1/campaigns/" + CAMPAIGN + "/letter?ward=15&name=A&address=B")),
                new Failure("GET /api/v1/campaigns/{}/stats", r -> r.get("/api/v1/campaigns/no-such-campaign/stats")),
                new Failure(
                        "POST /api/v1/campaigns/{}/letters",
                        r -> r.contentType(ContentType.JSON).body("{}").post(letters)),
                new Failure(
                        "POST /api/v1/campaigns/{}/letters",
                        r -> r.contentType(ContentType.JSON).body("{\"name\":").post(letters)),
                new Failure(
                        "POST /api/v1/campaigns/{}/letters",
                        r -> r.contentType(ContentType.JSON)
                                .body(letter)
                                .post("/api/v1/campaigns/no-such-campaign/letters")),
                new Failure(
                        "POST /api/v1/campaigns/{}/letters",
                        r -> r.contentType(ContentType.JSON)
                                .header("Idempotency-Key", "x".repeat(300))
                                .body(letter)
                                .post(letters)),
                new Failure("GET /api/v1/letters/{}", r -> r.get("/api/v1/letters/no-such-letter")),
                new Failure(
                        "POST /api/v1/letters/{}/events",
                        r -> r.contentType(ContentType.JSON)
                                .body("{\"type\":\"opened\"}")
                                .post("/api/v1/letters/00000000-0000-0000-0000-000000000000/events")),
                new Failure(
                        "POST /api/v1/letters/{}/events",
                        r -> r.contentType(ContentType.JSON)
                                .body("{}")
                                .post("/api/v1/letters/00000000-0000-0000-0000-000000000000/events")),
                new Failure(
                        "POST /api/v1/letters/confirm",
                        r -> r.contentType(ContentType.JSON)
                                .body("{\"token\":\"nothing\"}")
                                .post("/api/v1/letters/confirm")),
                new Failure(
                        "POST /api/v1/letters/confirm",
                        r -> r.contentType(ContentType.JSON).body("{\"token\":").post("/api/v1/letters/confirm"))));
        return failures.stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyProblemAnEndpointAnswersIsInItsDescription(Failure failure) throws IOException {
        Response response = failure.request().apply(given());
        String status = String.valueOf(response.statusCode());
        assertThat(response.statusCode()).as(failure.operation()).isBetween(400, 599);
        assertThat(response.contentType()).startsWith("application/problem+json");
        String type = response.jsonPath().getString("type");
        JsonNode documented = documentedOperations().get(failure.operation());
        assertThat(documented).as(failure.operation()).isNotNull();
        JsonNode problems = documented.path("responses").path(status);
        assertThat(problems.isMissingNode())
                .as("%s answers %s (%s), undocumented", failure.operation(), status, type)
                .isFalse();
        assertThat(problems.path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("allOf")
                        .get(1)
                        .path("properties")
                        .path("type")
                        .path("enum")
                        .toString())
                .as("%s answers %s %s", failure.operation(), status, type)
                .contains("\"" + type + "\"");
    }
}
