package org.aldermail.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Drops the component schemas no remaining operation refers to, directly or through other schemas: the scanner
 * describes the types of every resource, pages' template types included, and those left with the pages.
 */
final class SchemaReferences {

    private static final String PREFIX = "#/components/schemas/";

    private SchemaReferences() {}

    static void keepOnlyReachable(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Deque<Schema> todo = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().stream()
                    .flatMap(SchemaReferences::operations)
                    .flatMap(SchemaReferences::schemasOf)
                    .forEach(todo::add);
        }
        Set<String> reachable = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(PREFIX)) {
                String name = ref.substring(PREFIX.length());
                if (reachable.add(name) && schemas.containsKey(name)) {
                    todo.push(schemas.get(name));
                }
            }
            children(schema).forEach(todo::push);
        }
        schemas.keySet().stream()
                .filter(name -> !reachable.contains(name))
                .toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static Stream<Operation> operations(PathItem item) {
        return item.getOperations() == null ? Stream.empty() : item.getOperations().values().stream();
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        Stream<Schema> parameters = operation.getParameters() == null
                ? Stream.empty()
                : operation.getParameters().stream().map(Parameter::getSchema);
        Stream<Schema> body = operation.getRequestBody() == null
                ? Stream.empty()
                : schemasOf(operation.getRequestBody().getContent());
        Stream<Schema> responses = operation.getResponses() == null
                        || operation.getResponses().getAPIResponses() == null
                ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream().flatMap(SchemaReferences::schemasOf);
        return Stream.of(parameters, body, responses).flatMap(s -> s).filter(Objects::nonNull);
    }

    private static Stream<Schema> schemasOf(APIResponse response) {
        Stream<Schema> headers = response.getHeaders() == null
                ? Stream.empty()
                : response.getHeaders().values().stream().map(h -> h.getSchema());
        return Stream.concat(schemasOf(response.getContent()), headers);
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null
                ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }

    private static Stream<Schema> children(Schema schema) {
        Stream<Schema> properties =
                schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream();
        Stream<Schema> combined = Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream);
        Stream<Schema> single = Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot());
        return Stream.of(properties, combined, single).flatMap(s -> s).filter(Objects::nonNull);
    }
}
