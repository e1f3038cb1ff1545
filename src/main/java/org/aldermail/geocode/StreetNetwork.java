package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aldermail.ward.LocalMetres;

/**
 * The intersections as a graph: every distinct point (in local metres), and every street's chain of points
 * ordered along the axis its house numbers count on. A chain is split into <em>runs</em>: stretches where
 * the street follows the grid (within 12° of its axis), on which the street is one grid line with one value.
 */
final class StreetNetwork {

    /** Segments within this slope of the street's axis follow the grid; diagonals (Milwaukee, Archer) do not. */
    static final double ALIGNED_SLOPE = Math.tan(Math.toRadians(12));

    final double[] x;
    final double[] y;
    final String[] streets;
    final Direction[] direction;
    final int[][] chain;
    final int[][] run;
    final int[][] streetsAt;
    final int[][] runsAt;

    private StreetNetwork(
            double[] x,
            double[] y,
            String[] streets,
            Direction[] direction,
            int[][] chain,
            int[][] run,
            int[][] streetsAt,
            int[][] runsAt) {
        this.x = x;
        this.y = y;
        this.streets = streets;
        this.direction = direction;
        this.chain = chain;
        this.run = run;
        this.streetsAt = streetsAt;
        this.runsAt = runsAt;
    }

    int points() {
        return x.length;
    }

    /** The coordinate a street's house numbers count along (x for E/W streets, y for N/S streets). */
    double along(int street, int point) {
        return direction[street].axis() == 0 ? x[point] : y[point];
    }

    static StreetNetwork build(List<Intersection> intersections, Map<String, String> baseOfFullName) {
        Map<Long, Integer> pointIds = new HashMap<>();
        List<double[]> coords = new ArrayList<>();
        Map<String, List<Integer>> pointsOf = new LinkedHashMap<>();
        for (Intersection i : intersections) {
            Optional<String> a = streetKey(i.street1(), baseOfFullName);
            Optional<String> b = streetKey(i.street2(), baseOfFullName);
            if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
                continue;
            }
            // The file rounds to 5 decimals (about 1 m): equal rounded coordinates are the same intersection.
            long key = Math.round(i.lon() * 1e5) * 100_000_000L + Math.round(i.lat() * 1e5);
            Integer id = pointIds.get(key);
            if (id == null) {
                id = coords.size();
                pointIds.put(key, id);
                coords.add(new double[] {LocalMetres.x(i.lon()), LocalMetres.y(i.lat())});
            }
            pointsOf.computeIfAbsent(a.get(), k -> new ArrayList<>()).add(id);
            pointsOf.computeIfAbsent(b.get(), k -> new ArrayList<>()).add(id);
        }
        double[] x = coords.stream().mapToDouble(c -> c[0]).toArray();
        double[] y = coords.stream().mapToDouble(c -> c[1]).toArray();
        String[] streets = pointsOf.keySet().toArray(String[]::new);
        Direction[] direction = new Direction[streets.length];
        int[][] chain = new int[streets.length][];
        int[][] run = new int[streets.length][];
        List<List<int[]>> at = new ArrayList<>();
        for (int p = 0; p < x.length; p++) {
            at.add(new ArrayList<>(4));
        }
        for (int s = 0; s < streets.length; s++) {
            Direction d = Direction.valueOf(streets[s].substring(0, 1));
            direction[s] = d;
            Comparator<Integer> alongAxis = d.axis() == 0
                    ? Comparator.<Integer>comparingDouble(p -> x[p]).thenComparingDouble(p -> y[p])
                    : Comparator.<Integer>comparingDouble(p -> y[p]).thenComparingDouble(p -> x[p]);
            int[] points = pointsOf.get(streets[s]).stream()
                    .distinct()
                    .sorted(alongAxis)
                    .mapToInt(Integer::intValue)
                    .toArray();
            chain[s] = points;
            run[s] = runs(points, d.axis(), x, y);
            for (int k = 0; k < points.length; k++) {
                at.get(points[k]).add(new int[] {s, run[s][k]});
            }
        }
        int[][] streetsAt = new int[x.length][];
        int[][] runsAt = new int[x.length][];
        for (int p = 0; p < x.length; p++) {
            streetsAt[p] = at.get(p).stream().mapToInt(e -> e[0]).toArray();
            runsAt[p] = at.get(p).stream().mapToInt(e -> e[1]).toArray();
        }
        return new StreetNetwork(x, y, streets, direction, chain, run, streetsAt, runsAt);
    }

    private static int[] runs(int[] points, int axis, double[] x, double[] y) {
        int[] ids = new int[points.length];
        Arrays.fill(ids, -1);
        if (points.length == 1) {
            ids[0] = 0;
            return ids;
        }
        int next = 0;
        for (int k = 0; k + 1 < points.length; k++) {
            int p = points[k];
            int q = points[k + 1];
            double du = Math.abs(axis == 0 ? x[q] - x[p] : y[q] - y[p]);
            double dv = Math.abs(axis == 0 ? y[q] - y[p] : x[q] - x[p]);
            if (du > 0 && dv / du < ALIGNED_SLOPE) {
                if (ids[k] < 0) {
                    ids[k] = next++;
                }
                ids[k + 1] = ids[k];
            }
        }
        return ids;
    }

    /** The street a centerline name belongs to ("S DR MARTIN LUTHER KING JR DR W" → its street). */
    private static Optional<String> streetKey(String fullName, Map<String, String> baseOfFullName) {
        String base = baseOfFullName.getOrDefault(fullName, fullName);
        if (base.length() < 3
                || base.charAt(1) != ' '
                || "NSEW".indexOf(base.charAt(0)) < 0
                || base.contains("UNKNOWN")) {
            return Optional.empty();
        }
        return Optional.of(base);
    }
}
