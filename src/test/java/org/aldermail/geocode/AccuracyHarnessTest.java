package org.aldermail.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aldermail.testsupport.DataFiles;
import org.aldermail.ward.LocalMetres;
import org.aldermail.ward.WardIndex;
import org.aldermail.ward.WardMapReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy harness (issues 3 and 13): geocodes every row of the address samples, and variants of each row, and
 * compares the ward with the point-in-polygon ward of the row's true coordinates. Prints the table that
 * docs/benchmarks.md shows. Rows whose true point is in no ward (Navy Pier, the city edge) are left out of
 * the ward counts but not of the metres.
 */
class AccuracyHarnessTest {

    /** Issue 13's targets; printed as met or missed for every variant. */
    static final double TARGET_RIGHT = 0.97;

    static final double TARGET_WRONG = 0.001;
    static final double TARGET_AMBIGUOUS = 0.035;
    static final double TARGET_UNRESOLVED = 0.003;

    /**
     * What the suite enforces: issue 13's targets for confidently wrong and unresolved, and for right and ambiguous
     * the figures reached with confidence from the measured 99.5th-percentile error (docs/geocoding.md), so a change
     * that makes them worse fails. Right and ambiguous miss issue 13's targets on this sample: the 99.5 % stretch of
     * block-level interpolation touches a second ward for about 7.5 % of addresses.
     */
    static final double MIN_RIGHT = 0.92;

    static final double MAX_WRONG = TARGET_WRONG;
    static final double MAX_AMBIGUOUS = 0.08;
    static final double MAX_UNRESOLVED = TARGET_UNRESOLVED;

    record Row(String address, double lat, double lon, int ward) {}

    record Score(
            String variant,
            int rows,
            int right,
            int wrong,
            int ambiguous,
            int unresolved,
            int ambiguousWithTruth,
            Map<String, int[]> byMethod,
            double p50,
            double p90,
            List<String> failures) {

        double share(int count) {
            return (double) count / rows;
        }

        String line() {
            return String.format(
                    "| %-17s | %5d | %6.2f %% | %5.2f %% | %5.2f %% (%d/%d hold the true ward) | %5.2f %% | %5.1f | %5.1f |",
                    variant,
                    rows,
                    100 * share(right),
                    100 * share(wrong),
                    100 * share(ambiguous),
                    ambiguousWithTruth,
                    ambiguous,
                    100 * share(unresolved),
                    p50,
                    p90);
        }
    }

    static final java.nio.file.Path PLACES = java.nio.file.Path.of("data/places/chicago-places.csv");

    static Geocoder geocoder;
    static WardIndex wards;
    static List<Row> rows;

    @BeforeAll
    static void load() throws Exception {
        geocoder = Geocoder.load(
                DataFiles.STREET_NAMES, DataFiles.STREET_INTERSECTIONS, Optional.empty(), Gazetteer.read(PLACES));
        wards = WardIndex.build(WardMapReader.read(DataFiles.WARDS_2023));
        rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(DataFiles.ADDRESS_SAMPLES.toFile())) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                double lat = Double.parseDouble(r.get("latitude"));
                double lon = Double.parseDouble(r.get("longitude"));
                rows.add(new Row(r.get("address"), lat, lon, wards.wardAt(lon, lat)));
            }
        }
    }

    static Score score(AddressVariants.Variant variant) {
        return score(variant, new AmbiguityRule(wards, ErrorModel.shipped()));
    }

    static Score score(AddressVariants.Variant variant, AmbiguityRule rule) {
        int counted = 0, right = 0, wrong = 0, ambiguous = 0, unresolved = 0, withTruth = 0;
        List<Double> metres = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, int[]> byMethod = new TreeMap<>();
        for (Row row : rows) {
            String text = variant.apply().apply(row.address());
            GeocodedAddress geocoded;
            try {
                geocoded = geocoder.geocode(text);
            } catch (GeocodeException e) {
                if (row.ward() != 0) {
                    counted++;
                    unresolved++;
                    failures.add("unresolved " + text + ": " + e.getMessage());
                }
                continue;
            }
            metres.add(LocalMetres.distance(
                    geocoded.placement().lon(), geocoded.placement().lat(), row.lon(), row.lat()));
            if (row.ward() == 0) {
                continue;
            }
            counted++;
            WardDecision decision = rule.decide(geocoded);
            int[] m = byMethod.computeIfAbsent(
                    geocoded.placement().method().json() + "/"
                            + geocoded.placement().area().json(),
                    k -> new int[4]);
            m[decision.ambiguous() ? 2 : decision.ward() == row.ward() ? 0 : 1]++;
            if (decision.ambiguous()) {
                ambiguous++;
                if (decision.candidates().stream().anyMatch(c -> c.ward() == row.ward())) {
                    withTruth++;
                }
            } else if (decision.ward() == row.ward()) {
                right++;
            } else if (decision.ward() == 0) {
                unresolved++;
                failures.add("outside " + text);
            } else {
                wrong++;
                failures.add("wrong " + text + " → " + geocoded.normalized() + ": ward " + decision.ward() + ", true "
                        + row.ward());
            }
        }
        double[] sorted =
                metres.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Score(
                variant.name(),
                counted,
                right,
                wrong,
                ambiguous,
                unresolved,
                withTruth,
                byMethod,
                percentile(sorted, 0.5),
                percentile(sorted, 0.9),
                failures);
    }

    static double percentile(double[] sorted, double q) {
        return sorted.length == 0
                ? Double.NaN
                : sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

    @Test
    void holdsTheMeasuredFiguresOnTheSamplesAndEveryVariant() {
        Map<String, Score> scores = new java.util.LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        table.append(
                "| variant           |  rows |  right   | wrong   | ambiguous                              | unresolved | p50 m | p90 m |\n");
        table.append("|---|---|---|---|---|---|---|---|\n");
        for (AddressVariants.Variant variant : AddressVariants.ALL) {
            Score score = score(variant);
            scores.put(variant.name(), score);
            table.append(score.line()).append('\n');
        }
        System.out.println(
                "\nGeocoder accuracy on " + DataFiles.ADDRESS_SAMPLES + " (" + rows.size() + " rows)\n" + table);
        Score asIs = scores.get(AddressVariants.ALL.get(0).name());
        System.out.println("\nPer placement method (sample as is): right / wrong / ambiguous");
        asIs.byMethod().forEach((method, c) -> System.out.printf("  %-24s %5d / %d / %d%n", method, c[0], c[1], c[2]));
        System.out.println(
                "\nIssue 13 targets (right >= 97 %, wrong <= 0.1 %, ambiguous <= 3.5 %, unresolved <= 0.3 %):");
        for (Score score : scores.values()) {
            System.out.printf(
                    "  %-17s right %s, wrong %s, ambiguous %s, unresolved %s%n",
                    score.variant(),
                    score.share(score.right()) >= TARGET_RIGHT ? "met" : "MISSED",
                    score.share(score.wrong()) <= TARGET_WRONG ? "met" : "MISSED",
                    score.share(score.ambiguous()) <= TARGET_AMBIGUOUS ? "met" : "MISSED",
                    score.share(score.unresolved()) <= TARGET_UNRESOLVED ? "met" : "MISSED");
        }
        scores.values()
                .forEach(s -> s.failures().stream()
                        .limit(40)
                        .forEach(f -> System.out.println("  " + s.variant() + ": " + f)));
        for (Score score : scores.values()) {
            assertThat(score.share(score.right()))
                    .as(score.variant() + " right")
                    .isGreaterThanOrEqualTo(MIN_RIGHT);
            assertThat(score.share(score.wrong()))
                    .as(score.variant() + " confidently wrong")
                    .isLessThanOrEqualTo(MAX_WRONG);
            assertThat(score.share(score.ambiguous()))
                    .as(score.variant() + " ambiguous")
                    .isLessThanOrEqualTo(MAX_AMBIGUOUS);
            assertThat(score.share(score.unresolved()))
                    .as(score.variant() + " unresolved")
                    .isLessThanOrEqualTo(MAX_UNRESOLVED);
        }
    }
}
