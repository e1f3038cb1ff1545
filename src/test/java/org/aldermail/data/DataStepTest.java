package org.aldermail.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data step (data/fetch-data.sh), run on a copy of itself in a scratch folder. */
class DataStepTest {

    private static final Path SCRIPT = Path.of("data/fetch-data.sh");

    @TempDir
    Path scratch;

    private record Run(int exitCode, String stderr) {}

    private Path dataDir() throws IOException {
        Path data = Files.createDirectories(scratch.resolve("project/data"));
        Files.copy(SCRIPT, data.resolve("fetch-data.sh"));
        return data;
    }

    private Run run(Path dataDir, Map<String, String> env) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder("bash", dataDir.resolve("fetch-data.sh").toString());
        builder.environment().putAll(env);
        Path stderr = scratch.resolve("stderr.txt");
        builder.redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(stderr));
    }

    @Test
    void copiesTheSharedDataAndRecordsItInTheManifest() throws Exception {
        Path shared = Files.createDirectories(scratch.resolve("shared/data"));
        Files.writeString(shared.resolve("chicago-wards-2023.geojson"), "{\"type\":\"FeatureCollection\"}");
        Files.writeString(shared.resolve("chicago-alders.csv"), "ward,alder\n");
        Path data = dataDir();

        Run run = run(
                data,
                Map.of("ALDERMAIL_SHARED_DATA", shared.toString(), "ALDERMAIL_PORTAL_BASE", "http://127.0.0.1:9"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(data.resolve("chicago-wards-2023.geojson"))
                .hasSameTextualContentAs(shared.resolve("chicago-wards-2023.geojson"));
        List<String> manifest = Files.readAllLines(data.resolve("manifest.tsv"));
        assertThat(manifest.get(0)).isEqualTo("file\tsource\tsha256\tfilled_at");
        assertThat(manifest)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "chicago-wards-2023.geojson\t" + shared.toRealPath() + "/chicago-wards-2023.geojson\t")
                        .matches(".*\t[0-9a-f]{64}\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void downloadsFromThePortalWhenThereIsNoSharedCopy() throws Exception {
        HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> requested = new ArrayList<>();
        portal.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            requested.add(path);
            byte[] body = (path.contains("c6ie-9e6c") ? "[]" : "{\"type\":\"FeatureCollection\"}")
                    .getBytes(StandardCharsets.UTF_8);
            boolean known = path.contains("p293-wvbd") || path.contains("c6ie-9e6c");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (known) {
                    out.write(body);
                }
            }
        });
        portal.start();
        try {
            Path data = dataDir();
            String base = "http://127.0.0.1:" + portal.getAddress().getPort();

            Run run = run(
                    data,
                    Map.of(
                            "ALDERMAIL_SHARED_DATA",
                            scratch.resolve("nowhere").toString(),
                            "ALDERMAIL_PORTAL_BASE",
                            base));

            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(requested)
                    .contains("/api/geospatial/p293-wvbd?method=export&format=GeoJSON", "/resource/c6ie-9e6c.json");
            assertThat(data.resolve("ward-offices.json")).hasContent("[]");
            assertThat(Files.readString(data.resolve("manifest.tsv")))
                    .contains("chicago-wards-2023.geojson\t" + base + "/api/geospatial/p293-wvbd");

            requested.clear();
            assertThat(run(data, Map.of("ALDERMAIL_SHARED_DATA", "/nowhere", "ALDERMAIL_PORTAL_BASE", base))
                            .exitCode())
                    .isZero();
            assertThat(requested)
                    .as("files already in data/ are not downloaded again")
                    .doesNotContain("/resource/c6ie-9e6c.json");
        } finally {
            portal.stop(0);
        }
    }

    @Test
    void stopsWithOneClearSentenceWhenNeitherSourceIsReachable() throws Exception {
        Path data = dataDir();

        Run run = run(
                data,
                Map.of(
                        "ALDERMAIL_SHARED_DATA",
                        scratch.resolve("nowhere").toString(),
                        "ALDERMAIL_PORTAL_BASE",
                        "http://127.0.0.1:9"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().strip().lines()).hasSize(1);
        assertThat(run.stderr())
                .contains(
                        "chicago-wards-2023.geojson",
                        "chicago-alders.csv or ward-offices.json",
                        "ALDERMAIL_SHARED_DATA",
                        "http://127.0.0.1:9");
    }
}
