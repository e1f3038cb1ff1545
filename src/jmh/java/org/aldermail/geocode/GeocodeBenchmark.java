package org.aldermail.geocode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.aldermail.ward.WardIndex;
import org.aldermail.ward.WardMapReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * One address lookup in-process: parse the sample addresses' text, match the street, place the number,
 * and decide the ward with the ambiguity rule (no HTTP). SampleTime mode gives p50/p90/p99. The index's
 * build time and retained heap (JOL) are printed once at setup.
 * Run with {@code bench/run-jmh.sh GeocodeBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Djdk.attach.allowAttachSelf=true"})
public class GeocodeBenchmark {

    @State(Scope.Benchmark)
    public static class Data {
        Geocoder geocoder;
        AmbiguityRule rule;
        String[] addresses;

        @Setup(Level.Trial)
        public void load() throws IOException {
            long started = System.nanoTime();
            geocoder = Geocoder.load(
                    Path.of("data/chicago-street-names.csv"),
                    Path.of("data/chicago-street-intersections.csv"),
                    Optional.empty());
            System.out.printf(
                    "%ngeocoder index built in %d ms, retained size %.1f MB%n",
                    (System.nanoTime() - started) / 1_000_000,
                    GraphLayout.parseInstance(geocoder).totalSize() / 1e6);
            WardIndex wards = WardIndex.build(WardMapReader.read(Path.of("data/chicago-wards-2023.geojson")));
            rule = new AmbiguityRule(wards, ErrorModel.shipped());
            List<String> ok = new ArrayList<>();
            List<String> lines = Files.readAllLines(Path.of("data/chicago-address-samples.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String address = line.substring(1, line.indexOf('"', 1));
                try {
                    geocoder.geocode(address);
                    ok.add(address);
                } catch (GeocodeException e) {
                    // only addresses that resolve: errors are cheaper and would flatter the figures
                }
            }
            addresses = ok.toArray(String[]::new);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public WardDecision parseGeocodeWard(Data data, Cursor cursor) {
        String address = data.addresses[cursor.next++ % data.addresses.length];
        return data.rule.decide(data.geocoder.geocode(address));
    }

    @Benchmark
    @Threads(1)
    public List<Street> completeStreetName(Data data, Cursor cursor) {
        String address = data.addresses[cursor.next++ % data.addresses.length];
        int space = address.indexOf(' ', address.indexOf(' ') + 1);
        return data.geocoder
                .catalog()
                .complete(address.substring(space + 1, Math.min(address.length(), space + 5)), 10);
    }
}
