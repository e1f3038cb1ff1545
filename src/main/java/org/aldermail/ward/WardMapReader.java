package org.aldermail.ward;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Reads and validates a ward map published as a GeoJSON FeatureCollection (the City's export format).
 * JTS's GeoJsonReader drops feature properties, so Jackson walks the features and JTS reads each geometry.
 */
public final class WardMapReader {

    public static final int WARD_COUNT = 50;

    /** Generous box around Chicago: a map outside it is in another projection or has lat/lon swapped. */
    private static final Envelope CHICAGO_REGION = new Envelope(-88.5, -87.0, 41.3, 42.4);

    /** A fix that changes a ward's area by more than this fraction is a different ward, not a repair. */
    private static final double MAX_AREA_CHANGE_ON_FIX = 0.001;

    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    private WardMapReader() {}

    public static List<WardShape> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new WardMapException("Ward map " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static List<WardShape> read(InputStream in, String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new WardMapException("Ward map " + name + " is not a GeoJSON FeatureCollection");
        }
        TreeMap<Integer, WardShape> wards = new TreeMap<>();
        GeoJsonReader geometryReader = new GeoJsonReader(LON_LAT);
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            String where = "Ward map " + name + ", feature " + index++;
            int number = wardNumber(feature.path("properties").path("ward"), where);
            where += " (ward " + number + ")";
            Geometry area = polygonal(feature.path("geometry"), geometryReader, where);
            if (wards.put(number, new WardShape(number, area)) != null) {
                throw new WardMapException(where + ": ward " + number + " appears more than once");
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= WARD_COUNT; n++) {
            if (!wards.containsKey(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw new WardMapException("Ward map " + name + " has " + wards.size() + " wards, not " + WARD_COUNT
                    + ": missing ward(s) " + missing);
        }
        return List.copyOf(wards.values());
    }

    private static int wardNumber(JsonNode value, String where) {
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            throw new WardMapException(where + " has no properties.ward");
        }
        String text = value.asText().trim();
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new WardMapException(where + ": properties.ward '" + text + "' is not a whole number");
        }
        if (number < 1 || number > WARD_COUNT) {
            throw new WardMapException(where + ": properties.ward " + number + " is outside 1.." + WARD_COUNT);
        }
        return number;
    }

    private static Geometry polygonal(JsonNode geometryNode, GeoJsonReader reader, String where) {
        if (geometryNode.isMissingNode() || geometryNode.isNull()) {
            throw new WardMapException(where + " has no geometry");
        }
        Geometry geometry;
        try {
            geometry = reader.read(geometryNode.toString());
        } catch (ParseException | RuntimeException e) {
            throw new WardMapException(where + ": geometry cannot be read: " + e.getMessage(), e);
        }
        if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
            throw new WardMapException(where + ": geometry is " + geometry.getGeometryType()
                    + ", expected a non-empty Polygon or MultiPolygon");
        }
        Envelope extent = geometry.getEnvelopeInternal();
        if (!CHICAGO_REGION.contains(extent)) {
            throw new WardMapException(where + ": coordinates are not longitude/latitude around Chicago (extent x "
                    + extent.getMinX() + ".." + extent.getMaxX() + ", y " + extent.getMinY() + ".." + extent.getMaxY()
                    + "); the map must be GeoJSON in WGS84 [longitude, latitude] order");
        }
        if (geometry.isValid()) {
            return geometry;
        }
        Geometry fixed = GeometryFixer.fix(geometry);
        double areaChange = Math.abs(fixed.getArea() - geometry.getArea()) / Math.max(geometry.getArea(), 1e-12);
        if (!(fixed instanceof Polygonal)
                || fixed.isEmpty()
                || !fixed.isValid()
                || areaChange > MAX_AREA_CHANGE_ON_FIX) {
            throw new WardMapException(
                    where + ": geometry is invalid and cannot be repaired without changing the ward ("
                            + new IsValidOp(geometry).getValidationError() + ")");
        }
        Log.warnf("%s: invalid geometry repaired (area change %.4f%%)", where, areaChange * 100);
        return fixed;
    }
}
