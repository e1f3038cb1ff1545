package org.aldermail.geocode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far along the street the true address may be from our estimate, per placement method and area:
 * the 99.5th percentile of the along-street error measured on the developers' address sample and by
 * leaving each grid-line crossing out of its street and placing it again (see docs/geocoding.md). Read
 * from {@code geocode/error-model.csv}, which {@code ErrorModelTest} regenerates from the data and keeps
 * honest: the file must equal what the current data measures.
 */
public final class ErrorModel {

    static final String RESOURCE = "/geocode/error-model.csv";

    /** Rows {@code CROSSING_<kind>} hold a crossing kind's margin in house numbers instead of metres. */
    static final String CROSSING = "CROSSING_";

    /** The quantile of the measured along-street error that an answer's likely stretch covers. */
    public static final double QUANTILE = 0.995;

    /** One method's interval; {@code alongMetres} is the half-width of the likely stretch. */
    public record Interval(Placement.Method method, Placement.Area area, double alongMetres) {}

    private final Map<Placement.Method, Map<Placement.Area, Double>> along;
    private final Map<String, Double> margins;

    private ErrorModel(Map<Placement.Method, Map<Placement.Area, Double>> along, Map<String, Double> margins) {
        this.along = along;
        this.margins = margins;
    }

    /**
     * How many house numbers away from a crossing's grid value an address must be to be certainly on its side
     * of that crossing, for crossings whose value was found this way and agrees (or not) with its neighbours';
     * infinite when never safe.
     */
    public double crossingMargin(Placement.Crossing crossing) {
        return margins.getOrDefault(marginKey(crossing.kind(), crossing.agrees()), Double.POSITIVE_INFINITY);
    }

    /** {@code VOTED} or {@code VOTED+} (agreeing with its neighbours), as in the file's {@code CROSSING_} rows. */
    static String marginKey(Placement.Crossing.Kind kind, boolean agrees) {
        return kind.name() + (agrees ? "+" : "");
    }

    /** The model shipped with the application. */
    public static ErrorModel shipped() {
        try (InputStream in = ErrorModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code method,area,interval_m,...} rows; {@code #} lines are comments. */
    static ErrorModel read(BufferedReader reader) throws IOException {
        Map<Placement.Method, Map<Placement.Area, Double>> along = new EnumMap<>(Placement.Method.class);
        Map<String, Double> margins = new java.util.HashMap<>();
        String header = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = line;
                continue;
            }
            String[] cells = line.split(",");
            if (cells[0].startsWith(CROSSING)) {
                margins.put(cells[0].substring(CROSSING.length()), Double.parseDouble(cells[2]));
                continue;
            }
            along.computeIfAbsent(Placement.Method.valueOf(cells[0]), m -> new EnumMap<>(Placement.Area.class))
                    .put(Placement.Area.valueOf(cells[1]), Double.parseDouble(cells[2]));
        }
        for (Placement.Method method : Placement.Method.values()) {
            if (!along.containsKey(method)) {
                throw new IllegalStateException("The error model has no interval for " + method);
            }
        }
        return new ErrorModel(along, margins);
    }

    /** The likely stretch's half-width for a placement; an area without its own figure uses the other's. */
    public Interval interval(Placement placement) {
        Map<Placement.Area, Double> byArea = along.get(placement.method());
        Double metres = byArea.get(placement.area());
        if (metres == null) {
            metres = byArea.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElseThrow();
        }
        return new Interval(placement.method(), placement.area(), metres);
    }
}
