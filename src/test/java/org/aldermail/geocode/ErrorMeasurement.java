package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.aldermail.ward.LocalMetres;

/**
 * Measures the along-street error of every placement method, the data behind {@link ErrorModel}:
 * <ul>
 * <li><b>sample</b>: every address-sample row placed from its text and compared with its true point;</li>
 * <li><b>leave-one-out</b>: every crossing of a street with a grid line (a value by the City's numbering)
 * taken out of the street, and its grid value placed again from the other crossings. This measures the
 * interpolation alone (no lot numbering) over spans one block longer than real ones, and gives thousands of
 * cases where the sample has dozens.</li>
 * </ul>
 * A method's interval is the larger of the two 99.5th percentiles (each needs {@value #MIN_CASES} cases).
 */
final class ErrorMeasurement {

    static final int MIN_CASES = 20;

    /**
     * Methods that cannot be measured here, and the half-widths we assume for them, with the reason in
     * docs/geocoding.md: an address point is the City's own point for that address; a gazetteer place is
     * checked against the ward map in a test; the Census geocoder interpolates TIGER address ranges, whose
     * published positional errors reach a few hundred metres.
     */
    static final Map<Placement.Method, Double> ASSUMED = Map.of(
            Placement.Method.ADDRESS_POINT, 15.0,
            Placement.Method.PLACE, 0.0,
            Placement.Method.CENSUS, 250.0);

    /** A sample address with its true point. */
    record Truth(String address, double lon, double lat) {}

    private final Map<Placement.Method, Map<Placement.Area, List<Double>>> sample =
            new EnumMap<>(Placement.Method.class);
    private final Map<Placement.Method, Map<Placement.Area, List<Double>>> loo = new EnumMap<>(Placement.Method.class);
    private final Map<Placement.Method, Map<Placement.Area, List<Double>>> across =
            new EnumMap<>(Placement.Method.class);
    /** Per crossing kind, for every sample row and crossing within 100 numbers: the depth of a wrong side, or -1. */
    final Map<String, List<Double>> crossingPairs = new java.util.TreeMap<>();

    final List<String> wrongSideOfCrossing = new ArrayList<>();

    static ErrorMeasurement of(Geocoder geocoder, List<Truth> truths) {
        ErrorMeasurement m = new ErrorMeasurement();
        for (Truth truth : truths) {
            GeocodedAddress geocoded;
            try {
                geocoded = geocoder.geocode(truth.address());
            } catch (GeocodeException e) {
                continue;
            }
            m.addSample(geocoded, truth);
        }
        for (StreetLine line : geocoder.catalog().lines()) {
            m.addLeaveOneOut(line);
        }
        return m;
    }

    private void addSample(GeocodedAddress geocoded, Truth truth) {
        Placement p = geocoded.placement();
        if (ASSUMED.containsKey(p.method())) {
            return;
        }
        double dx = LocalMetres.x(truth.lon()) - p.x();
        double dy = LocalMetres.y(truth.lat()) - p.y();
        double along = dx * p.ux() + dy * p.uy();
        double side = dx * p.sideX() + dy * p.sideY();
        add(sample, p, Math.abs(along));
        add(across, p, side);
        int number = geocoded.match().number();
        int sign = geocoded.match().street().name().direction().sign();
        for (Placement.Crossing c : p.crossings()) {
            double depth = sign * number - c.value();
            if (Math.abs(depth) > 100) {
                continue;
            }
            boolean violated = depth >= 0 ? along < c.along() : along > c.along();
            crossingPairs
                    .computeIfAbsent(ErrorModel.marginKey(c.kind(), c.agrees()), k -> new ArrayList<>())
                    .add(violated ? Math.abs(depth) : -1);
            if (violated) {
                wrongSideOfCrossing.add(String.format(
                        Locale.ROOT,
                        "%s %s %s: %.0f m along; %s %s @%.0f = %.0f",
                        geocoded.normalized(),
                        p.method(),
                        p.area(),
                        along,
                        c.kind(),
                        c.street(),
                        c.along(),
                        c.value()));
            }
        }
    }

    private void addLeaveOneOut(StreetLine line) {
        int n = line.intersections();
        if (n < 3) {
            return;
        }
        int sign = line.street().direction().sign();
        for (int k = 0; k < n; k++) {
            if (!line.anchorAt(k)) {
                continue;
            }
            double value = line.valueAt(k);
            int number = (int) Math.round(sign * value);
            if (number <= 0) {
                continue;
            }
            double tx = line.xAt(k);
            double ty = line.yAt(k);
            line.without(k).placeAt(value, number).ifPresent(p -> {
                double along = (tx - p.x()) * p.ux() + (ty - p.y()) * p.uy();
                add(loo, p, Math.abs(along));
            });
        }
    }

    private static void add(Map<Placement.Method, Map<Placement.Area, List<Double>>> to, Placement p, double value) {
        to.computeIfAbsent(p.method(), x -> new EnumMap<>(Placement.Area.class))
                .computeIfAbsent(p.area(), x -> new ArrayList<>())
                .add(value);
    }

    /** The error-model file: one row per method and area, the interval first, then the figures behind it. */
    String csv() {
        return csv(ErrorModel.QUANTILE);
    }

    /** The file for another quantile, to compare trade-offs. */
    String csv(double quantile) {
        StringBuilder out = new StringBuilder();
        out.append("# Along-street error per placement method, measured by ErrorMeasurement (ErrorModelTest) on\n")
                .append(
                        "# data/chicago-address-samples.csv (sample_*) and by leave-one-out on the grid-line crossings of\n")
                .append(
                        "# data/chicago-street-intersections.csv (loo_*); metres. interval_m = larger 99.5th percentile;\n")
                .append(
                        "# source 'assumed' for methods these files cannot measure (docs/geocoding.md). Regenerate with\n")
                .append("# ./mvnw test -Dtest=ErrorModelTest -Daldermail.error-model.write=true\n")
                .append("method,area,interval_m,source,sample_n,sample_p50,sample_p90,sample_p99,sample_p995,")
                .append("loo_n,loo_p50,loo_p90,loo_p99,loo_p995,across_p01,across_p50\n");
        for (Placement.Method method : Placement.Method.values()) {
            if (ASSUMED.containsKey(method)) {
                for (Placement.Area area : Placement.Area.values()) {
                    out.append(String.format(
                            Locale.ROOT, "%s,%s,%.0f,assumed,0,,,,,0,,,,,,%n", method, area, ASSUMED.get(method)));
                }
                continue;
            }
            for (Placement.Area area : Placement.Area.values()) {
                double[] s = sorted(sample, method, area);
                double[] l = sorted(loo, method, area);
                double[] a = sorted(across, method, area);
                double interval = Math.max(
                        s.length >= MIN_CASES ? quantile(s, quantile) : 0,
                        l.length >= MIN_CASES ? quantile(l, quantile) : 0);
                String source = s.length >= MIN_CASES && l.length >= MIN_CASES
                        ? "sample+loo"
                        : s.length >= MIN_CASES ? "sample" : l.length >= MIN_CASES ? "loo" : "none";
                if (source.equals("none")) {
                    continue;
                }
                out.append(String.format(
                        Locale.ROOT,
                        "%s,%s,%.0f,%s,%d,%s,%s,%s,%s,%d,%s,%s,%s,%s,%s,%s%n",
                        method,
                        area,
                        Math.ceil(interval),
                        source,
                        s.length,
                        q(s, 0.5),
                        q(s, 0.9),
                        q(s, 0.99),
                        q(s, 0.995),
                        l.length,
                        q(l, 0.5),
                        q(l, 0.9),
                        q(l, 0.99),
                        q(l, 0.995),
                        q(a, 0.01),
                        q(a, 0.5)));
            }
        }
        for (Placement.Crossing.Kind kind : Placement.Crossing.Kind.values()) {
            for (boolean agrees : new boolean[] {true, false}) {
                String key = ErrorModel.marginKey(kind, agrees);
                List<Double> pairs = crossingPairs.getOrDefault(key, List.of());
                OptionalInt margin = pairs.size() < MIN_CASES
                        ? OptionalInt.empty()
                        : MARGINS.stream()
                                .mapToInt(Integer::intValue)
                                .filter(m -> wrongSide(pairs, m) <= (1 - quantile) * beyond(pairs, m))
                                .findFirst();
                out.append(String.format(
                        Locale.ROOT,
                        "%s%s,ALL,%s,sample,%d,,,,,0,,,,,,%n",
                        ErrorModel.CROSSING,
                        key,
                        margin.isPresent() ? Integer.toString(margin.getAsInt()) : "Infinity",
                        pairs.size()));
            }
        }
        return out.toString();
    }

    /** Candidate margins (house numbers), smallest first. */
    private static final List<Integer> MARGINS = List.of(1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 100);

    private static long wrongSide(List<Double> pairs, int margin) {
        return pairs.stream().filter(d -> d >= margin).count();
    }

    private static long beyond(List<Double> pairs, int margin) {
        return pairs.stream().filter(d -> d < 0 || d >= margin).count();
    }

    private static double[] sorted(
            Map<Placement.Method, Map<Placement.Area, List<Double>>> from, Placement.Method m, Placement.Area a) {
        double[] values = from.getOrDefault(m, Map.of()).getOrDefault(a, List.of()).stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
        Arrays.sort(values);
        return values;
    }

    private static String q(double[] sorted, double quantile) {
        return sorted.length == 0 ? "" : String.format(Locale.ROOT, "%.1f", quantile(sorted, quantile));
    }

    /** The nearest-rank quantile. */
    static double quantile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
