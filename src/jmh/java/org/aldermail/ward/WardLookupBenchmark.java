package org.aldermail.ward;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Point → ward lookups per second on the 2023 map, over random points in the city's bounding box
 * (about a third of them outside any ward, like real traffic near the city's edge would not be).
 * The index's retained heap is printed once at setup (JOL).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Djdk.attach.allowAttachSelf=true"})
public class WardLookupBenchmark {

    private static final int POINTS = 1 << 16;

    @State(Scope.Benchmark)
    public static class Map2023 {
        WardIndex index;
        double[] lons = new double[POINTS];
        double[] lats = new double[POINTS];

        @Setup(Level.Trial)
        public void load() {
            index = WardIndex.build(WardMapReader.read(Path.of("data/chicago-wards-2023.geojson")));
            var box = index.extent();
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < POINTS; i++) {
                lons[i] = box.getMinX() + random.nextDouble() * box.getWidth();
                lats[i] = box.getMinY() + random.nextDouble() * box.getHeight();
            }
            System.out.printf(
                    "%nward index retained size: %.1f MB%n",
                    GraphLayout.parseInstance(index).totalSize() / 1e6);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public int lookupOneThread(Map2023 map, Cursor cursor) {
        int i = cursor.next++ & (POINTS - 1);
        return map.index.wardAt(map.lons[i], map.lats[i]);
    }

    @Benchmark
    @Threads(2)
    public int lookupTwoThreads(Map2023 map, Cursor cursor) {
        int i = cursor.next++ & (POINTS - 1);
        return map.index.wardAt(map.lons[i], map.lats[i]);
    }
}
