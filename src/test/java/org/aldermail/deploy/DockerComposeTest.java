package org.aldermail.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks what can go wrong in it without
 * running: undocumented variables, and services, ports and credentials that do not line up.
 */
class DockerComposeTest {

    private static final Pattern DOCUMENTED_VARIABLE = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|", Pattern.MULTILINE);

    private static JsonNode compose;
    private static Map<String, String> appEnvironment;

    @BeforeAll
    static void parse() throws IOException {
        compose = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("docker-compose.yml").toFile());
        appEnvironment = environment("app");
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        compose.path("services")
                .path(service)
                .path("environment")
                .fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    private static List<String> containerPorts(String service) {
        List<String> ports = new ArrayList<>();
        compose.path("services").path(service).path("expose").forEach(p -> ports.add(p.asText()));
        compose.path("services").path(service).path("ports").forEach(p -> {
            String[] parts = p.asText().split(":");
            ports.add(parts[parts.length - 1]);
        });
        return ports;
    }

    @Test
    void everyVariableTheAppGetsIsDocumentedInTheReadme() throws IOException {
        Matcher matcher = DOCUMENTED_VARIABLE.matcher(Files.readString(Path.of("README.md")));
        Set<String> documented = matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(documented).contains("QUARKUS_DATASOURCE_JDBC_URL", "ALDERMAIL_WARD_MAP_FILE");
        assertThat(appEnvironment).isNotEmpty();
        assertThat(documented).containsAll(appEnvironment.keySet());
    }

    @Test
    void theAppIsThePostgresqlBuildRunWithItsProfile() throws IOException {
        assertThat(appEnvironment).containsEntry("QUARKUS_PROFILE", "pg");
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("-Ppostgresql")
                .contains("QUARKUS_PROFILE=pg");
        assertThat(Files.readString(Path.of("pom.xml")))
                .containsPattern("(?s)<id>postgresql</id>\\s*<properties>\\s*<quarkus.profile>pg</quarkus.profile>");
    }

    @Test
    void theDatabaseUrlPointsAtThePostgresServiceWithItsCredentials() {
        URI jdbc = URI.create(appEnvironment.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        assertThat(jdbc.getScheme()).isEqualTo("postgresql");
        Map<String, String> postgres = environment(jdbc.getHost());
        assertThat(postgres).as("a service named like the JDBC host").isNotEmpty();
        assertThat(containerPorts(jdbc.getHost())).contains(String.valueOf(jdbc.getPort()));
        assertThat(jdbc.getPath()).isEqualTo("/" + postgres.get("POSTGRES_DB"));
        assertThat(appEnvironment.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(appEnvironment.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(compose.path("services").path("app").path("depends_on").has(jdbc.getHost()))
                .isTrue();
    }

    @Test
    void theMailerPointsAtTheMailCatchersSmtpPort() {
        String host = appEnvironment.get("QUARKUS_MAILER_HOST");
        assertThat(compose.path("services").has(host))
                .as("a service named " + host)
                .isTrue();
        assertThat(containerPorts(host)).contains(appEnvironment.get("QUARKUS_MAILER_PORT"));
        assertThat(compose.path("services").path("app").path("depends_on").has(host))
                .isTrue();
    }

    @Test
    void thePublishedAppPortIsTheOneTheAppListensOn() {
        assertThat(containerPorts("app")).containsExactly(appEnvironment.getOrDefault("QUARKUS_HTTP_PORT", "8080"));
    }
}
