package org.aldermail.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Shapes the generated API description: only the JSON API under {@code /api/} (pages, the problem-type texts and
 * anything internal stay out), and each operation's {@link ApiProblems#EXTENSION} turned into application/problem+json
 * responses, one per status, naming the exact problem types. Runs when the package is built, so a slug that names no
 * {@link ProblemType} fails the build.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDescription implements OASFilter {

    static final String API_PREFIX = "/api/";
    private static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        if (extensions == null || !extensions.containsKey(ApiProblems.EXTENSION)) {
            return operation;
        }
        String slugs = String.valueOf(extensions.get(ApiProblems.EXTENSION));
        operation.removeExtension(ApiProblems.EXTENSION);
        // The scanner copies a method's extensions onto its annotated request body and responses as well.
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().removeExtension(ApiProblems.EXTENSION);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().removeExtension(ApiProblems.EXTENSION);
            if (operation.getResponses().getAPIResponses() != null) {
                operation
                        .getResponses()
                        .getAPIResponses()
                        .values()
                        .forEach(response -> response.removeExtension(ApiProblems.EXTENSION));
            }
        }
        Map<Integer, List<ProblemType>> byStatus = new TreeMap<>();
        for (String slug : new LinkedHashSet<>(Arrays.asList(slugs.trim().split("\\s+")))) {
            ProblemType type = Arrays.stream(ProblemType.values())
                    .filter(t -> t.slug().equals(slug))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "Operation " + operation.getOperationId() + " names an unknown problem type: " + slug));
            byStatus.computeIfAbsent(type.status(), s -> new ArrayList<>()).add(type);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<Integer, List<ProblemType>> entry : byStatus.entrySet()) {
            responses.addAPIResponse(String.valueOf(entry.getKey()), problemResponse(entry.getKey(), entry.getValue()));
        }
        return operation;
    }

    private static APIResponse problemResponse(int status, List<ProblemType> types) {
        Schema typeSchema = OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference");
        types.forEach(type -> typeSchema.addEnumeration(type.uri().toString()));
        Schema schema = OASFactory.createSchema()
                .addAllOf(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                .addAllOf(OASFactory.createSchema()
                        .addProperty("type", typeSchema)
                        .addProperty("status", OASFactory.createSchema().constValue(status)));
        APIResponse response = OASFactory.createAPIResponse()
                .description(
                        String.join(", ", types.stream().map(ProblemType::slug).toList()))
                .content(OASFactory.createContent()
                        .addMediaType(
                                ApiProblems.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(schema)));
        if (types.contains(ProblemType.RATE_LIMITED)) {
            response.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds until the limit allows another try")
                            .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
        }
        return response;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            Map<String, PathItem> items = openAPI.getPaths().getPathItems();
            if (items != null) {
                List<String> internal = items.keySet().stream()
                        .filter(path -> !path.startsWith(API_PREFIX))
                        .toList();
                internal.forEach(openAPI.getPaths()::removePathItem);
            }
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        SchemaReferences.keepOnlyReachable(openAPI);
    }

    /** RFC 9457 problem details, with the extension members our problem types add. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An API error (RFC 9457). Branch on `type`; `title` and `detail` are in the language of"
                        + " Accept-Language (Content-Language says which). `GET <type>` describes the type.")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty("type", text("The problem type, /problems/<slug>").format("uri-reference"))
                .addProperty("title", text("The problem type's title, in the reader's language"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER))
                .addProperty("detail", text("What went wrong with this request, in the reader's language"))
                .addProperty("instance", text("The request's path").format("uri-reference"))
                .addProperty("parameter", text("invalid-parameter: the query parameter or header at fault"))
                .addProperty("field", text("invalid-field, letter-too-long, address errors: the body field at fault"))
                .addProperty(
                        "ward",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .description("ward-mismatch: the ward the location or address is in"))
                .addProperty("candidates", list("ward-ambiguous, ward-mismatch: the wards the address may be in"))
                .addProperty(
                        "suggestions", list("street-not-found, number-out-of-range: streets the resident may mean"))
                .addProperty("ranges", list("number-out-of-range: the house numbers the street has"))
                .addProperty("choices", list("direction-needed: the directions the street has"))
                .addProperty("languages", list("unknown-language: the language codes there are"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    private static Schema list(String description) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).description(description);
    }
}
