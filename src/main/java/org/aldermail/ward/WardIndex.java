package org.aldermail.ward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Point → ward for one ward map. Built once, immutable and thread-safe afterwards.
 *
 * <p>A regular grid over the map's extent answers most points in constant time: a cell that lies strictly
 * inside one ward and touches no other is that ward. Only points in cells crossed by a ward line go to
 * the per-ward {@link IndexedPointInAreaLocator}s.
 *
 * <p>Boundary rule: a ward covers the points on its own boundary, so a point exactly on a line shared by
 * two wards (or in one of the map's sub-square-metre overlaps) is covered by both; it resolves to the
 * <em>lowest</em> ward number. Points in holes of the city (e.g. Norridge) or outside it have no ward.
 */
public final class WardIndex {

    private static final int GRID_SIZE = 128;
    private static final byte EMPTY_CELL = 0;
    private static final byte MIXED_CELL = -1;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final int[] wardNumbers;
    private final IndexedPointInAreaLocator[] locators;
    private final IndexedFacetDistance[] metricDistances;
    private final Envelope[] metricEnvelopes;
    private final Envelope extent;
    private final double cellWidth;
    private final double cellHeight;
    private final byte[] cellWard;
    private final int[][] cellCandidates;

    private WardIndex(List<WardShape> wards) {
        List<WardShape> ordered = wards.stream()
                .sorted(Comparator.comparingInt(WardShape::number))
                .toList();
        int count = ordered.size();
        wardNumbers = new int[count];
        locators = new IndexedPointInAreaLocator[count];
        metricDistances = new IndexedFacetDistance[count];
        metricEnvelopes = new Envelope[count];
        extent = new Envelope();
        PreparedGeometry[] prepared = new PreparedGeometry[count];
        STRtree byEnvelope = new STRtree();
        for (int i = 0; i < count; i++) {
            Geometry area = ordered.get(i).area();
            wardNumbers[i] = ordered.get(i).number();
            locators[i] = new IndexedPointInAreaLocator(area);
            // The locator builds its index lazily; build it now, before other threads can see it.
            locators[i].locate(area.getCoordinate());
            Geometry metric = LocalMetres.project(area);
            metricDistances[i] = new IndexedFacetDistance(metric);
            metricEnvelopes[i] = metric.getEnvelopeInternal();
            prepared[i] = PreparedGeometryFactory.prepare(area);
            byEnvelope.insert(area.getEnvelopeInternal(), i);
            extent.expandToInclude(area.getEnvelopeInternal());
        }
        byEnvelope.build();
        cellWidth = extent.getWidth() / GRID_SIZE;
        cellHeight = extent.getHeight() / GRID_SIZE;
        cellWard = new byte[GRID_SIZE * GRID_SIZE];
        cellCandidates = new int[GRID_SIZE * GRID_SIZE][];
        classifyCells(prepared, byEnvelope);
    }

    public static WardIndex build(List<WardShape> wards) {
        return new WardIndex(wards);
    }

    private void classifyCells(PreparedGeometry[] prepared, STRtree byEnvelope) {
        for (int row = 0; row < GRID_SIZE; row++) {
            for (int col = 0; col < GRID_SIZE; col++) {
                double x0 = extent.getMinX() + col * cellWidth;
                double y0 = extent.getMinY() + row * cellHeight;
                Envelope cellEnvelope = new Envelope(x0, x0 + cellWidth, y0, y0 + cellHeight);
                Geometry cell = GEOMETRY.toGeometry(cellEnvelope);
                List<Integer> touching = new ArrayList<>();
                for (Object item : byEnvelope.query(cellEnvelope)) {
                    int i = (Integer) item;
                    if (prepared[i].intersects(cell)) {
                        touching.add(i);
                    }
                }
                int cell1d = row * GRID_SIZE + col;
                if (touching.isEmpty()) {
                    cellWard[cell1d] = EMPTY_CELL;
                } else if (touching.size() == 1 && prepared[touching.get(0)].containsProperly(cell)) {
                    cellWard[cell1d] = (byte) wardNumbers[touching.get(0)];
                } else {
                    cellWard[cell1d] = MIXED_CELL;
                    cellCandidates[cell1d] = touching.stream()
                            .mapToInt(Integer::intValue)
                            .sorted()
                            .toArray();
                }
            }
        }
    }

    /** The ward covering this point, or 0 when the point is in no ward. */
    public int wardAt(double lon, double lat) {
        if (!(lon >= extent.getMinX()
                && lon <= extent.getMaxX()
                && lat >= extent.getMinY()
                && lat <= extent.getMaxY())) {
            return 0;
        }
        int col = Math.min((int) ((lon - extent.getMinX()) / cellWidth), GRID_SIZE - 1);
        int row = Math.min((int) ((lat - extent.getMinY()) / cellHeight), GRID_SIZE - 1);
        int cell = row * GRID_SIZE + col;
        byte ward = cellWard[cell];
        if (ward != MIXED_CELL) {
            return ward;
        }
        Coordinate point = new Coordinate(lon, lat);
        for (int i : cellCandidates[cell]) {
            if (locators[i].locate(point) != Location.EXTERIOR) {
                return wardNumbers[i];
            }
        }
        return 0;
    }

    /** The nearest ward other than the one covering the point (by the boundary rule), with its distance. */
    public Optional<WardDistance> nearestOtherWard(double lon, double lat) {
        int own = wardAt(lon, lat);
        return wardsWithin(lon, lat, Double.POSITIVE_INFINITY, own).stream().findFirst();
    }

    /** Every ward within {@code radiusMeters} of the point, nearest first; a ward covering it is at 0 m. */
    public List<WardDistance> wardsWithin(double lon, double lat, double radiusMeters) {
        return wardsWithin(lon, lat, radiusMeters, 0);
    }

    private List<WardDistance> wardsWithin(double lon, double lat, double radiusMeters, int excludedWard) {
        Coordinate metric = LocalMetres.of(lon, lat);
        Coordinate lonLat = new Coordinate(lon, lat);
        Point metricPoint = GEOMETRY.createPoint(metric);
        Integer[] byEnvelopeDistance = new Integer[wardNumbers.length];
        double[] envelopeDistance = new double[wardNumbers.length];
        for (int i = 0; i < wardNumbers.length; i++) {
            byEnvelopeDistance[i] = i;
            envelopeDistance[i] = metricEnvelopes[i].distance(new Envelope(metric));
        }
        Arrays.sort(byEnvelopeDistance, Comparator.comparingDouble(i -> envelopeDistance[i]));
        boolean nearestOnly = Double.isInfinite(radiusMeters);
        double limit = radiusMeters;
        List<WardDistance> found = new ArrayList<>();
        for (int i : byEnvelopeDistance) {
            if (envelopeDistance[i] > limit) {
                break;
            }
            if (wardNumbers[i] == excludedWard) {
                continue;
            }
            double meters =
                    locators[i].locate(lonLat) != Location.EXTERIOR ? 0 : metricDistances[i].distance(metricPoint);
            if (meters <= limit) {
                found.add(new WardDistance(wardNumbers[i], meters));
                if (nearestOnly) {
                    limit = meters;
                }
            }
        }
        found.sort(Comparator.comparingDouble(WardDistance::meters).thenComparingInt(WardDistance::ward));
        return nearestOnly && !found.isEmpty() ? List.of(found.get(0)) : List.copyOf(found);
    }

    /** The map's extent in lon/lat. */
    public Envelope extent() {
        return new Envelope(extent);
    }
}
